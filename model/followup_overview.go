package model

import (
	"slices"
	"time"
)

// FollowUpEntry is an approved proposal with its decision and its
// follow-up: what the follow-up overview, the overdue list and the
// follow-up report tell of it.
type FollowUpEntry struct {
	Proposal Proposal
	// Decision is the proposal's latest decision, the approval.
	Decision Decision
	// Meeting is the meeting that took it: its ID, Title and StartsAt.
	Meeting     Meeting
	Section     int       // the decision's § in that meeting's minutes
	SignedOffAt time.Time // when its minutes were signed off; zero if not yet
	FollowUp    FollowUp
}

// FollowUpSilence is how long a follow-up may go without a note before it
// is overdue.
const FollowUpSilence = 6 // months

// Overdue says why a follow-up is overdue on a day.
type Overdue string

// The reasons a follow-up is overdue, most pressing first.
const (
	NotOverdue     Overdue = ""
	OverdueReview  Overdue = "review" // its review date has passed
	OverdueNoNotes Overdue = "silent" // no note for FollowUpSilence months
)

// LastNote is the date of the follow-up's latest note, zero when it has
// none.
func (f FollowUp) LastNote() Date {
	n, _ := f.LatestNote()
	return n.Date
}

// HeardOf is the day the follow-up was last heard of: its latest note,
// or the day of the decision's meeting when it has none.
func (e FollowUpEntry) HeardOf() Date {
	if last := e.FollowUp.LastNote(); !last.IsZero() {
		return last
	}
	return DateOf(e.Meeting.StartsAt)
}

// OverdueOn tells whether the follow-up is overdue on today, and why: its
// review date lies before today, or its latest note (the decision's
// meeting when it has none) lies more than FollowUpSilence months before
// today. Completed and stopped work is never overdue.
func (e FollowUpEntry) OverdueOn(today Date) Overdue {
	f := e.FollowUp
	if f.Final() {
		return NotOverdue
	}
	if !f.ReviewDate.IsZero() && f.ReviewDate.Before(today) {
		return OverdueReview
	}
	since := e.HeardOf()
	if !since.IsZero() && since.Time().AddDate(0, FollowUpSilence, 0).Before(today.Time()) {
		return OverdueNoNotes
	}
	return NotOverdue
}

// OverdueFollowUps returns the entries overdue on today, review dates
// passed first, each group in the order of their refs.
func OverdueFollowUps(es []FollowUpEntry, today Date) []FollowUpEntry {
	var out []FollowUpEntry
	for _, e := range es {
		if e.OverdueOn(today) != NotOverdue {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b FollowUpEntry) int {
		if ra, rb := a.OverdueOn(today), b.OverdueOn(today); ra != rb {
			if ra == OverdueReview {
				return -1
			}
			return 1
		}
		return CompareRefs(a.Proposal.Ref, b.Proposal.Ref)
	})
	return out
}

// StarCount is what the prevention star shows at one of its points.
type StarCount struct {
	Area       ProblemArea
	Proposed   int // interventions, not withdrawn, that list the area
	Approved   int // of those, the ones decided with an approving outcome
	InProgress int // of the approved, those whose follow-up is in progress
	Completed  int // of the approved, those whose follow-up is completed
}

// StarCounts counts, for each point of the prevention star in the order of
// ProblemAreas, the interventions that address it, and of the approved
// ones how their follow-up (in fs, by proposal) stands.
func StarCounts(ps []Proposal, fs []FollowUpEntry) []StarCount {
	status := map[int64]FollowUpStatus{}
	for _, e := range fs {
		status[e.Proposal.ID] = e.FollowUp.Status
	}
	out := make([]StarCount, len(ProblemAreas))
	for i, a := range ProblemAreas {
		out[i].Area = a
	}
	for _, p := range ps {
		if p.Kind != KindIntervention || p.Status == StatusWithdrawn {
			continue
		}
		approved := p.Status == StatusDecided && p.Outcome.Approves()
		for i, a := range ProblemAreas {
			if !slices.Contains(p.ProblemAreas, a) {
				continue
			}
			out[i].Proposed++
			if !approved {
				continue
			}
			out[i].Approved++
			switch status[p.ID] {
			case FollowUpInProgress:
				out[i].InProgress++
			case FollowUpCompleted:
				out[i].Completed++
			}
		}
	}
	return out
}

// DueBetween returns the follow-ups whose review date lies after since and
// not after until, and those overdue on until: what the agenda item
// "Uppföljning av beslut" of a meeting on until reports, since being the
// previous meeting's day (zero for none). They are in the order of their
// refs.
func DueBetween(es []FollowUpEntry, since, until Date) []FollowUpEntry {
	var out []FollowUpEntry
	for _, e := range es {
		r := e.FollowUp.ReviewDate
		due := !r.IsZero() && since.Before(r) && !until.Before(r)
		if due || e.OverdueOn(until) != NotOverdue {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b FollowUpEntry) int { return CompareRefs(a.Proposal.Ref, b.Proposal.Ref) })
	return out
}
