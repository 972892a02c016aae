package model_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// entry is an approved proposal decided at a meeting on decided, with a
// follow-up.
func entry(id int64, ref string, decided time.Time, f model.FollowUp) model.FollowUpEntry {
	f.ProposalID = id
	return model.FollowUpEntry{Proposal: model.Proposal{ID: id, Content: model.Content{Ref: ref, Title: "Insats " + ref}},
		Meeting: model.Meeting{StartsAt: decided}, FollowUp: f}
}

// The item reports the follow-ups whose review date falls after the day
// of the previous meeting and up to the meeting's day (done or not), and
// those overdue that day, in the order of their refs, each with its
// latest note.
func TestFollowUpReport(t *testing.T) {
	stockholm := model.Stockholm
	may := time.Date(2026, 5, 4, 9, 0, 0, 0, stockholm)
	sept := time.Date(2026, 9, 7, 9, 0, 0, 0, stockholm)
	// Later than the meeting reported on: not the previous meeting.
	dec := time.Date(2026, 12, 1, 9, 0, 0, 0, stockholm)
	inProgress := model.FollowUp{Status: model.FollowUpInProgress, Progress: 40}
	due := inProgress
	due.ReviewDate = model.NewDate(2026, 9, 7) // the meeting's own day counts
	due.Notes = []model.FollowUpNote{
		{ID: 1, Date: model.NewDate(2026, 8, 30), Text: "Senaste"},
		{ID: 2, Date: model.NewDate(2026, 6, 1), Text: "Äldre, sparad senare"},
	}
	// Reported at the previous meeting, and again now: still overdue.
	before := inProgress
	before.ReviewDate = model.NewDate(2026, 5, 4)
	before.Notes = []model.FollowUpNote{{Date: model.NewDate(2026, 8, 1), Text: "Ny anteckning"}}
	later := inProgress
	later.ReviewDate = model.NewDate(2026, 9, 8)
	later.Notes = before.Notes
	silent := model.FollowUp{Status: model.FollowUpNotStarted}
	done := model.FollowUp{Status: model.FollowUpCompleted, Progress: 100, ReviewDate: model.NewDate(2026, 6, 1)}
	es := []model.FollowUpEntry{
		entry(1, "2.10", may, due),
		entry(2, "2.9", may, before),
		entry(3, "1.1", may, later),
		entry(4, "1.2", time.Date(2026, 2, 1, 9, 0, 0, 0, stockholm), silent),
		entry(5, "3.1", may, done),
	}
	got := model.FollowUpReport(es, []time.Time{dec, may, sept}, sept)
	want := []model.FollowUpLine{
		{ProposalID: 4, Ref: "1.2", Title: "Insats 1.2", Status: model.FollowUpNotStarted, Overdue: model.OverdueNoNotes},
		{ProposalID: 2, Ref: "2.9", Title: "Insats 2.9", Status: model.FollowUpInProgress, Progress: 40,
			ReviewDate: model.NewDate(2026, 5, 4), Overdue: model.OverdueReview, NoteDate: model.NewDate(2026, 8, 1), Note: "Ny anteckning"},
		{ProposalID: 1, Ref: "2.10", Title: "Insats 2.10", Status: model.FollowUpInProgress, Progress: 40,
			ReviewDate: model.NewDate(2026, 9, 7), NoteDate: model.NewDate(2026, 8, 30), Note: "Senaste"},
		{ProposalID: 5, Ref: "3.1", Title: "Insats 3.1", Status: model.FollowUpCompleted, Progress: 100, ReviewDate: model.NewDate(2026, 6, 1)},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("report\n%+v\nwant\n%+v", got, want)
	}

	// With no meeting before it, every review date up to its day is due;
	// the day is the Swedish one.
	late := time.Date(2026, 9, 7, 23, 30, 0, 0, time.UTC) // 8 September in Stockholm
	got = model.FollowUpReport(es, []time.Time{late}, late)
	var refs []string
	for _, l := range got {
		refs = append(refs, l.Ref)
	}
	if want := []string{"1.1", "1.2", "2.9", "2.10", "3.1"}; !reflect.DeepEqual(refs, want) {
		t.Errorf("with no meeting before: %v, want %v", refs, want)
	}
	if got := model.FollowUpReport(nil, nil, sept); got != nil {
		t.Errorf("nothing to report: %+v", got)
	}
}
