package model

import (
	"context"
	"time"
)

// FollowUpLine is one follow-up as the agenda item "Uppföljning av
// beslut" reports it: what the minutes print of it. The sign-off fixes
// the lines into the minutes record (FrozenMinutes.FollowUps), so that a
// later save of the follow-up does not change signed minutes.
type FollowUpLine struct {
	ProposalID     int64
	Ref            string
	RegistryNumber string `json:",omitempty"`
	Title          string
	Status         FollowUpStatus
	Progress       int
	ReviewDate     Date    // zero when none is set
	Overdue        Overdue `json:",omitempty"`
	NoteDate       Date    // the latest note's; zero when there is none
	Note           string  `json:",omitempty"`
}

// FollowUpReport returns what the agenda item "Uppföljning av beslut" of a
// meeting starting at at reports: the follow-ups due (DueBetween) since
// the day of the previous meeting, the latest of starts before at (with
// none, every review date up to the meeting's day), each as a line, in
// the order of their refs. Days are Swedish days.
func FollowUpReport(es []FollowUpEntry, starts []time.Time, at time.Time) []FollowUpLine {
	var prev time.Time
	for _, s := range starts {
		if s.Before(at) && s.After(prev) {
			prev = s
		}
	}
	var since Date
	if !prev.IsZero() {
		since = SwedishDay(prev)
	}
	until := SwedishDay(at)
	var out []FollowUpLine
	for _, e := range DueBetween(es, since, until) {
		f, c := e.FollowUp, e.Proposal
		line := FollowUpLine{ProposalID: c.ID, Ref: c.Ref, RegistryNumber: c.RegistryNumber, Title: c.Title,
			Status: f.Status, Progress: f.Progress, ReviewDate: f.ReviewDate, Overdue: e.OverdueOn(until)}
		if n, ok := f.LatestNote(); ok {
			line.NoteDate, line.Note = n.Date, n.Text
		}
		out = append(out, line)
	}
	return out
}

// LatestNote returns the note with the latest date, of those with the
// same date the one saved last; false when there is none.
func (f FollowUp) LatestNote() (FollowUpNote, bool) {
	var last FollowUpNote
	for i, n := range f.Notes {
		if i == 0 || !n.Date.Before(last.Date) {
			last = n
		}
	}
	return last, len(f.Notes) > 0
}

// FollowUpReporter is the part of a store ReadFollowUpReport reads.
type FollowUpReporter interface {
	MeetingStore
	FollowUpStore
}

// ReadFollowUpReport returns what meeting m's item "Uppföljning av
// beslut" reports: of minutes signed off, what their record froze; else
// the follow-ups due as s holds them now (FollowUpReport). It is nil when
// m has no such item.
func ReadFollowUpReport(ctx context.Context, s FollowUpReporter, m Meeting) ([]FollowUpLine, error) {
	if m.FollowUpSection == 0 {
		return nil, nil
	}
	if m.SignedOff() {
		rec, err := s.MinutesRecord(ctx, m.ID)
		if err == nil {
			return rec.Minutes.FollowUps, nil
		}
		if ErrorCode(err) != ENotFound {
			return nil, err
		}
	}
	es, err := s.FollowUps(ctx)
	if err != nil {
		return nil, err
	}
	ms, err := s.Meetings(ctx)
	if err != nil {
		return nil, err
	}
	starts := make([]time.Time, len(ms))
	for i, o := range ms {
		starts[i] = o.StartsAt
	}
	return FollowUpReport(es, starts, m.StartsAt), nil
}

// HasAgenda tells whether the meeting has anything on its agenda: an
// item about a proposal or the item "Uppföljning av beslut".
func (m Meeting) HasAgenda() bool { return len(m.Items) > 0 || m.FollowUpSection != 0 }
