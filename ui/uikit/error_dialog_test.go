package uikit

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

func TestErrorDialogClosesOnEnterAndEscape(t *testing.T) {
	testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	win := test.NewWindow(nil)
	defer win.Close()
	win.Resize(fyne.NewSize(800, 600))
	var typed []fyne.KeyName
	win.Canvas().SetOnTypedKey(func(e *fyne.KeyEvent) { typed = append(typed, e.Name) })

	for _, key := range []fyne.KeyName{fyne.KeyEscape, fyne.KeyReturn} {
		ShowErrorMessage(win, "Förslaget 1.4 är beslutat och kan inte beslutas nu.")
		top := win.Canvas().Overlays().Top()
		if top == nil || !contains(texts(top), "Det gick inte") || !contains(texts(top), "kan inte beslutas nu") {
			t.Fatalf("no error dialog; the top overlay is %v", top)
		}
		win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: key})
		if top := win.Canvas().Overlays().Top(); top != nil {
			t.Fatalf("%s left the dialog open", key)
		}
	}
	// The window's own key handler is back.
	win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF5})
	if len(typed) != 1 || typed[0] != fyne.KeyF5 {
		t.Errorf("the window's handler got %v", typed)
	}
}
