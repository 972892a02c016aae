package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// plainSQLRules are the rules that need PlainSQL: the database's own
// refusals, and what the store's check finds after a change made past
// them.
var plainSQLRules = []contract{
	{"LockedProposalRefuses", testLockedProposalRefusesPlainSQL},
	{"RefusalsKeepTheirMeaning", testTriggerRefusalsKeepTheirMeaning},
	{"AuditLogRefuses", testAuditLogRefusesPlainSQL},
	{"SignedOffMinutesRefuse", testSignedOffMinutesRefusePlainSQL},
	{"CheckFindsChanges", testCheckFindsChanges},
	{"CheckFindsChangedContent", testCheckFindsChangedContent},
	{"CheckFindsSignOffDisagreement", testCheckFindsSignOffDisagreement},
	{"CheckFindsCutOffLog", testCheckFindsCutOffLog},
	{"CheckFindsLostLastChange", testCheckFindsLostLastChange},
	{"CheckFindsTheLastRowCutOffByTheHead", testCheckFindsTheLastRowCutOffByTheHead},
}

// A proposal whose final decision is signed off keeps its content even
// against plain SQL; one whose decision there only defers it stays open.
func testLockedProposalRefusesPlainSQL(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m, approved, deferred, _ := w.ApprovedAndDeferred()
	db := connect(t, h, w)

	// Before the sign-off nothing is locked.
	db.must(`UPDATE proposals SET funding = funding WHERE id = $1`, approved.ProposalID)
	w.SignOff(m)

	const locked = "proposal has a signed-off decision"
	stmts := []string{
		`UPDATE proposals SET title = 'Ändrad i efterhand' WHERE id = $1`,
		`UPDATE proposals SET summary = 'x', status = 'decided' WHERE id = $1`,
		`UPDATE proposals SET evidence = '[]' WHERE id = $1`,
		`UPDATE proposals SET cost_ore = 1 WHERE id = $1`,
		`UPDATE proposals SET ref = '1.9' WHERE id = $1`,
		`UPDATE proposals SET kind = 'area' WHERE id = $1`,
		`UPDATE proposals SET revision = 1 WHERE id = $1`,
		`DELETE FROM proposals WHERE id = $1`,
		`UPDATE proposals SET registry_number = 'KS 2026/999' WHERE id = $1`,
	}
	// Every content column, those added later too.
	for _, f := range model.Fields {
		col := sqlstore.ContentColumn(f)
		stmts = append(stmts, `UPDATE proposals SET `+col+` = `+col+` WHERE id = $1`)
	}
	for _, stmt := range stmts {
		db.refused(locked, stmt, approved.ProposalID)
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
	d, err := w.S.UpdateProposal(w.Ctx(), d.ID, c, d.Revision)
	check(t, err)
	later := w.AddMeeting(Start.Add(30 * 24 * time.Hour))
	it := w.AddItem(later, d)
	w.Decide(it, model.OutcomeApprovedConditions)
	// Status and stamps stay open on a locked proposal (the store's own
	// bookkeeping); content does not.
	db.must(`UPDATE proposals SET updated_by = updated_by, status = status WHERE id = $1`, approved.ProposalID)
	w.SignOff(later)
	db.refused(locked, `UPDATE proposals SET summary = 'x' WHERE id = $1`, deferred.ProposalID)
	_, err = w.S.UpdateProposal(w.Ctx(), d.ID, c, w.Proposal(d.ID).Revision)
	wantCode(t, err, model.ELocked, "proposal_locked")
	wantCheckOK(t, w)
}

// wantCheckOK checks that the store's check passes.
func wantCheckOK(t *testing.T, w *World) {
	t.Helper()
	r, err := w.S.Check(context.Background())
	check(t, err)
	if !r.OK() {
		t.Fatalf("check: %+v %+v", r, r.Chain)
	}
}

// A trigger's refusal reaches the user as the message of what it guards,
// not always as "the minutes are signed off".
func testTriggerRefusalsKeepTheirMeaning(t *testing.T, h Harness) {
	w, m, it := signedOffWorld(t, h)
	db := connect(t, h, w)
	refusal := func(stmt string, args ...any) error {
		t.Helper()
		err := db.Exec(stmt, args...)
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
		{refusal(`UPDATE revisions SET created_by = 'Mallory' WHERE proposal_id = $1`, it.ProposalID), "revision_locked"},
		{refusal(`DELETE FROM revisions WHERE proposal_id = $1`, it.ProposalID), "revision_locked"},
		{refusal(`UPDATE proposals SET title = 'x' WHERE id = $1`, it.ProposalID), "proposal_locked_plain"},
		{refusal(`DELETE FROM proposals WHERE id = $1`, it.ProposalID), "proposal_locked_plain"},
		{refusal(`UPDATE meetings SET place = 'x' WHERE id = $1`, m.ID), "meeting_locked"},
		{refusal(`UPDATE decisions SET text = 'x' WHERE item_id = $1`, it.ID), "meeting_locked"},
	} {
		err := db.Fail(tc.err)
		wantCode(t, err, model.ELocked, tc.key)
		for _, l := range []model.Language{model.Swedish, model.English} {
			if msg := model.ErrorMessage(err, l); msg == "" || msg == tc.key {
				t.Errorf("%s: no %s message", tc.key, l)
			}
		}
	}

	// Through the store: a meeting marked signed off behind its back
	// refuses a change, as the minutes' trigger.
	open := w.AddMeeting(Start.Add(30 * 24 * time.Hour))
	db.must(`UPDATE meetings SET signed_off_at = $1 WHERE id = $2`, time.Now().UTC().Format(time.RFC3339Nano), open.ID)
	_, err := w.S.UpdateMeeting(w.Ctx(), open)
	wantCode(t, err, model.ELocked, "meeting_locked")
}

// The audit log's rows cannot be changed or deleted even with plain SQL.
func testAuditLogRefusesPlainSQL(t *testing.T, h Harness) {
	w := newWorld(t, h)
	w.Ready("1.1", "Insats")
	db := connect(t, h, w)
	db.refused("audit log cannot be changed", `UPDATE audit_log SET actor = 'Mallory' WHERE seq = 1`)
	db.refused("audit log cannot be changed", `DELETE FROM audit_log WHERE seq = 1`)
}

// Nothing of signed-off minutes changes with plain SQL: decisions, items,
// the meeting, the decided revision, attendance and sign-offs.
func testSignedOffMinutesRefusePlainSQL(t *testing.T, h Harness) {
	w, m, it := signedOffWorld(t, h)
	d := it.Decision
	db := connect(t, h, w)
	const locked = "signed off and cannot be changed"
	db.refused(locked, `UPDATE decisions SET text = 'Ändrat i efterhand' WHERE id = $1`, d.ID)
	db.refused(locked, `UPDATE decisions SET reservations = '[]' WHERE id = $1`, d.ID)
	db.refused(locked, `DELETE FROM decisions WHERE id = $1`, d.ID)
	db.refused(locked, `UPDATE items SET number = 99 WHERE id = $1`, it.ID)
	db.refused(locked, `DELETE FROM items WHERE id = $1`, it.ID)
	db.refused(locked, `UPDATE meetings SET place = 'Annanstans' WHERE id = $1`, m.ID)
	db.refused(locked, `UPDATE meetings SET signed_off_at = NULL WHERE id = $1`, m.ID)
	db.refused(locked, `UPDATE meetings SET followup_section = 9 WHERE id = $1`, m.ID)
	db.refused(locked, `DELETE FROM meetings WHERE id = $1`, m.ID)
	db.refused("revision cannot be changed", `UPDATE revisions SET content = '{}' WHERE proposal_id = $1 AND number = $2`, d.ProposalID, d.Revision)
	db.refused("revision that signed-off minutes name cannot be changed", `DELETE FROM revisions WHERE proposal_id = $1 AND number = $2`, d.ProposalID, d.Revision)
	db.refused(locked, `UPDATE attendees SET present = false WHERE meeting_id = $1`, m.ID)
	db.refused(locked, `DELETE FROM sign_offs WHERE meeting_id = $1`, m.ID)
	db.refused(locked, `INSERT INTO items (meeting_id, number, position, proposal_id, revision) VALUES ($1, 9, 9, $2, 1)`, m.ID, w.Area.ID)
	db.refused(locked, `INSERT INTO decisions (item_id, proposal_id, revision, fingerprint, outcome, text, decided_at,
		decided_by, prev_status, prev_outcome, prev_returned_at) SELECT item_id, proposal_id, revision, fingerprint, outcome, text,
		decided_at, decided_by, prev_status, prev_outcome, prev_returned_at FROM decisions WHERE id = $1`, d.ID)

	got, err := w.S.Meeting(context.Background(), m.ID)
	check(t, err)
	if got.Place != m.Place || got.Items[0].Number != it.Number || got.Items[0].Decision.Text != d.Text || !got.SignedOff() {
		t.Fatalf("the meeting changed: %+v", got)
	}
	wantCheckOK(t, w)
}
