package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
)

// A focused button is pressed by Enter, Return and Space, and hands
// Escape to its canvas.
func TestButtonTakesEnterAndPassesEscapeOn(t *testing.T) {
	testapp.New(t)
	pressed := 0
	b := NewButton("Avbryt", func() { pressed++ })
	w := test.NewWindow(b)
	defer w.Close()
	var passed []fyne.KeyName
	w.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) { passed = append(passed, k.Name) })
	for _, k := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace, fyne.KeyEscape, fyne.KeyA} {
		b.TypedKey(&fyne.KeyEvent{Name: k})
	}
	if pressed != 3 || len(passed) != 1 || passed[0] != fyne.KeyEscape {
		t.Errorf("pressed %d times, want 3; passed on %v, want Escape", pressed, passed)
	}
}

// A focused button hands F10 on too, so that the menus open from it.
func TestButtonPassesF10On(t *testing.T) {
	testapp.New(t)
	b := NewButtonWithIcon("Ny", nil, func() { t.Error("F10 pressed the button") })
	w := test.NewWindow(b)
	defer w.Close()
	var passed []fyne.KeyName
	w.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) { passed = append(passed, k.Name) })
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF10})
	if len(passed) != 1 || passed[0] != fyne.KeyF10 {
		t.Errorf("passed on %v, want F10", passed)
	}
}

// The tree hands Escape and F10 to its canvas and keeps its own keys:
// Down moves to the next row and Space selects it.
func TestTreePassesEscapeAndF10OnAndKeepsItsKeys(t *testing.T) {
	testapp.New(t)
	rows := map[string][]string{"": {"1", "2"}}
	tree := NewTree(func(id widget.TreeNodeID) []widget.TreeNodeID { return rows[id] },
		func(id widget.TreeNodeID) bool { return id == "" },
		func(bool) fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.TreeNodeID, _ bool, o fyne.CanvasObject) { o.(*widget.Label).SetText(id) })
	var selected widget.TreeNodeID
	tree.OnSelected = func(id widget.TreeNodeID) { selected = id }
	w := test.NewWindow(tree)
	defer w.Close()
	w.Resize(fyne.NewSize(200, 200))
	var passed []fyne.KeyName
	w.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) { passed = append(passed, k.Name) })
	w.Canvas().Focus(tree)
	for _, k := range []fyne.KeyName{fyne.KeyEscape, fyne.KeyF10, fyne.KeyDown, fyne.KeySpace} {
		tree.TypedKey(&fyne.KeyEvent{Name: k})
	}
	if len(passed) != 2 || passed[0] != fyne.KeyEscape || passed[1] != fyne.KeyF10 {
		t.Errorf("passed on %v, want Escape and F10", passed)
	}
	if selected != "2" {
		t.Errorf("Down and Space selected %q, want the second row", selected)
	}
}
