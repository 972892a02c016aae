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
