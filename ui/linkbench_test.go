//go:build linkbench

package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/linkbench"
	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// TestLinkBench times the main window's actions, as the user makes them,
// on SQLite and on PostgreSQL over a 10 ms link, on the demo and on a
// large store, and counts their round trips (issue 14; .ci/bench-link
// runs it and judges the figures). Build with -tags linkbench.
func TestLinkBench(t *testing.T) {
	for _, f := range linkbench.Fixtures(t) {
		t.Run(f.Name(), func(t *testing.T) { benchWindow(t, f) })
	}
	linkbench.MeasureImport(t, "import 10,000 rows")
}

func benchWindow(t *testing.T, f *linkbench.Fixture) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	var w *MainWindow
	f.Measure(t, "open the app", func(int) {
		if w != nil {
			w.win.Close()
		}
		w = NewMainWindow(a, f.Store)
		if len(w.tree.byRef) == 0 {
			t.Fatal("the window shows no proposals")
		}
	})
	w.win.Resize(w.savedSize())
	refs := benchRefs(t, f.Store)
	f.Measure(t, "choose a proposal", func(i int) {
		w.Select(refs[i%2])
		if w.detail.shown.Ref != refs[i%2] {
			t.Fatalf("shows %q, want %q", w.detail.shown.Ref, refs[i%2])
		}
	})
	f.Measure(t, "open each tab", func(int) {
		for _, tab := range w.detail.tabs.Items {
			w.detail.tabs.Select(tab)
		}
	})
	ms, err := f.Store.Members(linkbench.StoryCtx())
	if err != nil || len(ms) == 0 {
		t.Fatalf("no members: %v", err)
	}
	w.setMe(ms[0])
	w.comments.show(w.detail.shown) // as choosing who you are does (askWhoIAm)
	w.detail.tabs.Select(w.detail.commentsTab)
	f.Measure(t, "post a comment", func(i int) {
		before := len(w.comments.comments)
		w.comments.entry.SetText(fmt.Sprintf("Kommentar %d från mätningen.", i))
		test.Tap(w.comments.send)
		if len(w.comments.comments) != before+1 {
			t.Fatalf("%d comments shown after posting, want %d", len(w.comments.comments), before+1)
		}
	})
}

// benchRefs returns two proposals to choose in turn: the first with a
// decision, and another.
func benchRefs(t *testing.T, s model.Store) [2]string {
	ps, err := s.Proposals(linkbench.StoryCtx(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var refs [2]string
	for _, p := range ps {
		switch {
		case refs[0] == "" && p.Outcome != "":
			refs[0] = p.Ref
		case refs[1] == "" && p.Outcome == "" && p.Kind == model.KindIntervention:
			refs[1] = p.Ref
		}
	}
	if refs[0] == "" || refs[1] == "" {
		t.Fatalf("no proposals to choose: %v", refs)
	}
	return refs
}
