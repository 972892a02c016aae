package sqlstore

import (
	"context"
	"database/sql"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	"golang.org/x/text/unicode/norm"
)

const commentCols = `id, proposal_id, parent_id, author_id, body, created_at, resolved, resolved_by, resolved_at`

// commentsSelect reads the comments on proposal $1 in the order they
// were written.
const commentsSelect = `SELECT ` + commentCols + ` FROM comments WHERE proposal_id = $1 ORDER BY created_at, id`

func scanComment(sc Scanner) (model.Comment, error) {
	var c model.Comment
	var parent, resolvedBy sql.NullInt64
	var created string
	var resolvedAt sql.NullString
	if err := sc.Scan(&c.ID, &c.ProposalID, &parent, &c.AuthorID, &c.Body, &created, &c.Resolved, &resolvedBy, &resolvedAt); err != nil {
		return c, err
	}
	c.ParentID, c.ResolvedBy = parent.Int64, resolvedBy.Int64
	var err error
	if c.CreatedAt, err = ParseTime(created); err != nil {
		return c, err
	}
	c.ResolvedAt, err = ParseTimeOrZero(resolvedAt)
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
		if err := RequireProposal(t, proposalID); err != nil {
			return err
		}
		out, err = Collect(Select(t, commentsSelect, proposalID), scanComment)
		return err
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
		if err := RequireProposal(t, c.ProposalID); err != nil {
			return err
		}
		if err := RequireMembers(t, c.AuthorID); err != nil {
			return err
		}
		if c.ParentID != 0 {
			parent, err := loadComment(t, c.ParentID)
			if err != nil {
				return err
			}
			if parent.ProposalID != c.ProposalID {
				return NotFound("comment", c.ParentID)
			}
		}
		id, err := t.Insert(`INSERT INTO comments (proposal_id, parent_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5)`,
			c.ProposalID, NullID(c.ParentID), c.AuthorID, c.Body, FmtTime(t.Now()))
		if err != nil {
			return err
		}
		if err := t.IndexComment(id, c.ProposalID, c.Body); err != nil {
			return err
		}
		if err := t.Audit("comment.add", "comment", id, Detail{"proposal_id": c.ProposalID,
			"parent_id": c.ParentID, "author_id": c.AuthorID}); err != nil {
			return err
		}
		out, err = loadComment(t, id)
		return err
	})
	return out, err
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
