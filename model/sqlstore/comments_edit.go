package sqlstore

import (
	"context"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	"golang.org/x/text/unicode/norm"
)

// loadCommentChange reads comment id and its proposal and checks that
// member by may edit or delete it now (model.Comment.CheckChangeBy).
func loadCommentChange(t Tx, id, by int64) (model.Comment, error) {
	c, err := loadComment(t, id)
	if err != nil {
		return c, err
	}
	p, err := LoadProposal(t, c.ProposalID)
	if err != nil {
		return c, err
	}
	return c, c.CheckChangeBy(p, by)
}

// EditComment changes the body of comment id as member by, its author,
// while the proposal is undecided; the search index follows, and the
// audit row keeps the old and the new text. An unchanged body changes
// nothing.
func (s Store) EditComment(ctx context.Context, id, by int64, body string) (out model.Comment, err error) {
	body = norm.NFC.String(strings.TrimSpace(body))
	if body == "" {
		return out, model.FieldError("body", "comment_body_required")
	}
	err = s.db.Write(ctx, func(t Tx) error {
		c, err := loadCommentChange(t, id, by)
		if err != nil {
			return err
		}
		if c.Body == body {
			out = c
			return nil
		}
		if err := t.Exec(`UPDATE comments SET body = $1, edited_at = $2 WHERE id = $3`, body, FmtTime(t.Now()), id); err != nil {
			return err
		}
		if err := t.UnindexComment(id); err != nil {
			return err
		}
		if err := t.IndexComment(id, c.ProposalID, body); err != nil {
			return err
		}
		if err := t.Audit("comment.edit", "comment", id, Detail{"proposal_id": c.ProposalID,
			"author_id": c.AuthorID, "old_body": c.Body, "new_body": body}); err != nil {
			return err
		}
		out, err = loadComment(t, id)
		return err
	})
	return out, err
}

// DeleteComment deletes comment id as member by, its author, while the
// proposal is undecided. A comment that others have answered keeps its
// place, so that the answers still stand in their thread, with its body
// emptied and marked deleted; one nobody answered is removed. Either way
// it leaves the search index, and the audit row keeps the text deleted.
func (s Store) DeleteComment(ctx context.Context, id, by int64) error {
	return s.db.Write(ctx, func(t Tx) error {
		c, err := loadCommentChange(t, id, by)
		if err != nil {
			return err
		}
		var answered bool
		if err := t.QueryRow(`SELECT EXISTS (SELECT 1 FROM comments WHERE parent_id = $1)`, id).Scan(&answered); err != nil {
			return err
		}
		if err := t.UnindexComment(id); err != nil {
			return err
		}
		if answered {
			err = t.Exec(`UPDATE comments SET body = '', deleted_at = $1 WHERE id = $2`, FmtTime(t.Now()), id)
		} else {
			err = t.Exec(`DELETE FROM comments WHERE id = $1`, id)
		}
		if err != nil {
			return err
		}
		return t.Audit("comment.delete", "comment", id, Detail{"proposal_id": c.ProposalID,
			"author_id": c.AuthorID, "body": c.Body, "kept_for_answers": answered})
	})
}
