package sqlite_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// A proposal whose final decision is signed off keeps its content even
// against plain SQL; one whose decision there only defers it stays open.
func TestLockedProposalRefusesPlainSQL(t *testing.T) {
	w := newWorld(t)
	m := w.AddMeeting(start.Add(48 * time.Hour))
	approved := w.AddItem(m, w.Ready("1.1", "Godkänns"))
	deferred := w.AddItem(m, w.Ready("1.2", "Bordläggs"))
	w.Decide(approved, model.OutcomeApproved)
	w.Decide(deferred, model.OutcomeDeferred)
	db := rawDB(t, w.s.Path())

	// Before the sign-off nothing is locked.
	_, err := db.Exec(`UPDATE proposals SET funding = funding WHERE id = ?`, approved.ProposalID)
	check(t, err)
	w.SignOff(m)

	const locked = "proposal has a signed-off decision"
	stmts := []string{
		`UPDATE proposals SET title = 'Ändrad i efterhand' WHERE id = ?`,
		`UPDATE proposals SET summary = 'x', status = 'decided' WHERE id = ?`,
		`UPDATE proposals SET evidence = '[]' WHERE id = ?`,
		`UPDATE proposals SET cost_ore = 1 WHERE id = ?`,
		`UPDATE proposals SET ref = '1.9' WHERE id = ?`,
		`UPDATE proposals SET kind = 'area' WHERE id = ?`,
		`UPDATE proposals SET revision = 1 WHERE id = ?`,
		`DELETE FROM proposals WHERE id = ?`,
		`UPDATE proposals SET registry_number = 'KS 2026/999' WHERE id = ?`,
	}
	// Every content column, those added later too.
	for _, f := range model.Fields {
		col := sqlstore.ContentColumn(f)
		stmts = append(stmts, `UPDATE proposals SET `+col+` = `+col+` WHERE id = ?`)
	}
	for _, stmt := range stmts {
		wantRefused(t, db, locked, stmt, approved.ProposalID)
	}
	p := w.Proposal(approved.ProposalID)
	if p.Title != "Godkänns" || p.Ref != "1.1" || !p.Locked {
		t.Fatalf("the locked proposal changed: %+v", p)
	}

	// The deferred proposal is open: the store edits it, decides it at a
	// later meeting, and only that meeting's sign-off locks it.
	d := w.Proposal(deferred.ProposalID)
	c := d.Content
	c.Summary = "Kompletterad inför nästa sammanträde."
	d, err = w.s.UpdateProposal(w.Ctx(), d.ID, c, d.Revision)
	check(t, err)
	later := w.AddMeeting(start.Add(30 * 24 * time.Hour))
	it := w.AddItem(later, d)
	w.Decide(it, model.OutcomeApprovedConditions)
	// Status and stamps stay open on a locked proposal (the store's own
	// bookkeeping); content does not.
	_, err = db.Exec(`UPDATE proposals SET updated_by = updated_by, status = status WHERE id = ?`, approved.ProposalID)
	check(t, err)
	w.SignOff(later)
	wantRefused(t, db, locked, `UPDATE proposals SET summary = 'x' WHERE id = ?`, deferred.ProposalID)
	_, err = w.s.UpdateProposal(w.Ctx(), d.ID, c, w.Proposal(d.ID).Revision)
	wantCode(t, err, model.ELocked, "proposal_locked")

	r, err := w.s.Check(context.Background())
	check(t, err)
	if !r.OK() {
		t.Fatalf("check: %+v %+v", r, r.Chain)
	}
}

