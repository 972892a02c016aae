// Package uitest holds what the window tests of ui and ui/meeting share
// beyond internal/testapp: steps a user takes with the keyboard, written
// against the app's own widgets (ui/widgets), which internal/testapp,
// used by those widgets' own tests, cannot import.
package uitest

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// TabToButton moves the keyboard with Tab until a button has it, as in
// a dialog whose fields come first, and returns that button's label; the
// test fails when Tab reaches none.
func TabToButton(t *testing.T, c fyne.Canvas) string {
	t.Helper()
	for range 100 {
		c.FocusNext()
		switch b := c.Focused().(type) {
		case *widgets.Button:
			return b.Text
		case *widget.Button:
			return b.Text
		}
	}
	t.Fatalf("Tab reaches no button; the focus is on %T", c.Focused())
	return ""
}
