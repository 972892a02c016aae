package ui

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// searchWindow opens the main window on the demo store with work run at
// once and the typing pause long enough that only flushSearch searches.
func searchWindow(t *testing.T) (*MainWindow, model.Store, []model.Proposal) {
	t.Helper()
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	all, err := s.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	w := NewMainWindow(a, s)
	w.background = func(f func()) { f() }
	w.tree.background = w.background
	old := searchPause
	searchPause = time.Hour
	t.Cleanup(func() { searchPause = old })
	return w, s, all
}

// typeSearch types q into the search field and runs the search the pause
// would start.
func typeSearch(w *MainWindow, q string) {
	test.Type(w.tree.search.entry, q)
	w.tree.searchNow()
}

// shown returns the refs the tree shows, areas and interventions.
func shown(tr *proposalTree) []string {
	var out []string
	for _, a := range tr.childUIDs("") {
		out = append(out, a)
		out = append(out, tr.childUIDs(a)...)
	}
	return out
}

// expect checks that the tree shows exactly want (interventions or areas
// that match) plus the areas they sit under, those not in want greyed.
func expect(t *testing.T, tr *proposalTree, all []model.Proposal, want map[string]bool) {
	t.Helper()
	if len(want) == 0 {
		t.Fatal("nothing is expected: the test is not testing anything")
	}
	wantShown := map[string]bool{}
	for ref := range want {
		wantShown[ref] = true
		if a := model.KindFromRef(ref); a == model.KindIntervention {
			wantShown[ref[:strings.LastIndexByte(ref, '.')]] = true
		}
	}
	got := shown(tr)
	gotSet := map[string]bool{}
	for _, r := range got {
		gotSet[r] = true
		if !wantShown[r] {
			t.Errorf("tree shows %s, which neither matches nor holds a match", r)
		}
	}
	for r := range wantShown {
		if !gotSet[r] {
			t.Errorf("tree lacks %s; shows %v", r, got)
		}
		if dim := tr.dimmed[r]; dim == want[r] {
			t.Errorf("%s greyed = %v, want %v", r, dim, !want[r])
		}
	}
	wantCount := strings.Join([]string{strconv.Itoa(len(want)), "av", strconv.Itoa(len(all)), "förslag"}, " ")
	if !tr.search.count.Visible() || tr.search.count.Text != wantCount {
		t.Errorf("count label = %q (visible %v), want %q", tr.search.count.Text, tr.search.count.Visible(), wantCount)
	}
}

// hitRefs returns the refs of the proposals the store finds for q.
func hitRefs(t *testing.T, s model.Store, q string) map[string]bool {
	t.Helper()
	hits, err := s.Search(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := s.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	refs := map[int64]string{}
	for _, p := range ps {
		refs[p.ID] = p.Ref
	}
	out := map[string]bool{}
	for _, h := range hits {
		if refs[h.ProposalID] == "" {
			t.Fatalf("hit %+v is no proposal", h)
		}
		out[refs[h.ProposalID]] = true
	}
	return out
}

func TestSearchNarrowsTheTreeToTheMatchAndItsArea(t *testing.T) {
	w, s, all := searchWindow(t)
	if got := w.tree.search.entry.PlaceHolder; got != "Sök i förslag och kommentarer" {
		t.Errorf("placeholder = %q", got)
	}
	want := hitRefs(t, s, "Trygghetsnod")
	if !want["5.1"] || len(want) >= len(all)/2 {
		t.Fatalf("the demo's search for Trygghetsnod finds %v; want 5.1 among a few", want)
	}
	if w.tree.search.count.Visible() {
		t.Error("the count shows before anything narrows the tree")
	}
	typeSearch(w, "Trygghetsnod")
	expect(t, w.tree, all, want)
	if !w.tree.tree.IsBranchOpen("5") {
		t.Error("area 5 is not open")
	}

	// "perronger" is only in 5.1: its area is shown, greyed.
	w.tree.search.entry.SetText("")
	want = hitRefs(t, s, "perronger")
	if len(want) != 1 || !want["5.1"] {
		t.Fatalf("the demo's search for perronger finds %v; want only 5.1", want)
	}
	typeSearch(w, "perronger")
	expect(t, w.tree, all, want)
	node := w.tree.createNode(true)
	w.tree.updateNode("5", true, node)
	if !node.(*widgets.TreeRow).Dimmed() {
		t.Error("area 5 does not match yet is not greyed")
	}
	w.tree.updateNode("5.1", false, node)
	if node.(*widgets.TreeRow).Dimmed() {
		t.Error("the match 5.1 is greyed")
	}
}

func TestSearchFindsASwedishWordByItsBeginning(t *testing.T) {
	w, s, all := searchWindow(t)
	want := hitRefs(t, s, "trygghetsvä") // trygghetsvärdar
	p, err := s.ProposalByRef(context.Background(), "5.1")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Description, "trygghetsvärdar") || strings.Contains(p.Description, "trygghetsvä ") {
		t.Fatalf("5.1's description no longer holds the longer word")
	}
	if !want["5.1"] {
		t.Fatalf("the store does not find trygghetsvärdar by its beginning: %v", want)
	}
	typeSearch(w, "trygghetsvä")
	expect(t, w.tree, all, want)
}

