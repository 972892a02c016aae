package widgets

import (
	"image/color"
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// Entry is a text entry that hands keys on (meeting mode's decision
// form, a dialog's search field, the signing identity picker). Fyne hands
// keys to the entry that has the focus and not to the window, so the
// entry itself saves on Ctrl+Enter (and Ctrl+S), leaves on Ctrl+W, gives
// the keyboard back to the window on Esc, and passes F11 on to toggle
// full screen. Tab and Shift+Tab move the focus on even from a multi-line
// entry, and Ctrl+Tab types a tab there (InsertTab). Down in a one-line
// entry calls OnDown (the search field moves into its list). The mouse wheel
// over it moves the form around it (OnWheel) unless the entry itself has
// more text to show in that direction.
type Entry struct {
	widget.Entry
	OnSave   func()                  // Ctrl+Enter or Ctrl+S
	OnLeave  func()                  // Ctrl+W
	OnEscape func()                  // Esc
	OnF11    func()                  // F11
	OnF10    func()                  // F10, which opens the menus
	OnDown   func()                  // Down, in a one-line entry
	OnWheel  func(*fyne.ScrollEvent) // the wheel, when the entry has no more to show that way
	OnFocus  func()                  // the entry has the keyboard now (Tab or a click)
}

// FocusGained tells OnFocus that the entry has the keyboard, so that a
// form that scrolls can bring it into view.
func (e *Entry) FocusGained() {
	e.Entry.FocusGained()
	if e.OnFocus != nil {
		e.OnFocus()
	}
}

// NewEntry returns an entry of one line, or of rows visible lines of
// wrapping text when multiLine.
func NewEntry(multiLine bool, rows int) *Entry {
	e := &Entry{}
	e.MultiLine = multiLine
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewEntry
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(rows)
	}
	e.ExtendBaseWidget(e)
	return e
}

// IsSaveShortcut tells whether s is Ctrl+Enter or Ctrl+S (Cmd on a Mac).
func IsSaveShortcut(s fyne.Shortcut) bool {
	c, ok := s.(*desktop.CustomShortcut)
	if !ok || c.Modifier != fyne.KeyModifierShortcutDefault {
		return false
	}
	return c.KeyName == fyne.KeyReturn || c.KeyName == fyne.KeyEnter || c.KeyName == fyne.KeyS
}

// SaveShortcuts are the window's shortcuts that save the decision when no
// entry has the keyboard.
var SaveShortcuts = []*desktop.CustomShortcut{
	{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault},
	{KeyName: fyne.KeyEnter, Modifier: fyne.KeyModifierShortcutDefault},
	{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault},
}

// LeaveShortcut is Ctrl+W, which leaves meeting mode (Avsluta mötesläge).
var LeaveShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyW, Modifier: fyne.KeyModifierShortcutDefault}

// InsertTabShortcut is Ctrl+Tab, which types a tab in a multi-line entry
// where Tab moves the focus on.
var InsertTabShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyTab, Modifier: fyne.KeyModifierControl}

// InsertTab types a tab into e when s is Ctrl+Tab and e has several
// lines, and tells whether it did.
func InsertTab(e *widget.Entry, s fyne.Shortcut) bool {
	if !e.MultiLine || s.ShortcutName() != InsertTabShortcut.ShortcutName() {
		return false
	}
	e.TypedRune('\t')
	return true
}

// AcceptsTab is false, so that Tab and Shift+Tab leave even a multi-line
// entry; Ctrl+Tab types the tab (TypedShortcut).
func (e *Entry) AcceptsTab() bool { return false }

// TypedShortcut saves on Ctrl+Enter, leaves on Ctrl+W, types a tab on
// Ctrl+Tab and leaves the rest to the entry.
func (e *Entry) TypedShortcut(s fyne.Shortcut) {
	switch {
	case InsertTab(&e.Entry, s):
	case IsSaveShortcut(s) && e.OnSave != nil:
		e.OnSave()
	case s.ShortcutName() == LeaveShortcut.ShortcutName() && e.OnLeave != nil:
		e.OnLeave()
	default:
		e.Entry.TypedShortcut(s)
	}
}

