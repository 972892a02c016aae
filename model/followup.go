package model

import (
	"strings"
	"time"
)

// FollowUp is the implementation status of an approved intervention.
type FollowUp struct {
	ProposalID int64
	Status     FollowUpStatus
	Progress   int // per cent, 0–100
	// Responsible is who carries the work out, in words ("Socialchef
	// Maria Berg"); '' when no one is named.
	Responsible string
	// ReviewDate is when the group next looks at the work; zero when none
	// is set.
	ReviewDate Date
	// Conditions are the conditions of an approval with conditions, one
	// per line of the decision's conditions (SplitConditions), in order;
	// nil for a plain approval.
	Conditions []FollowUpCondition
	// Notes are oldest first. They are a record: a note once saved is
	// never changed; a save adds the notes whose ID is 0.
	Notes     []FollowUpNote
	UpdatedAt time.Time
}

// FollowUpNote is a dated note on how the work goes.
type FollowUpNote struct {
	ID       int64 // 0 until saved
	Date     Date
	AuthorID int64
	Text     string
}

// FollowUpCondition is one condition of an approval with conditions and
// whether it has been met.
type FollowUpCondition struct {
	Text  string // from the decision; the follow-up does not change it
	MetOn Date   // zero while not met
	MetBy int64  // the member who marked it met
}

// Met tells whether the condition has been marked met.
func (c FollowUpCondition) Met() bool { return !c.MetOn.IsZero() }

// MaxResponsibleLen is the longest Responsible a follow-up takes, in
// characters.
const MaxResponsibleLen = 200

// SplitConditions makes the conditions of a decision into items: one per
// non-empty line, without a leading bullet ("-", "•", "*") or number
// ("1.", "2)").
func SplitConditions(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		line = strings.TrimLeft(line, "-•*–")
		if i := strings.IndexAny(line, ".)"); i > 0 && i <= 3 && strings.Trim(line[:i], "0123456789") == "" {
			line = line[i+1:]
		}
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// ConditionsOf returns the follow-up's conditions for a decision's
// conditions text, each not yet met.
func ConditionsOf(text string) []FollowUpCondition {
	var out []FollowUpCondition
	for _, c := range SplitConditions(text) {
		out = append(out, FollowUpCondition{Text: c})
	}
	return out
}

// Validate checks what the follow-up's saver may set besides its status
// and progress: the responsible's length, and that each condition met
// names its date and member.
func (f FollowUp) Validate() error {
	if n := len([]rune(f.Responsible)); n > MaxResponsibleLen {
		return FieldError("responsible", "followup_responsible_long", MaxResponsibleLen, n)
	}
	for i, c := range f.Conditions {
		if c.Met() != (c.MetBy != 0) {
			return FieldError("conditions", "followup_condition_met", i+1)
		}
	}
	return nil
}

// Final tells whether the work is over (completed or stopped): its
// status, progress, responsible and review date no longer change; notes
// may still be added.
func (f FollowUp) Final() bool {
	return f.Status == FollowUpCompleted || f.Status == FollowUpStopped
}

// OpenFollowUp starts the follow-up of a proposal; only an approved one
// (with or without conditions) has one.
func OpenFollowUp(p Proposal) (FollowUp, error) {
	if p.Status != StatusDecided || !p.Outcome.Approves() {
		return FollowUp{}, Errorf(EState, "followup_not_approved")
	}
	return FollowUp{ProposalID: p.ID, Status: FollowUpNotStarted}, nil
}

// MoveTo changes the status: not started → in progress → completed or
// stopped; a follow-up not started may also be stopped. Completed sets the
// progress to 100.
func (f *FollowUp) MoveTo(to FollowUpStatus) error {
	allowed := map[FollowUpStatus][]FollowUpStatus{
		FollowUpNotStarted: {FollowUpInProgress, FollowUpStopped},
		FollowUpInProgress: {FollowUpCompleted, FollowUpStopped},
	}
	for _, s := range allowed[f.Status] {
		if s == to {
			f.Status = to
			if to == FollowUpCompleted {
				f.Progress = 100
			}
			return nil
		}
	}
	return Errorf(EState, "followup_move", f.Status, to)
}

// SetProgress sets the progress figure, which must lie in 0–100 and may
// only be changed while the work is in progress.
func (f *FollowUp) SetProgress(p int) error {
	if p < 0 || p > 100 {
		return FieldError("progress", "progress_range", p)
	}
	if f.Status != FollowUpInProgress {
		return Errorf(EState, "progress_not_in_progress")
	}
	f.Progress = p
	return nil
}

// Validate checks a note.
func (n FollowUpNote) Validate() error {
	if strings.TrimSpace(n.Text) == "" || n.Date.IsZero() {
		return FieldError("note", "followup_note_required")
	}
	return nil
}
