package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
)

// The entry hands Ctrl+Enter, Ctrl+S, Ctrl+W, Esc and F11 to its owner
// and keeps every other key.
func TestEntryHandsItsKeysOn(t *testing.T) {
	testapp.New(t)
	e := NewEntry(true, 3)
	var got []string
	e.OnSave = func() { got = append(got, "save") }
	e.OnLeave = func() { got = append(got, "leave") }
	e.OnEscape = func() { got = append(got, "escape") }
	e.OnF11 = func() { got = append(got, "f11") }
	for _, s := range SaveShortcuts {
		e.TypedShortcut(s)
	}
	e.TypedShortcut(LeaveShortcut)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF11})
	want := []string{"save", "save", "save", "leave", "escape", "f11"}
	if len(got) != len(want) {
		t.Fatalf("handed on %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("handed on %v, want %v", got, want)
		}
	}
	e.TypedRune('a')
	e.TypedRune('b')
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if e.Text != "ab\n" {
		t.Errorf("the entry's own keys made %q", e.Text)
	}
}

// Without an owner for a key the entry behaves as Fyne's own: Escape
// and Ctrl+W do nothing to the text, and a shortcut that is not a save is
// no save.
func TestEntryWithoutOwnersIsAPlainEntry(t *testing.T) {
	testapp.New(t)
	e := NewEntry(false, 1)
	e.SetText("kvar")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	e.TypedShortcut(LeaveShortcut)
	if e.Text != "kvar" {
		t.Errorf("the text became %q", e.Text)
	}
	if IsSaveShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyW, Modifier: fyne.KeyModifierShortcutDefault}) ||
		IsSaveShortcut(&fyne.ShortcutCopy{}) {
		t.Error("Ctrl+W or Copy is taken for a save")
	}
}

// The wheel over an entry with nothing more to show moves what is around
// it; over one with more text that way, the entry's own text.
func TestEntryWheelMovesTheFormUnlessTheTextCanScroll(t *testing.T) {
	testapp.New(t)
	e := NewEntry(true, 2)
	w := test.NewWindow(e)
	defer w.Close()
	w.Resize(fyne.NewSize(200, 120))
	moved := 0
	e.OnWheel = func(*fyne.ScrollEvent) { moved++ }
	wheel := test.WidgetRenderer(e).Objects()
	catcher, ok := wheel[len(wheel)-1].(*entryWheel)
	if !ok {
		t.Fatalf("the entry's top object is %T, not the wheel catcher", wheel[len(wheel)-1])
	}
	down := &fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -10}}
	catcher.Scrolled(down)
	if moved != 1 {
		t.Fatalf("an empty entry passed %d wheel events on, want 1", moved)
	}
	e.SetText("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12")
	catcher.Scrolled(down)
	if moved != 1 {
		t.Error("the wheel moved the form while the entry had more text below")
	}
}

// A multi-line entry without OnF10 hands F10 to its canvas, where the
// window opens its menus; with OnF10 its owner gets it.
func TestEntryPassesF10On(t *testing.T) {
	testapp.New(t)
	e := NewEntry(true, 3)
	w := test.NewWindow(e)
	defer w.Close()
	var passed []fyne.KeyName
	w.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) { passed = append(passed, k.Name) })
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF10})
	owned := false
	e.OnF10 = func() { owned = true }
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF10})
	if len(passed) != 1 || passed[0] != fyne.KeyF10 || !owned {
		t.Errorf("passed on %v, want F10 once; the owner got it: %v", passed, owned)
	}
}

// The entry tells its owner when it gets the keyboard, by Tab as when
// the window gives it the focus again.
func TestEntryTellsWhenItGetsTheKeyboard(t *testing.T) {
	testapp.New(t)
	first, e := NewEntry(false, 1), NewEntry(true, 3)
	focused := 0
	e.OnFocus = func() { focused++ }
	w := test.NewWindow(container.NewVBox(first, e))
	defer w.Close()
	c := w.Canvas()
	c.Focus(first)
	c.FocusNext()
	if c.Focused() != e || focused != 1 {
		t.Fatalf("after Tab: focused %T, OnFocus called %d times", c.Focused(), focused)
	}
	c.Unfocus()
	c.Focus(e)
	if focused != 2 {
		t.Errorf("focused again: OnFocus called %d times, want 2", focused)
	}
}
