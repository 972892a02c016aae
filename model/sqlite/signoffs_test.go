package sqlite_test

import (
	"context"
	"testing"
)

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
