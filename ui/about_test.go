package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestAboutNamesTheVersionAndTheStore(t *testing.T) {
	a := test.NewTempApp(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	Version = "Styrgrupp 9.9.9 (abc)"
	w := NewMainWindow(a, demoStore(t))
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
