package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/model"
)

// The line under a proposal's title gives its registry number beside the
// ref, in Swedish and English, and none for a proposal without one.
func TestRegistryNumberBesideTheRef(t *testing.T) {
	w, s := editWindow(t)
	p := proposalByRef(t, s, "1.1")
	if p.RegistryNumber == "" {
		t.Fatal("the demo's 1.1 has no registry number")
	}
	w.Select(p.Ref)
	if got, want := w.detail.text.String(), "Insats 1.1 · Dnr "+p.RegistryNumber+" · "; !strings.Contains(got, want) {
		t.Errorf("the overview says %q, want it to hold %q", got, want)
	}
	if err := SetLanguage(model.English); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = SetLanguage(model.Swedish) })
	if got, want := headingLine(p), "Intervention 1.1 · Reg. no. "+p.RegistryNumber+" · "; !strings.HasPrefix(got, want) {
		t.Errorf("in English %q, want it to begin %q", got, want)
	}
	p.RegistryNumber = ""
	if got := headingLine(p); strings.Contains(got, "Reg. no.") || !strings.HasPrefix(got, "Intervention 1.1 · ") {
		t.Errorf("without a registry number %q", got)
	}
}

// Searching for a registry number narrows the tree to its proposal.
func TestSearchFindsARegistryNumber(t *testing.T) {
	w, s, all := searchWindow(t)
	p := proposalByRef(t, s, "2.3")
	if p.RegistryNumber == "" {
		t.Fatal("the demo's 2.3 has no registry number")
	}
	typeSearch(w, p.RegistryNumber)
	expect(t, w.tree, all, map[string]bool{"2.3": true})
}

// The form saves a registry number trimmed, as a new revision the history
// names it in, and keeps a too long one under its field without saving.
func TestEditFormTakesTheRegistryNumber(t *testing.T) {
	w, s := editWindow(t)
	p := proposalByRef(t, s, "1.2")
	before := revisions(t, s, p.ID)
	f := w.openEditForm(p)
	entry := f.entries["registry_number"]
	entry.SetText("KS 2026/" + strings.Repeat("9", 33))
	test.Tap(f.saveBtn)
	if f.closed {
		t.Fatal("the form closed on a registry number of 41 characters")
	}
	if l := f.errs["registry_number"]; l.Hidden || !strings.Contains(l.Text, "högst 40") {
		t.Errorf("under the registry number: %q (hidden %v)", l.Text, l.Hidden)
	}
	if n := len(revisions(t, s, p.ID)); n != len(before) {
		t.Fatalf("%d revisions, want %d", n, len(before))
	}
	entry.SetText("  KS 2027/7 ")
	test.Tap(f.saveBtn)
	if !f.closed {
		t.Fatalf("the form stayed open: %q", texts(f.scroll))
	}
	after := revisions(t, s, p.ID)
	last := after[len(after)-1]
	if len(after) != len(before)+1 || last.Content.RegistryNumber != "KS 2027/7" {
		t.Fatalf("%d revisions, the last with registry number %q", len(after), last.Content.RegistryNumber)
	}
	if got := before[len(before)-1].Content.ChangedFields(last.Content); !slices.Equal(got, []string{"registry_number"}) {
		t.Errorf("the new revision changed %v", got)
	}
}
