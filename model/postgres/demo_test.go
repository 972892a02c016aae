package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
)

// The demo programme, written as the window's demo writes it, holds on
// PostgreSQL: one signed-off meeting with its frozen minutes and the
// other open, every decision readable, and Check passes. It runs most of
// the store at once (members, proposals, comments, meetings, items,
// decisions of every outcome, reservations, sign-offs).
func TestDemoLoadsAndChecks(t *testing.T) {
	s, _ := openStore(t)
	ctx := model.WithClock(context.Background(), func() time.Time { return demo.StoryTime })
	check(t, demo.Load(ctx, s, assets.Demo))

	ms, err := s.Meetings(ctx)
	check(t, err)
	signed := 0
	for _, m := range ms {
		_, err := s.MinutesRecord(ctx, m.ID)
		if m.SignedOff() {
			signed++
			check(t, err)
		} else if model.ErrorCode(err) != model.ENotFound {
			t.Errorf("meeting %d, not signed off, has a minutes record: %v", m.ID, err)
		}
	}
	if len(ms) < 2 || signed == 0 || signed == len(ms) {
		t.Fatalf("%d meetings, %d signed off: want both kinds", len(ms), signed)
	}
	ps, err := s.Proposals(ctx, model.ProposalFilter{})
	check(t, err)
	locked := 0
	for _, p := range ps {
		if p.Locked {
			locked++
		}
		_, err := s.Decisions(ctx, p.ID)
		check(t, err)
	}
	if locked == 0 {
		t.Error("no proposal is locked by the signed-off meeting")
	}
	r, err := s.Check(ctx)
	check(t, err)
	if !r.OK() {
		t.Fatalf("check of the demo:\n%s", reportText(r))
	}
}
