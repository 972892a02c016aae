package demo_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// loadAt writes the demo with the store's clock at now and returns the
// signed-off meeting and the open one.
func loadAt(t *testing.T, now time.Time) (*sqlite.Store, model.Meeting, model.Meeting) {
	t.Helper()
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := demo.Load(model.WithClock(context.Background(), func() time.Time { return now }), s, assets.Demo); err != nil {
		t.Fatal(err)
	}
	ms, err := s.Meetings(context.Background())
	if err != nil || len(ms) != 2 {
		t.Fatalf("meetings %d, %v", len(ms), err)
	}
	return s, ms[0], ms[1]
}

// TestDemoAtStoryTimeIsDatedAsTheFiles: written at StoryTime, the demo's
// meetings are where group.json puts them.
func TestDemoAtStoryTimeIsDatedAsTheFiles(t *testing.T) {
	_, signed, open := loadAt(t, demo.StoryTime)
	if got := signed.StartsAt.In(demo.Stockholm); got != time.Date(2026, 10, 14, 13, 0, 0, 0, demo.Stockholm) {
		t.Errorf("the signed-off meeting starts %v", got)
	}
	if got := open.StartsAt.In(demo.Stockholm); !got.Equal(time.Date(2026, 12, 9, 13, 0, 0, 0, demo.Stockholm)) {
		t.Errorf("the open meeting starts %v, want 2026-12-09 13:00", got)
	}
	if open.SignOffDate != model.NewDate(2026, 12, 16) {
		t.Errorf("the open meeting is signed off %v", open.SignOffDate)
	}
}

// TestDemoOpenMeetingIsHeldTheDayItIsWritten: whenever the demo is
// written, its open meeting is held that day and has begun, so a decision
// can be recorded at once; the history lies before it.
func TestDemoOpenMeetingIsHeldTheDayItIsWritten(t *testing.T) {
	for _, tc := range []struct {
		name      string
		now       time.Time
		wantStart time.Time
	}{
		{"a later morning", time.Date(2027, 3, 2, 9, 20, 0, 0, demo.Stockholm), time.Date(2027, 3, 2, 9, 15, 0, 0, demo.Stockholm)},
		{"a later afternoon", time.Date(2027, 3, 2, 15, 5, 0, 0, demo.Stockholm), time.Date(2027, 3, 2, 13, 0, 0, 0, demo.Stockholm)},
		{"before the story", time.Date(2026, 11, 1, 13, 30, 0, 0, demo.Stockholm), time.Date(2026, 11, 1, 13, 0, 0, 0, demo.Stockholm)},
		{"just after its history", time.Date(2026, 11, 20, 10, 0, 0, 0, demo.Stockholm), time.Date(2026, 11, 20, 10, 0, 0, 0, demo.Stockholm)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, signed, open := loadAt(t, tc.now)
			if !open.StartsAt.Equal(tc.wantStart) {
				t.Errorf("the open meeting starts %v, want %v", open.StartsAt.In(demo.Stockholm), tc.wantStart)
			}
			if got := open.EndsAt.Sub(open.StartsAt); got != 3*time.Hour {
				t.Errorf("the open meeting lasts %v, want the planned 3h", got)
			}
			if want := model.DateOf(tc.now.AddDate(0, 0, 7)); open.SignOffDate != want {
				t.Errorf("the open meeting is to be signed off %v, want %v", open.SignOffDate, want)
			}
			if tc.now.After(time.Date(2026, 11, 20, 0, 0, 0, 0, demo.Stockholm)) &&
				!signed.StartsAt.Equal(time.Date(2026, 10, 14, 13, 0, 0, 0, demo.Stockholm)) {
				t.Errorf("the history moved to %v, though it lies before the day written", signed.StartsAt)
			}
			if !signed.SignedOff() || !signed.EndsAt.Before(open.StartsAt) {
				t.Errorf("the signed-off meeting (%v) is not before the open one (%v)", signed.EndsAt, open.StartsAt)
			}
			for _, so := range signed.SignOffs {
				if !so.SignedAt.Before(open.StartsAt) {
					t.Errorf("signed off %v, after the open meeting starts", so.SignedAt)
				}
			}
			ctx := model.WithClock(context.Background(), func() time.Time { return tc.now })
			d := model.Decision{Outcome: model.OutcomeDeferred, Text: model.DefaultDecisionText(model.OutcomeDeferred, model.Swedish)}
			if _, err := s.RecordDecision(ctx, open.Items[0].ID, d); err != nil {
				t.Errorf("a decision at the open meeting as the demo is written: %v", err)
			}
			cs, err := s.Comments(ctx, open.Items[0].ProposalID)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cs {
				if !c.CreatedAt.Before(tc.now) {
					t.Errorf("a comment dated %v, not before the demo is written", c.CreatedAt)
				}
			}
			if r, err := s.Check(ctx); err != nil || !r.OK() {
				t.Errorf("check: %+v, %v", r, err)
			}
		})
	}
}