// A trigger's refusal reaches the user as the message of what it guards,
// not always as "the minutes are signed off".
func TestTriggerRefusalsKeepTheirMeaning(t *testing.T) {
	w, m, it := signedOffWorld(t)
	db := rawDB(t, w.s.Path())
	refusal := func(stmt string, args ...any) error {
		t.Helper()
		_, err := db.Exec(stmt, args...)
		if err == nil {
			t.Fatalf("%s: not refused", stmt)
		}
		return err
	}
	for _, tc := range []struct {
		err error
		key string
	}{
		{refusal(`UPDATE audit_log SET actor = 'Mallory' WHERE seq = 1`), "audit_locked"},
		{refusal(`DELETE FROM audit_log WHERE seq = 1`), "audit_locked"},
		{refusal(`UPDATE revisions SET created_by = 'Mallory' WHERE proposal_id = ?`, it.ProposalID), "revision_locked"},
		{refusal(`DELETE FROM revisions WHERE proposal_id = ?`, it.ProposalID), "revision_locked"},
		{refusal(`UPDATE proposals SET title = 'x' WHERE id = ?`, it.ProposalID), "proposal_locked_plain"},
		{refusal(`DELETE FROM proposals WHERE id = ?`, it.ProposalID), "proposal_locked_plain"},
		{refusal(`UPDATE meetings SET place = 'x' WHERE id = ?`, m.ID), "meeting_locked"},
		{refusal(`UPDATE decisions SET text = 'x' WHERE item_id = ?`, it.ID), "meeting_locked"},
	} {
		err := w.s.Fail(tc.err)
		wantCode(t, err, model.ELocked, tc.key)
		for _, l := range []model.Language{model.Swedish, model.English} {
			if msg := model.ErrorMessage(err, l); msg == "" || msg == tc.key {
				t.Errorf("%s: no %s message", tc.key, l)
			}
		}
	}

	// Through the store: a meeting marked signed off behind its back
	// refuses a change, as the minutes' trigger.
	open := w.AddMeeting(start.Add(30 * 24 * time.Hour))
	_, err := db.Exec(`UPDATE meetings SET signed_off_at = ? WHERE id = ?`, time.Now().UTC().Format(time.RFC3339Nano), open.ID)
	check(t, err)
	_, err = w.s.UpdateMeeting(w.Ctx(), open)
	wantCode(t, err, model.ELocked, "meeting_locked")
}

// The audit log's rows cannot be changed or deleted even with plain SQL.
func TestAuditLogRefusesPlainSQL(t *testing.T) {
	w := newWorld(t)
	w.Ready("1.1", "Insats")
	db := rawDB(t, w.s.Path())
	wantRefused(t, db, "audit log cannot be changed", `UPDATE audit_log SET actor = 'Mallory' WHERE seq = 1`)
	wantRefused(t, db, "audit log cannot be changed", `DELETE FROM audit_log WHERE seq = 1`)
}

