package uikit

import (
	"slices"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// DialogKeys makes Escape hide d while it is shown, and Enter call enter
// (or hide d too, when enter is nil), when no field has the keyboard.
// When d closes, the canvas gets its own key handler back and closed, if
// any, is called. Fyne's custom dialogs take no keys by themselves.
func DialogKeys(d dialog.Dialog, c fyne.Canvas, enter, closed func()) {
	EscapeKeys(d, c, d.Hide, enter, closed)
}

// EscapeKeys is DialogKeys for a dialog whose Escape asks before it
// closes (the edit form with unsaved changes): Escape calls escape.
//
// The keys go to the dialog opened last that is still open: a dialog
// opened as another closes (the import's "Klart" as its preview's
// Importera is pressed) keeps its keys when the first one's close comes
// after its opening.
func EscapeKeys(d dialog.Dialog, c fyne.Canvas, escape, enter, closed func()) {
	k := &dialogKeys{escape: escape, enter: enter, hide: d.Hide}
	stacks.Lock()
	s := stacks.m[c]
	if s == nil {
		s = &keyStack{before: c.OnTypedKey()}
		stacks.m[c] = s
	}
	s.keys = append(s.keys, k)
	stacks.Unlock()
	c.SetOnTypedKey(s.typed)
	d.SetOnClosed(func() {
		stacks.Lock()
		s.keys = slices.DeleteFunc(s.keys, func(x *dialogKeys) bool { return x == k })
		last := len(s.keys) == 0
		if last && stacks.m[c] == s {
			delete(stacks.m, c)
		}
		stacks.Unlock()
		if last {
			c.SetOnTypedKey(s.before)
		}
		if closed != nil {
			closed()
		}
	})
}

// dialogKeys is what Escape and Enter do in one open dialog.
type dialogKeys struct {
	escape, enter, hide func()
}

// keyStack holds the keys of a canvas's open dialogs, the last opened on
// top, and the canvas's own key handler from before the first.
type keyStack struct {
	before func(*fyne.KeyEvent)
	keys   []*dialogKeys
}

// stacks are the canvases' open dialogs' keys.
var stacks = struct {
	sync.Mutex
	m map[fyne.Canvas]*keyStack
}{m: map[fyne.Canvas]*keyStack{}}

// typed hands Escape and Enter to the top dialog.
func (s *keyStack) typed(e *fyne.KeyEvent) {
	stacks.Lock()
	var k *dialogKeys
	if n := len(s.keys); n > 0 {
		k = s.keys[n-1]
	}
	stacks.Unlock()
	if k == nil {
		return
	}
	switch e.Name {
	case fyne.KeyEscape:
		k.escape()
	case fyne.KeyReturn, fyne.KeyEnter:
		if k.enter != nil {
			k.enter()
		} else {
			k.hide()
		}
	}
}
