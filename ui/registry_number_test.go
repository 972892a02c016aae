package ui

import (
	"strings"
	"testing"

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