func TestSearchFindsAWordOnlyInAComment(t *testing.T) {
	w, s, all := searchWindow(t)
	hits, err := s.Search(context.Background(), "personuppgiftsansvarig")
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.ProposalByRef(context.Background(), "5.1")
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].ProposalID != p.ID || !hits[0].InComment {
		t.Fatalf("the demo's comment word is not only in 5.1's comments: %+v", hits)
	}
	typeSearch(w, "personuppgiftsansvarig")
	expect(t, w.tree, all, map[string]bool{"5.1": true})
}

func TestProblemAreaFilterKeepsOnlyViolence(t *testing.T) {
	w, _, all := searchWindow(t)
	want := map[string]bool{}
	for _, p := range all {
		if slices.Contains(p.ProblemAreas, model.Violence) {
			want[p.Ref] = true
		}
	}
	if len(want) == 0 || len(want) == len(all) {
		t.Fatalf("the demo has %d of %d proposals on violence: no test", len(want), len(all))
	}
	w.tree.search.problem.SetSelected("Våld")
	if w.tree.search.filter().ProblemArea != model.Violence {
		t.Fatalf("selecting Våld sets the filter to %q", w.tree.search.filter().ProblemArea)
	}
	expect(t, w.tree, all, want)

	// Filters and search combine: only violence proposals that match.
	typeSearch(w, "Trygghetsnod")
	both := map[string]bool{}
	for ref := range want {
		if hitRefs(t, w.store, "Trygghetsnod")[ref] {
			both[ref] = true
		}
	}
	if len(both) > 0 {
		expect(t, w.tree, all, both)
	} else if got := shown(w.tree); len(got) != 0 {
		t.Errorf("nothing matches both, yet the tree shows %v", got)
	}
}

func TestClearingRestoresEveryProposal(t *testing.T) {
	w, _, all := searchWindow(t)
	before := shown(w.tree)
	if len(before) != len(all) {
		t.Fatalf("the tree shows %d of %d at first", len(before), len(all))
	}
	w.tree.search.problem.SetSelected("Våld")
	typeSearch(w, "Trygghetsnod")
	if len(shown(w.tree)) >= len(all) {
		t.Fatal("search and filter did not narrow")
	}
	test.Tap(w.tree.search.clear)
	if got := shown(w.tree); strings.Join(got, ",") != strings.Join(before, ",") {
		t.Errorf("after clearing the tree shows %v, want %v", got, before)
	}
	if w.tree.search.entry.Text != "" || w.tree.search.problem.SelectedIndex() != 0 {
		t.Errorf("clearing left %q and filter %d", w.tree.search.entry.Text, w.tree.search.problem.SelectedIndex())
	}
	if w.tree.search.count.Visible() || len(w.tree.dimmed) != 0 {
		t.Error("after clearing the count still shows or rows are greyed")
	}
	// Emptying the field by hand restores everything too.
	typeSearch(w, "Trygghetsnod")
	w.tree.search.entry.SetText("")
	if len(shown(w.tree)) != len(all) {
		t.Error("emptying the field does not restore the tree")
	}
}

func TestAStaleSearchResultIsIgnored(t *testing.T) {
	w, _, all := searchWindow(t)
	var held []func()
	w.tree.background = func(f func()) { held = append(held, f) }
	typeSearch(w, "Trygghetsnod")
	w.tree.search.entry.SetText("") // before the search ends
	if len(held) != 1 {
		t.Fatalf("%d searches started, want 1", len(held))
	}
	held[0]()
	if len(shown(w.tree)) != len(all) {
		t.Error("a stale result narrowed the tree")
	}
}

func TestTypingSearchesAfterAPause(t *testing.T) {
	w, _, _ := searchWindow(t)
	searchPause = searchDelay
	// The pause's timer hands the search to this goroutine, which plays
	// the part of the background worker.
	work := make(chan func(), 100)
	w.tree.background = func(f func()) { work <- f }
	test.Type(w.tree.search.entry, "Trygghetsnod")
	if len(work) != 0 {
		t.Fatal("the tree searched before the pause")
	}
	deadline := time.After(5 * time.Second)
	for {
		select {
		case f := <-work:
			f()
		case <-deadline:
			t.Fatal("no search for the whole word ran after the pause")
		}
		if w.tree.hits != nil && w.tree.hits[w.tree.byRef["5.1"].ID] && w.tree.search.count.Visible() {
			return
		}
	}
}

func TestFocusSearchPutsTheCursorInTheField(t *testing.T) {
	w, _, _ := searchWindow(t)
	c := w.Window().Canvas()
	w.tree.focusSearch(c)
	if c.Focused() != fyne.Focusable(w.tree.search.entry) {
		t.Errorf("focus is on %v, not the search field", c.Focused())
	}
}
