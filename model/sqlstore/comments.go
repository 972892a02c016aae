package sqlstore

import (
	"context"
	"database/sql"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	"golang.org/x/text/unicode/norm"
)

const commentCols = `id, proposal_id, parent_id, author_id, body, created_at, resolved, resolved_by, resolved_at, edited_at, deleted_at`

// commentsSelect reads the comments on proposal $1 in the order they
// were written.
const commentsSelect = `SELECT ` + commentCols + ` FROM comments WHERE proposal_id = $1 ORDER BY created_at, id`

func scanComment(sc Scanner) (model.Comment, error) {
	var c model.Comment
	var parent, resolvedBy sql.NullInt64
	var created string
	var resolvedAt, editedAt, deletedAt sql.NullString
	if err := sc.Scan(&c.ID, &c.ProposalID, &parent, &c.AuthorID, &c.Body, &created, &c.Resolved, &resolvedBy, &resolvedAt, &editedAt, &deletedAt); err != nil {
		return c, err
	}
	c.ParentID, c.ResolvedBy = parent.Int64, resolvedBy.Int64
	var err error
	if c.CreatedAt, err = ParseTime(created); err != nil {
		return c, err
	}
	if c.ResolvedAt, err = ParseTimeOrZero(resolvedAt); err != nil {
		return c, err
	}
	if c.EditedAt, err = ParseTimeOrZero(editedAt); err != nil {
		return c, err
	}
	c.DeletedAt, err = ParseTimeOrZero(deletedAt)
	return c, err
}

func loadComment(t Tx, id int64) (model.Comment, error) {
	c, err := scanComment(t.QueryRow(`SELECT `+commentCols+` FROM comments WHERE id = $1`, id))
	return c, NoRows(err, "comment", id)
}

// Comments returns the comments on a proposal in the order they were
// written; answers carry the id of the comment they answer.
func (s Store) Comments(ctx context.Context, proposalID int64) (out []model.Comment, err error) {
	err = s.db.ReadEach(ctx, func(t Tx) error {
		var exists bool
		out = nil
		if err := RunBatch(t, proposalExists(proposalID, &exists), Query{commentsSelect, []any{proposalID}, Into(&out, scanComment)}); err != nil {
			return err
		}
		if !exists {
			return NotFound("proposal", proposalID)
		}
		return nil
	})
	return out, err
}

// AddComment adds a comment, or an answer to one (c.ParentID), to a
// proposal. New comments may be added even when the proposal is locked.
func (s Store) AddComment(ctx context.Context, c model.Comment) (out model.Comment, err error) {
	c.Body = norm.NFC.String(strings.TrimSpace(c.Body))
	if err := c.Validate(); err != nil {
		return out, err
	}
	err = s.db.Write(ctx, func(t Tx) error {
		if err := checkComment(t, c); err != nil {
			return err
		}
		var err error
		out, err = scanComment(t.QueryRow(`INSERT INTO comments (proposal_id, parent_id, author_id, body, created_at)
			VALUES ($1, $2, $3, $4, $5) RETURNING `+commentCols,
			c.ProposalID, NullID(c.ParentID), c.AuthorID, c.Body, FmtTime(t.Now())))
		if err != nil {
			return err
		}
		if err := t.IndexComment(out.ID, c.ProposalID, c.Body); err != nil {
			return err
		}
		return t.Audit("comment.add", "comment", out.ID, Detail{"proposal_id": c.ProposalID,
			"parent_id": c.ParentID, "author_id": c.AuthorID})
	})
	return out, err
}

// checkComment checks, in one batch, that a new comment's proposal and
// author exist and that the comment it answers, if any, is on the same
// proposal.
func checkComment(t Tx, c model.Comment) error {
	var proposal, author bool
	var parents []model.Comment
	err := RunBatch(t, proposalExists(c.ProposalID, &proposal),
		Query{`SELECT EXISTS (SELECT 1 FROM members WHERE id = $1)`, []any{c.AuthorID}, func(sc Scanner) error { return sc.Scan(&author) }},
		Query{`SELECT ` + commentCols + ` FROM comments WHERE id = $1`, []any{c.ParentID}, Into(&parents, scanComment)})
	switch {
	case err != nil:
		return err
	case !proposal:
		return NotFound("proposal", c.ProposalID)
	case !author:
		return NotFound("member", c.AuthorID)
	case c.ParentID != 0 && len(parents) == 0:
		return NotFound("comment", c.ParentID)
	case c.ParentID != 0 && parents[0].ProposalID != c.ProposalID:
		return NotFound("comment", c.ParentID)
	}
	return nil
}

// ResolveComment marks a comment resolved by a member, or open again. It is
// refused with ELocked once the proposal's decision is signed off.
func (s Store) ResolveComment(ctx context.Context, id int64, by int64, resolved bool) (out model.Comment, err error) {
	err = s.db.Write(ctx, func(t Tx) error {
		c, err := loadComment(t, id)
		if err != nil {
			return err
		}
		p, err := LoadProposal(t, c.ProposalID)
		if err != nil {
			return err
		}
		if err := p.CheckCommentChange(); err != nil {
			return err
		}
		action := "comment.reopen"
		if resolved {
			action = "comment.resolve"
			if err := RequireMembers(t, by); err != nil {
				return err
			}
			err = t.Exec(`UPDATE comments SET resolved = true, resolved_by = $1, resolved_at = $2 WHERE id = $3`,
				NullID(by), FmtTime(t.Now()), id)
		} else {
			err = t.Exec(`UPDATE comments SET resolved = false, resolved_by = NULL, resolved_at = NULL WHERE id = $1`, id)
		}
		if err != nil {
			return err
		}
		if err := t.Audit(action, "comment", id, Detail{"proposal_id": c.ProposalID, "by": by}); err != nil {
			return err
		}
		out, err = loadComment(t, id)
		return err
	})
	return out, err
}
