package sqlite_test

import (
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// A decided proposal's comments keep their words, authors and places
// even against plain SQL, while they may still be resolved; those of an
// undecided proposal stay open to their authors through the store.
func TestDecidedProposalsCommentsRefusePlainSQL(t *testing.T) {
	w := newWorld(t)
	m := w.AddMeeting(start.Add(48 * time.Hour))
	decided := w.AddItem(m, w.Ready("1.1", "Godkänns"))
	open := w.Ready("1.2", "Öppen")
	c, err := w.s.AddComment(w.Ctx(), model.Comment{ProposalID: decided.ProposalID, AuthorID: w.Member.ID, Body: "Före beslutet."})
	check(t, err)
	o, err := w.s.AddComment(w.Ctx(), model.Comment{ProposalID: open.ID, AuthorID: w.Member.ID, Body: "Öppen fråga."})
	check(t, err)
	db := rawDB(t, w.s.Path())

	_, err = db.Exec(`UPDATE comments SET body = 'Ändrad före beslutet.' WHERE id = ?`, c.ID)
	check(t, err)
	w.Decide(decided, model.OutcomeApproved)

	const locked = "comments cannot be changed or deleted"
	for _, stmt := range []string{
		`UPDATE comments SET body = 'Ändrad i efterhand' WHERE id = ?`,
		`UPDATE comments SET edited_at = '2026-09-09T10:00:00Z' WHERE id = ?`,
		`UPDATE comments SET deleted_at = '2026-09-09T10:00:00Z', body = '' WHERE id = ?`,
		`UPDATE comments SET author_id = author_id + 1 WHERE id = ?`,
		`UPDATE comments SET proposal_id = proposal_id + 1 WHERE id = ?`,
		`DELETE FROM comments WHERE id = ?`,
	} {
		wantRefused(t, db, locked, stmt, c.ID)
	}
	// Moving an open comment onto the decided proposal is refused too.
	wantRefused(t, db, locked, `UPDATE comments SET proposal_id = ? WHERE id = ?`, decided.ProposalID, o.ID)
	_, err = db.Exec(`UPDATE comments SET resolved = 1 WHERE id = ?`, c.ID)
	check(t, err)

	_, err = db.Exec(`UPDATE comments SET body = 'x' WHERE id = ?`, c.ID)
	err = w.s.Fail(err)
	wantCode(t, err, model.ELocked, "comment_locked")
	for _, l := range []model.Language{model.Swedish, model.English} {
		if msg := model.ErrorMessage(err, l); msg == "" || msg == "comment_locked" {
			t.Errorf("no %s message for comment_locked", l)
		}
	}
	cs, err := w.s.Comments(w.Ctx(), decided.ProposalID)
	check(t, err)
	if len(cs) != 1 || cs[0].Body != "Ändrad före beslutet." {
		t.Errorf("the decided proposal's comments became %+v", cs)
	}
}
