package ui

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// demoProposals returns every proposal of the demo store.
func demoProposals(t *testing.T, s model.Store) []model.Proposal {
	t.Helper()
	ps, err := s.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) == 0 {
		t.Fatal("the demo has no proposals")
	}
	return ps
}

// newOverview builds the overview and shows the store's proposals and
// follow-ups in it, as the main window does once it has read them.
func newOverview(store model.Store, ctx context.Context, onError func(error)) *overview {
	o := newOverviewLoading(onError, func(string) {})
	_, d, err := readProposals(ctx, store)
	if err != nil {
		o.showFailed(err)
		return o
	}
	o.show(d)
	return o
}

func newTestOverview(t *testing.T, s model.Store) *overview {
	t.Helper()
	return newOverview(s, context.Background(), func(err error) { t.Errorf("overview: %v", err) })
}

func TestOverviewCountsMatchTheStore(t *testing.T) {
	testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	ps := demoProposals(t, s)
	o := newTestOverview(t, s)

	// By status and kind, counted by hand.
	for _, st := range model.Statuses {
		for _, k := range model.Kinds {
			want := 0
			for _, p := range ps {
				if p.Status == st && p.Kind == k {
					want++
				}
			}
			if got := o.counts.byStatus[k][st]; got != want {
				t.Errorf("%s %s: %d, want %d", k, st, got, want)
			}
		}
	}
	// The outcomes of the decided interventions.
	decided := 0
	for _, out := range model.Outcomes {
		want := 0
		for _, p := range ps {
			if p.Kind == model.KindIntervention && p.Status == model.StatusDecided && p.Outcome == out {
				want++
			}
		}
		decided += want
		if got := o.counts.byOutcome[model.KindIntervention][out]; got != want {
			t.Errorf("decided interventions with outcome %s: %d, want %d", out, got, want)
		}
	}
	if decided != o.counts.byStatus[model.KindIntervention][model.StatusDecided] {
		t.Errorf("the outcomes add up to %d, the decided interventions are %d", decided,
			o.counts.byStatus[model.KindIntervention][model.StatusDecided])
	}

	// By area: the interventions whose ref starts with the area's.
	var areas []model.Proposal
	for _, p := range ps {
		if p.Kind == model.KindArea {
			areas = append(areas, p)
		}
	}
	if len(o.counts.areas) != len(areas) {
		t.Fatalf("%d areas shown, the store has %d", len(o.counts.areas), len(areas))
	}
	for _, a := range areas {
		var total, approved int
		for _, p := range ps {
			if p.Kind == model.KindIntervention && strings.HasPrefix(p.Ref, a.Ref+".") {
				total++
				if p.Status == model.StatusDecided && (p.Outcome == model.OutcomeApproved || p.Outcome == model.OutcomeApprovedConditions) {
					approved++
				}
			}
		}
		found := false
		for _, c := range o.counts.areas {
			if c.Ref == a.Ref {
				found = true
				if c.Title != a.Title || c.Interventions != total || c.Approved != approved {
					t.Errorf("area %s: %+v, want %q with %d interventions, %d approved", a.Ref, c, a.Title, total, approved)
				}
			}
		}
		if !found {
			t.Errorf("area %s is not shown", a.Ref)
		}
	}
	for i := 1; i < len(o.counts.areas); i++ {
		if model.CompareRefs(o.counts.areas[i-1].Ref, o.counts.areas[i].Ref) >= 0 {
			t.Errorf("areas out of order: %s before %s", o.counts.areas[i-1].Ref, o.counts.areas[i].Ref)
		}
	}

	// What is shown says so in words.
	w := test.NewWindow(o.content)
	defer w.Close()
	w.Resize(fyne.NewSize(1100, 1400))
	shown := labels(w)
	for _, st := range model.Statuses {
		if !contains(shown, st.Label(model.Swedish)) {
			t.Errorf("status %q is not shown", st.Label(model.Swedish))
		}
	}
	for _, out := range []model.Outcome{model.OutcomeApproved, model.OutcomeApprovedConditions, model.OutcomeRejected} {
		if !contains(shown, out.Label(model.Swedish)) {
			t.Errorf("outcome %q is not shown", out.Label(model.Swedish))
		}
	}
	for _, c := range o.counts.areas {
		if !contains(shown, c.Ref+"  "+c.Title) {
			t.Errorf("area %s %q is not shown", c.Ref, c.Title)
		}
		if !contains(shown, strconv.Itoa(c.Interventions)+" insats") {
			t.Errorf("area %s: its %d interventions are not shown", c.Ref, c.Interventions)
		}
	}
}

func TestOverviewStarMatchesAHandCount(t *testing.T) {
	testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	ps := demoProposals(t, s)
	es, err := s.FollowUps(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	status := map[int64]model.FollowUpStatus{}
	for _, e := range es {
		status[e.Proposal.ID] = e.FollowUp.Status
	}
	o := newTestOverview(t, s)
	vs := o.star.Values()
	if len(vs) != len(model.ProblemAreas) {
		t.Fatalf("%d points on the star, want %d", len(vs), len(model.ProblemAreas))
	}
	anyApproved := false
	for i, area := range model.ProblemAreas {
		var proposed, approved, inProgress, completed int
		for _, p := range ps {
			if p.Kind != model.KindIntervention || p.Status == model.StatusWithdrawn {
				continue
			}
			lists := false
			for _, a := range p.ProblemAreas {
				lists = lists || a == area
			}
			if !lists {
				continue
			}
			proposed++
			if p.Status == model.StatusDecided && p.Outcome.Approves() {
				approved++
				inProgress += btoi(status[p.ID] == model.FollowUpInProgress)
				completed += btoi(status[p.ID] == model.FollowUpCompleted)
			}
		}
		v := vs[i]
		want := model.StarCount{Area: area, Proposed: proposed, Approved: approved, InProgress: inProgress, Completed: completed}
		if v != want {
			t.Errorf("point %d: %+v, want %+v", i, v, want)
		}
		anyApproved = anyApproved || approved > 0
	}
	if !anyApproved {
		t.Error("the demo approves nothing: the test proves little")
	}
}

func TestOverviewSnapshot(t *testing.T) {
	testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	o := newTestOverview(t, demoStore(t))
	w := test.NewWindow(o.content)
	defer w.Close()
	w.Resize(fyne.NewSize(1000, 900))
	test.AssertRendersToMarkup(t, "overview.xml", w.Canvas())
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// failingStore is a fake store that fails to list proposals.
func failingStore() model.Store {
	s := newFakeStore()
	s.ProposalsFn = func(context.Context, model.ProposalFilter) ([]model.Proposal, error) {
		return nil, errors.New("disk on fire")
	}
	return s
}

func TestOverviewReportsAnError(t *testing.T) {
	testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	var got []error
	o := newOverview(failingStore(), context.Background(), func(err error) { got = append(got, err) })
	if len(got) != 1 || !o.failed.Visible() {
		t.Fatalf("errors %v, message shown %v", got, o.failed.Visible())
	}
}

// forcedTheme is the default theme held to one variant, as Inställningar
// does it.
func forcedTheme(v fyne.ThemeVariant) fyne.Theme {
	return &appTheme{Theme: theme.DefaultTheme(), variant: &v, scale: 1}
}
