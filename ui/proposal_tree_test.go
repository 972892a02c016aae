package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// A search that looks like a ref finds the proposal with that ref, and an
// area's interventions with the area, not every text holding its digits.
func TestSearchForARefFindsThatProposal(t *testing.T) {
	w, s, all := searchWindow(t)
	if hits := hitRefs(t, s, "1.4"); len(hits) < 3 {
		t.Fatalf("the store's text search for 1.4 finds only %v: the test tests nothing", hits)
	}
	typeSearch(w, "1.4")
	expect(t, w.tree, all, map[string]bool{"1.4": true})

	w.tree.search.entry.SetText("")
	typeSearch(w, "1")
	want := map[string]bool{}
	for _, p := range all {
		if p.Ref == "1" || strings.HasPrefix(p.Ref, "1.") {
			want[p.Ref] = true
		}
	}
	if len(want) < 3 {
		t.Fatalf("the demo's area 1 holds %v", want)
	}
	expect(t, w.tree, all, want)

	// "1.4." (a trailing dot while typing) is still the ref.
	w.tree.search.entry.SetText("")
	typeSearch(w, "1.4.")
	expect(t, w.tree, all, map[string]bool{"1.4": true})

	// Typed, a ref shows at once, without waiting for the pause.
	w.tree.search.entry.SetText("")
	test.Type(w.tree.search.entry, "1.4")
	expect(t, w.tree, all, map[string]bool{"1.4": true})
}

// A number that is no proposal's ref is searched for as text.
func TestSearchForANumberThatIsNoRefSearchesTheText(t *testing.T) {
	w, s, all := searchWindow(t)
	want := hitRefs(t, s, "2026")
	if len(want) == 0 {
		t.Skip("the demo's texts hold no 2026")
	}
	typeSearch(w, "2026")
	expect(t, w.tree, all, want)
}

func TestAClosedAreaStaysClosedWhenTheProposalsAreReadAgain(t *testing.T) {
	w, _ := editWindow(t)
	w.tree.tree.CloseBranch("2")
	w.Reload()
	if w.tree.tree.IsBranchOpen("2") {
		t.Error("area 2 opened again on reloading")
	}
	if !w.tree.tree.IsBranchOpen("1") {
		t.Error("area 1 closed")
	}
	typeSearch(w, "förälder")
	if !w.tree.tree.IsBranchOpen("2") && len(w.tree.children["2"]) > 0 {
		t.Error("a search left area 2, with matches, closed")
	}
	w.tree.search.entry.SetText("")
	w.tree.cleared()
	if w.tree.tree.IsBranchOpen("2") {
		t.Error("area 2 open again after the search")
	}
	w.tree.tree.OpenBranch("2")
	w.Reload()
	if !w.tree.tree.IsBranchOpen("2") {
		t.Error("area 2, opened by the user, closed on reloading")
	}
}
