package model

import (
	"context"
	"strconv"
)

// ProposalDetail is what the window shows about one proposal besides its
// own content, in its Beslut, Historik and Kommentarer tabs: read
// together, so that a shared store answers with one round trip.
type ProposalDetail struct {
	// Agenda is DecidedIn's answer: the items about the proposal on any
	// meeting's agenda, with their meetings, whole.
	Agenda    []AgendaEntry
	Members   []Member
	Revisions []Revision
	// Audit is Audit("proposal", id, 0): the rows about the proposal,
	// newest first.
	Audit    []AuditEntry
	Comments []Comment
}

// DetailStore reads a proposal's detail in one go.
type DetailStore interface {
	// ProposalDetail returns what ReadProposalDetail returns, read at
	// once; an unknown proposal is an ENotFound error.
	ProposalDetail(ctx context.Context, id int64) (ProposalDetail, error)
}

// DetailParts are the stores ReadProposalDetail reads from.
type DetailParts interface {
	MeetingStore
	MemberStore
	ProposalStore
	CommentStore
	Audit(ctx context.Context, entity, entityID string, limit int) ([]AuditEntry, error)
}

// ReadProposalDetail reads a proposal's detail a part at a time, through
// the narrow interfaces: the meaning of DetailStore.ProposalDetail, which
// a store gives in one read (the store contract compares the two).
func ReadProposalDetail(ctx context.Context, s DetailParts, id int64) (ProposalDetail, error) {
	var d ProposalDetail
	var err error
	if d.Comments, err = s.Comments(ctx, id); err != nil {
		return d, err
	}
	if d.Agenda, err = DecidedIn(ctx, s, id); err != nil {
		return d, err
	}
	if d.Members, err = s.Members(ctx); err != nil {
		return d, err
	}
	if d.Revisions, err = s.Revisions(ctx, id); err != nil {
		return d, err
	}
	d.Audit, err = s.Audit(ctx, "proposal", strconv.FormatInt(id, 10), 0)
	return d, err
}
