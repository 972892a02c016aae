package demo_test

import (
	"context"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
)

// TestDemoFollowsUpItsApprovals: whenever the demo is written, the
// approved interventions of its signed-off meeting have one follow-up on
// track, one overdue, one completed and one approved with conditions of
// which one is met, with notes from several members, all dated between
// the sign-off and the day written, each saved with its audit row.
func TestDemoFollowsUpItsApprovals(t *testing.T) {
	for _, now := range []time.Time{
		demo.StoryTime,
		time.Date(2026, 11, 1, 13, 30, 0, 0, demo.Stockholm), // before the story: the history moves back
		time.Date(2026, 11, 20, 0, 5, 0, 0, demo.Stockholm),  // just after the history, near midnight
		time.Date(2026, 12, 7, 23, 55, 0, 0, demo.Stockholm), // two days early, near midnight
		time.Date(2027, 3, 28, 2, 30, 0, 0, demo.Stockholm),  // the night summer time begins
		time.Date(2029, 6, 1, 9, 0, 0, 0, demo.Stockholm),    // long after
	} {
		t.Run(now.Format("2006-01-02T15:04"), func(t *testing.T) {
			s, signed, _ := loadAt(t, now)
			ctx := model.WithClock(context.Background(), func() time.Time { return now })
			today := model.DateOf(now.In(demo.Stockholm))
			es, err := s.FollowUps(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var onTrack, overdue, completed, conditions int
			authors := map[int64]bool{}
			signedAt := signed.SignOffs[len(signed.SignOffs)-1].SignedAt
			for _, e := range es {
				f := e.FollowUp
				if f.UpdatedAt.IsZero() {
					continue
				}
				if e.Meeting.ID != signed.ID || e.Proposal.Kind != model.KindIntervention {
					t.Errorf("%s: a follow-up of a decision at meeting %d, a %s", e.Proposal.Ref, e.Meeting.ID, e.Proposal.Kind)
				}
				for _, n := range f.Notes {
					authors[n.AuthorID] = true
					if n.Date.Before(model.DateOf(signedAt.In(demo.Stockholm))) || today.Before(n.Date) {
						t.Errorf("%s: a note of %v, not between the sign-off %v and %v", e.Proposal.Ref, n.Date, signedAt, today)
					}
				}
				if !f.UpdatedAt.After(signedAt) || f.UpdatedAt.After(now) {
					t.Errorf("%s: saved %v, not between the sign-off %v and %v", e.Proposal.Ref, f.UpdatedAt, signedAt, now)
				}
				met := 0
				for _, c := range f.Conditions {
					if c.Met() {
						met++
					}
				}
				recent := !f.LastNote().Before(model.DateOf(now.AddDate(0, -1, 0)))
				switch over := e.OverdueOn(today); {
				case len(f.Conditions) >= 2 && met == 1 && e.Decision.Outcome == model.OutcomeApprovedConditions:
					conditions++
				case f.Status == model.FollowUpCompleted:
					completed++
				case over == model.OverdueReview:
					overdue++
				case over == model.NotOverdue && f.Status == model.FollowUpInProgress && recent && today.Before(f.ReviewDate):
					onTrack++
				default:
					t.Errorf("%s: a follow-up %s, overdue %q, of no case the demo shows", e.Proposal.Ref, f.Status, over)
				}
			}
			if onTrack != 1 || overdue != 1 || completed != 1 || conditions != 1 {
				t.Errorf("on track %d, overdue %d, completed %d, with a condition met %d; want one of each",
					onTrack, overdue, completed, conditions)
			}
			if len(authors) < 3 {
				t.Errorf("notes by %d members, want several", len(authors))
			}
			audit, err := s.Audit(ctx, "followup", "", 0)
			if err != nil {
				t.Fatal(err)
			}
			actions := map[string]int{}
			for _, a := range audit {
				actions[a.Action]++
			}
			if actions["followup.save"] == 0 || actions["followup.note"] == 0 {
				t.Errorf("audit rows %v, want saves and notes", actions)
			}
			if r, err := s.Check(ctx); err != nil || !r.OK() {
				t.Errorf("check: %+v, %v", r, err)
			}
		})
	}
}