// TypedKey lets go of the keyboard on Esc, toggles full screen on F11,
// opens the menus on F10 and hands Down in a one-line entry to OnDown.
// Without OnEscape, Esc goes to the canvas (PassKeyOn: a dialog closes),
// as Enter does from a one-line entry without OnSubmitted, and F10
// without OnF10 (the window opens its menus).
func (e *Entry) TypedKey(k *fyne.KeyEvent) {
	switch {
	case k.Name == fyne.KeyEscape && e.OnEscape != nil:
		e.OnEscape()
	case k.Name == fyne.KeyF11 && e.OnF11 != nil:
		e.OnF11()
	case k.Name == fyne.KeyF10 && e.OnF10 != nil:
		e.OnF10()
	case k.Name == fyne.KeyDown && !e.MultiLine && e.OnDown != nil:
		e.OnDown()
	case (k.Name == fyne.KeyEscape || k.Name == fyne.KeyF10) && PassKeyOn(e, k):
	case (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) && !e.MultiLine && e.OnSubmitted == nil && PassKeyOn(e, k):
	default:
		e.Entry.TypedKey(k)
	}
}

// CreateRenderer draws the entry with a wheel catcher over it (entryWheel).
func (e *Entry) CreateRenderer() fyne.WidgetRenderer {
	r := e.Entry.CreateRenderer()
	w := &entryWheel{entry: e}
	for _, o := range r.Objects() {
		if s, ok := o.(fyne.Scrollable); ok {
			w.inner = s
		}
	}
	w.ExtendBaseWidget(w)
	return &wheelRenderer{WidgetRenderer: r, wheel: w}
}

// wheelRenderer is the entry's own renderer with the wheel catcher on top.
type wheelRenderer struct {
	fyne.WidgetRenderer
	wheel *entryWheel
}

func (r *wheelRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.wheel.Resize(size)
}

func (r *wheelRenderer) Objects() []fyne.CanvasObject {
	objs := r.WidgetRenderer.Objects()
	return append(objs[:len(objs):len(objs)], r.wheel)
}

// entryWheel lies over a Entry and takes the mouse wheel, which
// Fyne gives to the innermost scroll under the pointer: every wrapping
// entry has a scroll of its own, which would swallow the wheel even with
// nothing to scroll, so the form could not be scrolled over a field. The
// entry's scroll moves while it has text to show in that direction, the
// form around it otherwise.
type entryWheel struct {
	widget.BaseWidget
	entry *Entry
	inner fyne.Scrollable // the entry's own scroll
}

// CreateRenderer draws nothing: the catcher is transparent.
func (w *entryWheel) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// Scrolled moves the entry's text or the form around it.
func (w *entryWheel) Scrolled(ev *fyne.ScrollEvent) {
	switch {
	case w.inner != nil && (w.entry.OnWheel == nil || canScrollFurther(w.inner, ev.Scrolled.DY)):
		w.inner.Scrolled(ev)
	case w.entry.OnWheel != nil:
		w.entry.OnWheel(ev)
	}
}

// canScrollFurther tells whether the scroll s (Fyne's own, whose type is
// internal: read through its exported Offset and Content) has more to
// show in the direction of dy: up for dy > 0, down for dy < 0.
func canScrollFurther(s fyne.Scrollable, dy float32) bool {
	v := reflect.ValueOf(s)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return false
	}
	off, content := v.Elem().FieldByName("Offset"), v.Elem().FieldByName("Content")
	if !off.IsValid() || !content.IsValid() {
		return false
	}
	o, ok := off.Interface().(fyne.Position)
	c, ok2 := content.Interface().(fyne.CanvasObject)
	view, ok3 := s.(fyne.CanvasObject)
	if !ok || !ok2 || !ok3 || c == nil {
		return false
	}
	const slack = 0.5
	switch {
	case dy < 0:
		return o.Y+view.Size().Height < c.Size().Height-slack
	case dy > 0:
		return o.Y > slack
	}
	return false
}
