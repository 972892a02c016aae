package model

import (
	"strings"
	"time"
)

// Comment is a member's remark on a proposal, possibly an answer to
// another comment.
type Comment struct {
	ID         int64
	ProposalID int64
	ParentID   int64 // the comment this answers; 0 for a new thread
	AuthorID   int64
	Body       string
	CreatedAt  time.Time
	Resolved   bool
	ResolvedBy int64
	ResolvedAt time.Time
	// EditedAt is when the author last changed the body; zero when never.
	EditedAt time.Time
	// DeletedAt is when the author deleted a comment that others had
	// answered: its body is gone and its answers stay in the thread. Zero
	// for a comment that stands. (A comment nobody answered is removed.)
	DeletedAt time.Time
}

// Validate checks that the comment says something and has an author.
func (c Comment) Validate() error {
	var errs Errors
	if strings.TrimSpace(c.Body) == "" {
		errs = append(errs, FieldError("body", "comment_body_required"))
	}
	if c.AuthorID == 0 {
		errs = append(errs, FieldError("author", "comment_author_required"))
	}
	return errs.Err()
}

// Edited tells whether the author changed the body after writing it.
func (c Comment) Edited() bool { return !c.EditedAt.IsZero() }

// Deleted tells whether the author deleted the comment and only its
// place in the thread is left.
func (c Comment) Deleted() bool { return !c.DeletedAt.IsZero() }

// CheckChangeBy is the rule for editing and deleting a comment: only its
// author (member by) may, and only while the proposal p it is on is not
// decided (decided or withdrawn, or locked by a signed-off decision); a
// deleted comment is not changed again. A proposal deferred or returned
// for rework is open again, and so are its comments.
func (c Comment) CheckChangeBy(p Proposal, by int64) error {
	switch {
	case c.Deleted():
		return Errorf(EState, "comment_deleted")
	case p.Locked || p.Status == StatusDecided || p.Status == StatusWithdrawn:
		return Errorf(ELocked, "comment_decided", p.Ref)
	case by == 0 || by != c.AuthorID:
		return Errorf(EState, "comment_not_own")
	}
	return nil
}

// MayChangeBy tells whether member by may edit or delete c on p now (see
// CheckChangeBy).
func (c Comment) MayChangeBy(p Proposal, by int64) bool { return c.CheckChangeBy(p, by) == nil }
