package postgres_test

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/styrgrupp/styrgrupp/model"
)

// commentRows runs a statement as psql would and returns the rows it
// changed, rolled back after.
func commentRows(t *testing.T, db *pgx.Conn, q string, args ...any) (int64, error) {
	t.Helper()
	ctx := context.Background()
	tx, err := db.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	tag, err := tx.Exec(ctx, q, args...)
	return tag.RowsAffected(), err
}

// commentUntouched fails unless the statement was refused or changed no
// row: a row the login may not delete is not there for it to delete.
func commentUntouched(t *testing.T, db *pgx.Conn, what, q string, args ...any) {
	t.Helper()
	n, err := commentRows(t, db, q, args...)
	if err == nil && n != 0 {
		t.Errorf("%s: changed %d rows", what, n)
	}
}

// A member edits and deletes only their own comments, from plain SQL as
// through the store, and so does the secretary; the store's own writes
// as the author go through.
func TestRolesKeepCommentEditsToTheirAuthor(t *testing.T) {
	f := newRoleFixture(t)
	ctx := storyCtx()
	open, err := f.owner.Proposals(ctx, model.ProposalFilter{Status: model.StatusReady})
	check(t, err)
	if len(open) == 0 {
		t.Fatal("the demo has no proposal ready for decision")
	}
	p := open[0]
	mine := f.storeAs(t, f.member)
	c, err := mine.AddComment(ctx, model.Comment{ProposalID: p.ID, AuthorID: f.member.ID, Body: "Min fråga om kostnaden."})
	check(t, err)

	for _, other := range []model.Member{f.chair, f.secretary} {
		db := f.connAs(t, other)
		wantDenied(t, try(t, db, `UPDATE comments SET body = 'Ändrad av någon annan' WHERE id = $1`, c.ID), other.Name+" edits another's comment")
		wantDenied(t, try(t, db, `UPDATE comments SET edited_at = '2026-05-01T10:00:00Z' WHERE id = $1`, c.ID), other.Name+" marks another's comment edited")
		wantDenied(t, try(t, db, `DELETE FROM comments WHERE id = $1`, c.ID), other.Name+" deletes another's comment")
		commentUntouched(t, db, other.Name+" deletes another's search row", `DELETE FROM comment_search WHERE comment_id = $1`, c.ID)

		s := f.storeAs(t, other)
		_, err := s.EditComment(ctx, c.ID, f.member.ID, "I den andras namn")
		wantDeniedErr(t, err, "löser kommentarer bara i sitt eget namn")
		wantDeniedErr(t, s.DeleteComment(ctx, c.ID, f.member.ID), "löser kommentarer bara i sitt eget namn")
	}

	db := f.connAs(t, f.member)
	wantOK(t, try(t, db, `UPDATE comments SET body = 'Rättad', edited_at = '2026-05-01T10:00:00Z' WHERE id = $1`, c.ID), "edits own comment")
	wantDenied(t, try(t, db, `UPDATE comments SET resolved = true, resolved_by = $1, resolved_at = '2026-05-01T10:00:00Z' WHERE id = $2`,
		f.chair.ID, c.ID), "resolves own comment in the chair's name")
	if n, err := commentRows(t, db, `DELETE FROM comment_search WHERE comment_id = $1`, c.ID); err != nil || n != 1 {
		t.Errorf("the author deletes the comment's search row: %d rows, %v", n, err)
	}

	e, err := mine.EditComment(ctx, c.ID, f.member.ID, "Min fråga om kostnaden per familj.")
	check(t, err)
	if e.Body != "Min fråga om kostnaden per familj." || !e.Edited() {
		t.Fatalf("edited %+v", e)
	}
	check(t, mine.DeleteComment(ctx, c.ID, f.member.ID))
	cs, err := f.owner.Comments(ctx, p.ID)
	check(t, err)
	for _, got := range cs {
		if got.ID == c.ID {
			t.Errorf("the deleted comment is still there: %+v", got)
		}
	}
}

// A decided proposal's comments keep their words even for the database's
// owner, with the refusal the store reports as comment_locked.
func TestDecidedProposalsCommentsRefusePlainSQL(t *testing.T) {
	f := newRoleFixture(t)
	ctx := storyCtx()
	decided, err := f.owner.Proposals(ctx, model.ProposalFilter{Status: model.StatusDecided})
	check(t, err)
	var c model.Comment
	for _, p := range decided {
		cs, err := f.owner.Comments(ctx, p.ID)
		check(t, err)
		if len(cs) > 0 {
			c = cs[0]
			break
		}
	}
	if c.ID == 0 {
		t.Fatal("the demo has no comment on a decided proposal")
	}
	admin := rawDB(t, f.base.String())
	_, err = admin.Exec(context.Background(), `UPDATE comments SET body = 'Ändrad i efterhand' WHERE id = $1`, c.ID)
	wantCode(t, f.owner.Fail(err), model.ELocked, "comment_locked")
	wantRefused(t, admin, "comment_locked", `DELETE FROM comments WHERE id = $1`, c.ID)
	_, err = f.owner.EditComment(ctx, c.ID, c.AuthorID, "Efter beslutet")
	wantCode(t, err, model.ELocked, "comment_decided")
}