func TestSignedOffMinutesRefusePlainSQL(t *testing.T) {
	w, m, it := signedOffWorld(t)
	d := it.Decision
	db := rawDB(t, w.s.Path())
	const locked = "signed off and cannot be changed"
	wantRefused(t, db, locked, `UPDATE decisions SET text = 'Ändrat i efterhand' WHERE id = ?`, d.ID)
	wantRefused(t, db, locked, `UPDATE decisions SET reservations = '[]' WHERE id = ?`, d.ID)
	wantRefused(t, db, locked, `DELETE FROM decisions WHERE id = ?`, d.ID)
	wantRefused(t, db, locked, `UPDATE items SET number = 99 WHERE id = ?`, it.ID)
	wantRefused(t, db, locked, `DELETE FROM items WHERE id = ?`, it.ID)
	wantRefused(t, db, locked, `UPDATE meetings SET place = 'Annanstans' WHERE id = ?`, m.ID)
	wantRefused(t, db, locked, `UPDATE meetings SET signed_off_at = NULL WHERE id = ?`, m.ID)
	wantRefused(t, db, locked, `UPDATE meetings SET followup_section = 9 WHERE id = ?`, m.ID)
	wantRefused(t, db, locked, `DELETE FROM meetings WHERE id = ?`, m.ID)
	wantRefused(t, db, "revision cannot be changed", `UPDATE revisions SET content = '{}' WHERE proposal_id = ? AND number = ?`, d.ProposalID, d.Revision)
	wantRefused(t, db, "revision that signed-off minutes name cannot be changed", `DELETE FROM revisions WHERE proposal_id = ? AND number = ?`, d.ProposalID, d.Revision)
	wantRefused(t, db, locked, `UPDATE attendees SET present = 0 WHERE meeting_id = ?`, m.ID)
	wantRefused(t, db, locked, `DELETE FROM sign_offs WHERE meeting_id = ?`, m.ID)
	wantRefused(t, db, locked, `INSERT INTO items (meeting_id, number, position, proposal_id, revision) VALUES (?, 9, 9, ?, 1)`, m.ID, w.Area.ID)
	wantRefused(t, db, locked, `INSERT INTO decisions (item_id, proposal_id, revision, fingerprint, outcome, text, decided_at,
		decided_by, prev_status, prev_outcome, prev_returned_at) SELECT item_id, proposal_id, revision, fingerprint, outcome, text,
		decided_at, decided_by, prev_status, prev_outcome, prev_returned_at FROM decisions WHERE id = ?`, d.ID)

	got, err := w.s.Meeting(context.Background(), m.ID)
	check(t, err)
	if got.Place != m.Place || got.Items[0].Number != it.Number || got.Items[0].Decision.Text != d.Text || !got.SignedOff() {
		t.Fatalf("the meeting changed: %+v", got)
	}
	r, err := w.s.Check(context.Background())
	check(t, err)
	if !r.OK() {
		t.Fatalf("check after refused changes: %+v", r)
	}
}

func TestProtocolRefusedForAnOpenMeeting(t *testing.T) {
	w := newWorld(t)
	m := w.AddMeeting(start.Add(48 * time.Hour))
	it := w.AddItem(m, w.Ready("1.1", "Insats"))
	w.Decide(it, model.OutcomeApproved)
	db := rawDB(t, w.s.Path())
	wantRefused(t, db, "only a signed-off meeting", `INSERT INTO protocols (meeting_id, pdf, sha256, updated_at) VALUES (?, x'25504446', ?, '')`,
		m.ID, strings.Repeat("0", 64))
}

func TestProtocolTriggersRefusePlainSQLAndCheckFindsAChangedBlob(t *testing.T) {
	w, m, _ := signedOffWorld(t)
	check(t, w.s.SaveProtocol(w.Ctx(), model.Protocol{MeetingID: m.ID, PDF: []byte("%PDF-1.7 signed"), Signatures: 1}))
	db := rawDB(t, w.s.Path())
	const refused = "only be extended"
	wantRefused(t, db, refused, `DELETE FROM protocols WHERE meeting_id = ?`, m.ID)
	wantRefused(t, db, refused, `UPDATE protocols SET pdf = x'255044462d312e37206f74686572' WHERE meeting_id = ?`, m.ID)
	wantRefused(t, db, refused, `UPDATE protocols SET pdf = substr(pdf, 1, 4) WHERE meeting_id = ?`, m.ID)
	wantRefused(t, db, refused, `UPDATE protocols SET pdf = 'x' || pdf WHERE meeting_id = ?`, m.ID)
	r, err := w.s.Check(context.Background())
	check(t, err)
	if !r.OK() {
		t.Fatalf("check after refused changes: %s", reportText(r))
	}
	// Extending the bytes passes the trigger but not the checksum.
	if _, err := db.Exec(`UPDATE protocols SET pdf = CAST(pdf || x'00' AS BLOB) WHERE meeting_id = ?`, m.ID); err != nil {
		t.Fatal(err)
	}
	r, err = w.s.Check(context.Background())
	check(t, err)
	if r.OK() || !strings.Contains(reportText(r), "protocols") {
		t.Fatalf("check did not find the changed protocol: %s", reportText(r))
	}
	_, err = w.s.Protocol(context.Background(), m.ID)
	wantCode(t, err, model.EInternal, "protocol_sha_mismatch")
}
