package sqlite

import (
	"context"
	"database/sql"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

const commentCols = `id, proposal_id, parent_id, author_id, body, created_at, resolved, resolved_by, resolved_at`

func scanComment(sc sqlstore.Scanner) (model.Comment, error) {
	var c model.Comment
	var parent, resolvedBy sql.NullInt64
	var created string
	var resolvedAt sql.NullString
	if err := sc.Scan(&c.ID, &c.ProposalID, &parent, &c.AuthorID, &c.Body, &created, &c.Resolved, &resolvedBy, &resolvedAt); err != nil {
		return c, err
	}
	c.ParentID, c.ResolvedBy = parent.Int64, resolvedBy.Int64
	var err error
	if c.CreatedAt, err = sqlstore.ParseTime(created); err != nil {
		return c, err
	}
	c.ResolvedAt, err = sqlstore.ParseTimeOrZero(resolvedAt)
	return c, err
}

func loadComment(t *tx, id int64) (model.Comment, error) {
	c, err := scanComment(t.row(`SELECT `+commentCols+` FROM comments WHERE id = ?`, id))
	return c, sqlstore.NoRows(err, "comment", id)
}

// Comments returns the comments on a proposal in the order they were
// written; answers carry the id of the comment they answer.
func (s *Store) Comments(ctx context.Context, proposalID int64) (out []model.Comment, err error) {
	err = s.read(ctx, func(t *tx) error {
		if err := sqlstore.RequireProposal(t, proposalID); err != nil {
			return err
		}
		out, err = sqlstore.Collect(sqlstore.Select(t, `SELECT `+commentCols+` FROM comments WHERE proposal_id = ?
			ORDER BY created_at, id`, proposalID), scanComment)
		return err
	})
	return out, err
}

// AddComment adds a comment, or an answer to one (c.ParentID), to a
// proposal. New comments may be added even when the proposal is locked.
func (s *Store) AddComment(ctx context.Context, c model.Comment) (out model.Comment, err error) {
	c.Body = norm.NFC.String(strings.TrimSpace(c.Body))
	if err := c.Validate(); err != nil {
		return out, err
	}
	err = s.write(ctx, func(t *tx) error {
		if err := sqlstore.RequireProposal(t, c.ProposalID); err != nil {
			return err
		}
		if err := sqlstore.RequireMembers(t, c.AuthorID); err != nil {
			return err
		}
		if c.ParentID != 0 {
			parent, err := loadComment(t, c.ParentID)
			if err != nil {
				return err
			}
			if parent.ProposalID != c.ProposalID {
				return sqlstore.NotFound("comment", c.ParentID)
			}
		}
		id, err := t.insert(`INSERT INTO comments (proposal_id, parent_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)`,
			c.ProposalID, sqlstore.NullID(c.ParentID), c.AuthorID, c.Body, sqlstore.FmtTime(t.now))
		if err != nil {
			return err
		}
		if _, err := t.exec(`INSERT INTO comment_fts (rowid, body) VALUES (?, ?)`, id, c.Body); err != nil {
			return err
		}
		if err := t.audit("comment.add", "comment", id, sqlstore.Detail{"proposal_id": c.ProposalID,
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
func (s *Store) ResolveComment(ctx context.Context, id int64, by int64, resolved bool) (out model.Comment, err error) {
	err = s.write(ctx, func(t *tx) error {
		c, err := loadComment(t, id)
		if err != nil {
			return err
		}
		p, err := sqlstore.LoadProposal(t, c.ProposalID)
		if err != nil {
			return err
		}
		if err := p.CheckCommentChange(); err != nil {
			return err
		}
		action := "comment.reopen"
		if resolved {
			action = "comment.resolve"
			if err := sqlstore.RequireMembers(t, by); err != nil {
				return err
			}
			_, err = t.exec(`UPDATE comments SET resolved = 1, resolved_by = ?, resolved_at = ? WHERE id = ?`,
				sqlstore.NullID(by), sqlstore.FmtTime(t.now), id)
		} else {
			_, err = t.exec(`UPDATE comments SET resolved = 0, resolved_by = NULL, resolved_at = NULL WHERE id = ?`, id)
		}
		if err != nil {
			return err
		}
		if err := t.audit(action, "comment", id, sqlstore.Detail{"proposal_id": c.ProposalID, "by": by}); err != nil {
			return err
		}
		out, err = loadComment(t, id)
		return err
	})
	return out, err
}
