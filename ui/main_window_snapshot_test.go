package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// TestMainWindowSnapshot keeps the main window's whole rendering, with
// intervention 1.1 shown on its Översikt tab, as markup in
// testdata/main_window.xml: a change to what the window shows or how it
// is laid out shows up as a difference to look at (and, when intended,
// to accept by deleting the file and running the test again).
func TestMainWindowSnapshot(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	a.Preferences().SetInt(memberPreference, 1) // no who-am-I question over the window
	w := NewMainWindow(a, demoStore(t))
	w.win.Resize(fyne.NewSize(1366, 768))
	w.Select("1.1")
	test.AssertRendersToMarkup(t, "main_window.xml", w.win.Canvas())
}
