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

// AgendaDetail is what meeting mode shows of a meeting: the meeting,
// whole, the members, and for each item its proposal as it is now and
// the revision put on the agenda.
type AgendaDetail struct {
	Meeting   Meeting
	Members   []Member
	Proposals map[int64]Proposal // by proposal id
	Revisions map[int64]Revision // by item id
}

// DetailStore reads what a screen shows together in one go: on a shared
// store, in one round trip.
type DetailStore interface {
	// ProposalDetail returns what ReadProposalDetail returns, read at
	// once; an unknown proposal is an ENotFound error.
	ProposalDetail(ctx context.Context, id int64) (ProposalDetail, error)
	// AgendaDetail returns what ReadAgendaDetail returns, read at once;
	// an unknown meeting is an ENotFound error.
	AgendaDetail(ctx context.Context, meetingID int64) (AgendaDetail, error)
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

// ReadAgendaDetail reads a meeting's agenda detail a part at a time,
// through the narrow interfaces: the meaning of DetailStore.AgendaDetail.
func ReadAgendaDetail(ctx context.Context, s DetailParts, meetingID int64) (AgendaDetail, error) {
	d := AgendaDetail{Proposals: map[int64]Proposal{}, Revisions: map[int64]Revision{}}
	var err error
	if d.Meeting, err = s.Meeting(ctx, meetingID); err != nil {
		return d, err
	}
	if d.Members, err = s.Members(ctx); err != nil {
		return d, err
	}
	for _, it := range d.Meeting.Items {
		p, err := s.Proposal(ctx, it.ProposalID)
		if err != nil {
			return d, err
		}
		d.Proposals[p.ID] = p
		r, err := s.Revision(ctx, it.ProposalID, it.Revision)
		if err != nil {
			return d, err
		}
		d.Revisions[it.ID] = r
	}
	return d, nil
}
