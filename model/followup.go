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
	Notes      []FollowUpNote
	UpdatedAt  time.Time
}

// FollowUpNote is a dated note on how the work goes.
type FollowUpNote struct {
	Date     Date
	AuthorID int64
	Text     string
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
