package model

import (
	"slices"
	"strings"
	"time"
)

// Decision is what the meeting decided on one item, taken on one revision
// of the proposal.
type Decision struct {
	ID           int64
	ItemID       int64
	ProposalID   int64
	Revision     int
	Fingerprint  string
	Outcome      Outcome
	Text         string
	Conditions   string // required for approved with conditions
	Return       ReturnReason
	Reservations []Reservation
	Notes        []MinutesNote
	Recusals     []Recusal
	// Vote is the open vote the item was decided by, nil when it was
	// decided without one.
	Vote       *Vote    `json:",omitempty"`
	Recipients []string // who receives the decision (expedieras till)
	// Corrects is the decision this one corrects, made at an earlier,
	// signed-off meeting; 0 when none.
	Corrects  int64
	DecidedAt time.Time
	DecidedBy string
}

// ReturnReason is what a proposal returned for rework must get: what must
// be added, by whom and by when.
type ReturnReason struct {
	What string `json:"what,omitempty"`
	Who  string `json:"who,omitempty"`
	By   Date   `json:"by,omitzero"`
}

// Reservation is a member's formal dissent from a decision.
type Reservation struct {
	MemberID int64
	Text     string
}

// MinutesNote is a statement entered in the minutes, by a member or by the
// meeting (MemberID 0).
type MinutesNote struct {
	MemberID int64
	Text     string
}

// Recusal is a member who took no part in the item (jäv), and why.
type Recusal struct {
	MemberID int64
	Reason   string
}

// MemberIDs returns the members the decision names, in its reservations,
// minutes notes, recusals and vote, in that order, repeats and all.
func (d Decision) MemberIDs() []int64 {
	var ids []int64
	for _, r := range d.Reservations {
		ids = append(ids, r.MemberID)
	}
	for _, n := range d.Notes {
		ids = append(ids, n.MemberID)
	}
	for _, r := range d.Recusals {
		ids = append(ids, r.MemberID)
	}
	if d.Vote != nil {
		for _, b := range d.Vote.Ballots {
			ids = append(ids, b.MemberID)
		}
	}
	return ids
}

// Validate checks the rules a decision must meet on its own: a known
// outcome, a text, conditions for approved with conditions, a whole reason
// for returned, and no member both recused and reserving.
func (d Decision) Validate() error {
	var errs Errors
	// Only the code: a name such as "Godkänt" would pass ParseOutcome but
	// match none of ApplyDecision's cases.
	if !slices.Contains(Outcomes, d.Outcome) {
		errs = append(errs, FieldError("outcome", "outcome_invalid", string(d.Outcome)))
	}
	if strings.TrimSpace(d.Text) == "" {
		errs = append(errs, FieldError("text", "decision_text_required"))
	}
	if d.Outcome == OutcomeApprovedConditions && strings.TrimSpace(d.Conditions) == "" {
		errs = append(errs, FieldError("conditions", "conditions_required"))
	}
	if d.Outcome == OutcomeReturned {
		r := d.Return
		if strings.TrimSpace(r.What) == "" || strings.TrimSpace(r.Who) == "" || r.By.IsZero() {
			errs = append(errs, FieldError("return", "return_reason_required"))
		}
	}
	if d.Revision <= 0 || len(d.Fingerprint) != 64 {
		errs = append(errs, FieldError("revision", "decision_revision_required"))
	}
	recused := map[int64]bool{}
	for _, r := range d.Recusals {
		recused[r.MemberID] = true
	}
	for _, r := range d.Reservations {
		if strings.TrimSpace(r.Text) == "" {
			errs = append(errs, FieldError("reservations", "reservation_text_required"))
		}
		if recused[r.MemberID] {
			errs = append(errs, FieldError("reservations", "reservation_by_recused"))
		}
	}
	if d.Vote != nil {
		errs = append(errs, d.Vote.problems()...)
	}
	return errs.Err()
}

// CheckParticipants refuses what only a member taking part in § n may
// do, done by another: a reservation by a member who is not deciding and
// present for it (one only present, absent, arrived later or gone, or not
// listed took no part in the decision and cannot dissent from it), and a
// vote whose ballots are not exactly those of the members taking part
// (Meeting.Participants). name gives a member's name for the message.
func (d Decision) CheckParticipants(m Meeting, n int, name func(int64) string) error {
	var errs Errors
	for _, r := range d.Reservations {
		if !m.DecidingAt(r.MemberID, n) {
			errs = append(errs, FieldError("reservations", "reservation_not_deciding", name(r.MemberID)))
		}
	}
	if d.Vote != nil {
		errs = append(errs, d.Vote.checkBallots(m, n, d.Recusals, name)...)
	}
	return errs.Err()
}

// DefaultDecisionText is the decision text the outcome suggests, in l, for
// the secretary to edit. It names no body ("Förslaget godkänns."): the
// same store serves a group that calls itself Styrgruppen, Ledningsgruppen
// or something else, and the minutes name the body on their front page.
func DefaultDecisionText(o Outcome, l Language) string {
	return label(l, "decision_text."+string(o))
}

// earlierDecisionTexts are the texts earlier versions suggested, which
// named the body "Ledningsgruppen" whatever it was called; a draft or a
// decision not yet signed off may still hold one.
var earlierDecisionTexts = []string{
	"Ledningsgruppen beslutar att godkänna förslaget.",
	"Ledningsgruppen beslutar att godkänna förslaget med de villkor som anges nedan.",
	"Ledningsgruppen beslutar att avslå förslaget.",
	"Ledningsgruppen beslutar att bordlägga ärendet till ett senare sammanträde.",
	"Ledningsgruppen beslutar att återremittera ärendet för komplettering enligt nedan.",
	"Ledningsgruppen noterar att förslaget har återtagits.",
	"The management group decides to approve the proposal.",
	"The management group decides to approve the proposal on the conditions below.",
	"The management group decides to reject the proposal.",
	"The management group decides to defer the item to a later meeting.",
	"The management group decides to return the item for rework as set out below.",
	"The management group notes that the proposal has been withdrawn.",
}

// IsDefaultDecisionText tells whether t is a text some outcome suggests,
// in either language, now or in an earlier version: such a text is the
// outcome's, not the secretary's, and gives way when another outcome is
// chosen.
func IsDefaultDecisionText(t string) bool {
	t = strings.TrimSpace(t)
	for _, o := range Outcomes {
		for _, l := range []Language{Swedish, English} {
			if t == DefaultDecisionText(o, l) {
				return true
			}
		}
	}
	return slices.Contains(earlierDecisionTexts, t)
}
