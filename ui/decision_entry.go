package ui

import (
	"image/color"
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// decisionEntry is an entry of meeting mode's decision form (and of a
// dialog's search field). Fyne hands keys to the entry that has the focus
// and not to the window, so the entry itself saves on Ctrl+Enter (and
// Ctrl+S), leaves meeting mode on Ctrl+W, gives the keyboard back to the
// window on Esc, and passes F11 on to toggle full screen. The mouse wheel
// over it moves the form around it (onWheel) unless the entry itself has
// more text to show in that direction.
type decisionEntry struct {
	widget.Entry
	onSave   func()
	onLeave  func()
	onEscape func()
	onF11    func()
	onWheel  func(*fyne.ScrollEvent)
}

func newDecisionEntry(multiLine bool, rows int) *decisionEntry {
	e := &decisionEntry{}
	e.MultiLine = multiLine
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewEntry
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(rows)
	}
	e.ExtendBaseWidget(e)
	return e
}

// isSaveShortcut tells whether s is Ctrl+Enter or Ctrl+S (Cmd on a Mac).
func isSaveShortcut(s fyne.Shortcut) bool {
	c, ok := s.(*desktop.CustomShortcut)
	if !ok || c.Modifier != fyne.KeyModifierShortcutDefault {
		return false
	}
	return c.KeyName == fyne.KeyReturn || c.KeyName == fyne.KeyEnter || c.KeyName == fyne.KeyS
}

// saveShortcuts are the window's shortcuts that save the decision when no
// entry has the keyboard.
var saveShortcuts = []*desktop.CustomShortcut{
	{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault},
	{KeyName: fyne.KeyEnter, Modifier: fyne.KeyModifierShortcutDefault},
	{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault},
}

// leaveShortcut is Ctrl+W, which leaves meeting mode (Avsluta mötesläge).
var leaveShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyW, Modifier: fyne.KeyModifierShortcutDefault}

// TypedShortcut saves on Ctrl+Enter, leaves on Ctrl+W and leaves the rest
// to the entry.
func (e *decisionEntry) TypedShortcut(s fyne.Shortcut) {
	switch {
	case isSaveShortcut(s) && e.onSave != nil:
		e.onSave()
	case s.ShortcutName() == leaveShortcut.ShortcutName() && e.onLeave != nil:
		e.onLeave()
	default:
		e.Entry.TypedShortcut(s)
	}
}

// TypedKey lets go of the keyboard on Esc and toggles full screen on F11.
func (e *decisionEntry) TypedKey(k *fyne.KeyEvent) {
	switch {
	case k.Name == fyne.KeyEscape && e.onEscape != nil:
		e.onEscape()
	case k.Name == fyne.KeyF11 && e.onF11 != nil:
		e.onF11()
	default:
		e.Entry.TypedKey(k)
	}
}

// CreateRenderer draws the entry with a wheel catcher over it (entryWheel).
func (e *decisionEntry) CreateRenderer() fyne.WidgetRenderer {
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

// entryWheel lies over a decisionEntry and takes the mouse wheel, which
// Fyne gives to the innermost scroll under the pointer: every wrapping
// entry has a scroll of its own, which would swallow the wheel even with
// nothing to scroll, so the form could not be scrolled over a field. The
// entry's scroll moves while it has text to show in that direction, the
// form around it otherwise.
type entryWheel struct {
	widget.BaseWidget
	entry *decisionEntry
	inner fyne.Scrollable // the entry's own scroll
}

// CreateRenderer draws nothing: the catcher is transparent.
func (w *entryWheel) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// Scrolled moves the entry's text or the form around it.
func (w *entryWheel) Scrolled(ev *fyne.ScrollEvent) {
	switch {
	case w.inner != nil && (w.entry.onWheel == nil || canScrollFurther(w.inner, ev.Scrolled.DY)):
		w.inner.Scrolled(ev)
	case w.entry.onWheel != nil:
		w.entry.onWheel(ev)
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
