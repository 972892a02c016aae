package ui

import (
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

func TestAboutNamesTheVersionAndTheStore(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	Version = "Styrgrupp 9.9.9 (abc)"
	w := NewMainWindow(a, newFakeStore())
	w.showAbout()
	overlays := w.win.Canvas().Overlays().List()
	if len(overlays) != 1 {
		t.Fatalf("%d overlays, want the about dialog", len(overlays))
	}
	text := strings.Join(labelsOf(overlays[0]), "\n")
	for _, want := range []string{"Om Styrgrupp", "9.9.9", w.store.Path(), "styrgrupp"} {
		if !strings.Contains(text, want) {
			t.Errorf("the about dialog lacks %q:\n%s", want, text)
		}
	}
}

// A build that does not know its commit shows the version alone, not
// "(unknown)" in the Swedish window.
func TestAboutLeavesOutAnUnknownCommit(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	old := Version
	t.Cleanup(func() { Version = old })
	Version = "Styrgrupp 0.1.0 (unknown)"
	w := NewMainWindow(a, newFakeStore())
	w.showAbout()
	text := strings.Join(labelsOf(w.win.Canvas().Overlays().Top()), "\n")
	if !strings.Contains(text, "Styrgrupp 0.1.0") || strings.Contains(text, "unknown") || strings.Contains(text, "()") {
		t.Errorf("the about dialog says:\n%s", text)
	}
	for in, want := range map[string]string{
		"Styrgrupp 0.1.0 (unknown)":      "Styrgrupp 0.1.0",
		"Styrgrupp 0.1.0 ()":             "Styrgrupp 0.1.0",
		"Styrgrupp 0.1.0 (03d35d3a1b2c)": "Styrgrupp 0.1.0 (03d35d3a1b2c)",
	} {
		if got := aboutVersion(in); got != want {
			t.Errorf("aboutVersion(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestShortcutsListsTheMenusKeys(t *testing.T) {
	w, _ := editWindow(t)
	w.showShortcuts()
	got := texts(topOverlay(w))
	for _, want := range []string{"Kortkommandon", "Ctrl+F", "sök i förslag och kommentarer", "Ctrl+Q", "avsluta", "I mötesläget", "spara beslutet"} {
		if !contains(got, want) {
			t.Errorf("the list lacks %q: %q", want, got)
		}
	}
}

func TestMenuItemsFollowTheStateRules(t *testing.T) {
	w, s := editWindow(t)
	w.Select(proposalWith(t, s, model.KindIntervention, model.StatusReady).Ref)
	if w.editItem.Disabled || !w.readyItem.Disabled || w.withdrawItem.Disabled {
		t.Errorf("a ready proposal: edit disabled %v, ready disabled %v, withdraw disabled %v",
			w.editItem.Disabled, w.readyItem.Disabled, w.withdrawItem.Disabled)
	}
	w.Select(proposalWith(t, s, model.KindIntervention, model.StatusDraft).Ref)
	if w.editItem.Disabled || w.readyItem.Disabled || w.withdrawItem.Disabled {
		t.Error("a draft's moves are disabled in the menu")
	}
}
