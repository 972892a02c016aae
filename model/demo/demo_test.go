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

// TestDemoHoldsWhatTheStoryNeeds loads the demo and checks the promises
// made about it: a whole programme, a steering group that has talked, one
// signed-off meeting with a decision of every outcome and one open meeting.
func TestDemoHoldsWhatTheStoryNeeds(t *testing.T) {
	ctx := model.WithClock(context.Background(), func() time.Time { return demo.StoryTime })
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := demo.Load(ctx, s, assets.Demo); err != nil {
		t.Fatal(err)
	}

	ps, err := s.Proposals(ctx, model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[model.Kind]int{}
	commented := 0
	for _, p := range ps {
		kinds[p.Kind]++
		c := p.Content
		if p.Kind == model.KindIntervention {
			if c.Summary == "" || c.Description == "" || c.Rationale == "" || len(c.Evidence) < 3 ||
				len(c.RiskFactors) == 0 || len(c.ProtectiveFactors) == 0 || len(c.ProblemAreas) == 0 ||
				c.PreventionLevel == "" || c.TargetGroup == "" || c.Responsible == "" || len(c.Partners) == 0 ||
				c.Start.IsZero() || c.End.IsZero() || !c.Cost.Set || c.Funding == "" {
				t.Errorf("intervention %s lacks a field", c.Ref)
			}
		}
		cs, err := s.Comments(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) > 0 {
			commented++
		}
	}
	if kinds[model.KindArea] < 5 || kinds[model.KindIntervention] < 20 {
		t.Errorf("%d areas and %d interventions, want at least 5 and 20", kinds[model.KindArea], kinds[model.KindIntervention])
	}
	if commented < 5 {
		t.Errorf("comments on %d proposals, want several", commented)
	}

	members, err := s.Members(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(members) < 8 || len(members) > 12 {
		t.Errorf("%d members, want 8 to 12", len(members))
	}

	meetings, err := s.Meetings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(meetings) != 2 {
		t.Fatalf("%d meetings, want 2", len(meetings))
	}
	signed, err := s.Meeting(ctx, meetings[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	open, err := s.Meeting(ctx, meetings[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if !signed.SignedOff() || open.SignedOff() {
		t.Fatalf("signed off: first %v, second %v; want true, false", signed.SignedOff(), open.SignedOff())
	}
	outcomes := map[model.Outcome]bool{}
	for _, it := range signed.Items {
		if it.Decision == nil {
			t.Fatalf("§ %d of the signed-off meeting has no decision", it.Number)
		}
		outcomes[it.Decision.Outcome] = true
	}
	for _, o := range model.Outcomes {
		if !outcomes[o] {
			t.Errorf("no decision %s in the signed-off meeting", o)
		}
	}
	if len(open.Items) == 0 {
		t.Fatal("the open meeting has no agenda")
	}
	first, _ := open.SectionRange()
	if _, last := signed.SectionRange(); first != last+1 {
		t.Errorf("the open meeting starts at § %d, want § %d (numbering runs through the year)", first, last+1)
	}
	for _, it := range open.Items {
		if it.Decision != nil {
			t.Errorf("§ %d of the open meeting is already decided", it.Number)
		}
	}
	if r, err := s.Check(ctx); err != nil || !r.OK() {
		t.Errorf("check of the demo store: %+v, %v", r, err)
	}
}
