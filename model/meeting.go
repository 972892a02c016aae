package model

import (
	"context"
	"strings"
	"time"
)

// Meeting is one sitting of the steering group with its attendees and
// agenda.
type Meeting struct {
	ID          int64
	Title       string
	StartsAt    time.Time
	EndsAt      time.Time // zero when not yet known
	Place       string
	ChairID     int64
	SecretaryID int64
	AdjusterID  int64
	// SignOffPlace and SignOffDate say where and when the minutes are to be
	// signed off (justeras).
	SignOffPlace string
	SignOffDate  Date
	Attendees    []Attendee
	Items        []Item
	// FollowUpSection is the § of the agenda item "Uppföljning av beslut"
	// (FollowUpReport), always the meeting's last; 0 when it has none.
	FollowUpSection int `json:",omitempty"`
	SignOffs        []SignOff
	CreatedAt       time.Time
}

// Attendee is a member's attendance at one meeting. Decides is set for
// those who take part in the decisions (beslutande); others present
// (övriga närvarande) have it unset. A guest who is not a member has
// MemberID 0 and a Name. From and To are the first and last § an
// attendee who arrived late or left early was present for; 0 means from
// the start and to the end.
type Attendee struct {
	MemberID int64
	Name     string // for guests; members are named by the Member record
	Present  bool
	Decides  bool
	From     int `json:",omitempty"`
	To       int `json:",omitempty"`
}

// Deciding tells whether the member is present at the meeting and takes
// part in its decisions (beslutande): only such a member can enter a
// reservation against a decision.
func (m Meeting) Deciding(memberID int64) bool {
	if memberID == 0 {
		return false
	}
	for _, a := range m.Attendees {
		if a.MemberID == memberID && a.Present && a.Decides {
			return true
		}
	}
	return false
}

// Item is one proposal on one meeting's agenda, numbered by §.
type Item struct {
	ID         int64
	MeetingID  int64
	Number     int // §, running through the calendar year
	Position   int // order on the agenda, from 1
	ProposalID int64
	Revision   int // the revision put on the agenda
	Decision   *Decision
}

// SignOff is one signatory's confirmation that the minutes say what was
// decided: the chair's or the adjuster's.
type SignOff struct {
	MeetingID int64
	MemberID  int64
	Role      Role
	SignedAt  time.Time
	// Signer is the subject of the certificate used, when the sign-off was
	// made with a signing identity.
	Signer string
	// CertSHA256 is the hex SHA-256 of that identity's certificate (DER),
	// whole, so that `verify --store` can tell whether the signed minutes
	// carry a signature by it; "" for a sign-off made without one, or
	// before it was recorded.
	CertSHA256 string
}

// Validate checks the meeting's own fields.
func (m Meeting) Validate() error {
	var errs Errors
	if m.StartsAt.IsZero() {
		errs = append(errs, FieldError("starts_at", "meeting_time_required"))
	}
	if !m.EndsAt.IsZero() && m.EndsAt.Before(m.StartsAt) {
		errs = append(errs, FieldError("ends_at", "meeting_end_before_start"))
	}
	if strings.TrimSpace(m.Place) == "" {
		errs = append(errs, FieldError("place", "meeting_place_required"))
	}
	if m.ChairID != 0 && m.ChairID == m.AdjusterID {
		errs = append(errs, FieldError("adjuster", "adjuster_is_chair"))
	}
	errs = append(errs, m.checkAttendance()...)
	return errs.Err()
}

// SignedOff tells whether both the chair and the adjuster have signed off,
// which locks the meeting.
func (m Meeting) SignedOff() bool {
	var chair, adjuster bool
	for _, s := range m.SignOffs {
		chair = chair || s.Role == RoleChair
		adjuster = adjuster || s.Role == RoleAdjuster
	}
	return chair && adjuster
}

// CheckChangeable refuses any change to a signed-off meeting.
func (m Meeting) CheckChangeable() error {
	if m.SignedOff() {
		return Errorf(ELocked, "meeting_locked")
	}
	return nil
}

// Item returns the item with § number n.
func (m Meeting) Item(n int) (Item, bool) {
	for _, it := range m.Items {
		if it.Number == n {
			return it, true
		}
	}
	return Item{}, false
}

// SectionRange returns the first and last § of the agenda, the follow-up
// item's with the proposals', 0 and 0 when it is empty.
func (m Meeting) SectionRange() (first, last int) {
	ns := make([]int, 0, len(m.Items)+1)
	for _, it := range m.Items {
		ns = append(ns, it.Number)
	}
	if m.FollowUpSection != 0 {
		ns = append(ns, m.FollowUpSection)
	}
	for i, n := range ns {
		if i == 0 || n < first {
			first = n
		}
		if n > last {
			last = n
		}
	}
	return first, last
}

// CanSignOff tells whether member may sign off in role: only the meeting's
// chair as chair and its adjuster as adjuster, once each, and only when
// every item is decided.
func (m Meeting) CanSignOff(memberID int64, role Role) error {
	if err := m.CheckChangeable(); err != nil {
		return err
	}
	switch {
	case memberID == 0, // no one, or a role not yet appointed
		role == RoleChair && memberID != m.ChairID,
		role == RoleAdjuster && memberID != m.AdjusterID,
		role != RoleChair && role != RoleAdjuster:
		return Errorf(EState, "signoff_wrong_member", role)
	}
	for _, s := range m.SignOffs {
		if s.Role == role {
			return Errorf(EConflict, "signoff_twice", role)
		}
	}
	if !m.HasAgenda() {
		return Errorf(EState, "signoff_empty")
	}
	for _, it := range m.Items {
		if it.Decision == nil {
			return Errorf(EState, "signoff_undecided", it.Number)
		}
	}
	return nil
}

// AgendaEntry is one item about a proposal on one meeting's agenda: where
// the proposal was decided (Item.Decision), or waits for a decision.
type AgendaEntry struct {
	Meeting Meeting
	Item    Item
}

// DecidedIn returns the items about proposal proposalID on every
// meeting's agenda, decided or not, in the order of the meetings and of
// their agendas. It is the one answer to "where was this proposal
// decided" for the window, the documents and the export.
func DecidedIn(ctx context.Context, s MeetingStore, proposalID int64) ([]AgendaEntry, error) {
	all, err := AgendaByProposal(ctx, s)
	if err != nil {
		return nil, err
	}
	return all[proposalID], nil
}

// AgendaByProposal returns what DecidedIn returns for every proposal at
// once, by proposal id, from one read of the meetings.
func AgendaByProposal(ctx context.Context, s MeetingStore) (map[int64][]AgendaEntry, error) {
	meetings, err := s.Meetings(ctx)
	if err != nil {
		return nil, err
	}
	out := map[int64][]AgendaEntry{}
	for _, m := range meetings {
		for _, it := range m.Items {
			out[it.ProposalID] = append(out[it.ProposalID], AgendaEntry{Meeting: m, Item: it})
		}
	}
	return out, nil
}
