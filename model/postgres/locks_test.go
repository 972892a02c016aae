package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// A proposal whose final decision is signed off keeps its content even
// against plain SQL; one whose decision there only defers it stays open.
func TestLockedProposalRefusesPlainSQL(t *testing.T) {
	w := newWorld(t)
	m := w.meeting(start.Add(48 * time.Hour))
	approved := w.addItem(m, w.ready("1.1", "Godkänns"))
	deferred := w.addItem(m, w.ready("1.2", "Bordläggs"))
	w.decide(approved, model.OutcomeApproved)
	w.decide(deferred, model.OutcomeDeferred)
	db := rawDB(t, w.url)

	// Before the sign-off nothing is locked.
	_, err := db.Exec(context.Background(), `UPDATE proposals SET funding = funding WHERE id = $1`, approved.ProposalID)
	check(t, err)
	w.signOff(m)

	const locked = "proposal has a signed-off decision"
	for _, stmt := range []string{
		`UPDATE proposals SET title = 'Ändrad i efterhand' WHERE id = $1`,
		`UPDATE proposals SET summary = 'x', status = 'decided' WHERE id = $1`,
		`UPDATE proposals SET evidence = '[]' WHERE id = $1`,
		`UPDATE proposals SET cost_ore = 1 WHERE id = $1`,
		`UPDATE proposals SET ref = '1.9' WHERE id = $1`,
		`UPDATE proposals SET kind = 'area' WHERE id = $1`,
		`UPDATE proposals SET revision = 1 WHERE id = $1`,
		`DELETE FROM proposals WHERE id = $1`,
	} {
		wantRefused(t, db, locked, stmt, approved.ProposalID)
	}
	p := w.proposal(approved.ProposalID)
	if p.Title != "Godkänns" || p.Ref != "1.1" || !p.Locked {
		t.Fatalf("the locked proposal changed: %+v", p)
	}

	// The deferred proposal is open: the store edits it, decides it at a
	// later meeting, and only that meeting's sign-off locks it.
	d := w.proposal(deferred.ProposalID)
	c := d.Content
	c.Summary = "Kompletterad inför nästa sammanträde."
	d, err = w.s.UpdateProposal(w.ctx(), d.ID, c, d.Revision)
	check(t, err)
	later := w.meeting(start.Add(30 * 24 * time.Hour))
	it := w.addItem(later, d)
	w.decide(it, model.OutcomeApprovedConditions)
	// Status and stamps stay open on a locked proposal (the store's own
	// bookkeeping); content does not.
	_, err = db.Exec(context.Background(), `UPDATE proposals SET updated_by = updated_by, status = status WHERE id = $1`, approved.ProposalID)
	check(t, err)
	w.signOff(later)
	wantRefused(t, db, locked, `UPDATE proposals SET summary = 'x' WHERE id = $1`, deferred.ProposalID)
	_, err = w.s.UpdateProposal(w.ctx(), d.ID, c, w.proposal(d.ID).Revision)
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
	db := rawDB(t, w.url)
	refusal := func(stmt string, args ...any) error {
		t.Helper()
		_, err := db.Exec(context.Background(), stmt, args...)
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
	open := w.meeting(start.Add(30 * 24 * time.Hour))
	_, err := db.Exec(context.Background(), `UPDATE meetings SET signed_off_at = $1 WHERE id = $2`, time.Now().UTC().Format(time.RFC3339Nano), open.ID)
	check(t, err)
	_, err = w.s.UpdateMeeting(w.ctx(), open)
	wantCode(t, err, model.ELocked, "meeting_locked")
}
