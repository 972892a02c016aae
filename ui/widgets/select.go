package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Select is Fyne's select that hands Escape, Enter and F10, which it
// does not use, to its canvas's own key handler: in a dialog, Escape
// closes it and Enter takes its default (uikit.DialogKeys) also while
// the select has the keyboard, and in the window F10 opens the menus.
type Select struct {
	widget.Select
}

// NewSelect returns a select of options calling changed, as
// widget.NewSelect.
func NewSelect(options []string, changed func(string)) *Select {
	s := &Select{}
	s.Options = options
	s.OnChanged = changed
	s.PlaceHolder = widget.NewSelect(nil, nil).PlaceHolder
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey hands Escape, Enter and F10 on to the canvas and the rest
// to the select.
func (s *Select) TypedKey(k *fyne.KeyEvent) {
	if !PassKeyOn(s, k) {
		s.Select.TypedKey(k)
	}
}

// PassKeyOn hands Escape, Return, Enter and F10, typed into o, to the key
// handler of the canvas o is on, and tells whether it did. Fyne gives
// keys to the widget that has the focus and never to the canvas, so a
// widget that does not use these keys passes them on this way.
func PassKeyOn(o fyne.CanvasObject, k *fyne.KeyEvent) bool {
	switch k.Name {
	case fyne.KeyEscape, fyne.KeyReturn, fyne.KeyEnter, fyne.KeyF10:
	default:
		return false
	}
	app := fyne.CurrentApp()
	if app == nil {
		return false
	}
	c := app.Driver().CanvasForObject(o)
	if c == nil || c.OnTypedKey() == nil {
		return false
	}
	c.OnTypedKey()(k)
	return true
}

// Tree is Fyne's tree that hands Escape and F10, which it does not use,
// to its canvas (PassKeyOn): F10 opens the menus and Escape reaches an
// open dialog also while the tree has the keyboard. Its own keys (the
// arrows and Space) stay as they are.
type Tree struct {
	widget.Tree
}

// NewTree returns a tree, as widget.NewTree.
func NewTree(childUIDs func(widget.TreeNodeID) []widget.TreeNodeID, isBranch func(widget.TreeNodeID) bool,
	create func(bool) fyne.CanvasObject, update func(widget.TreeNodeID, bool, fyne.CanvasObject)) *Tree {
	t := &Tree{}
	t.ChildUIDs, t.IsBranch, t.CreateNode, t.UpdateNode = childUIDs, isBranch, create, update
	t.ExtendBaseWidget(t)
	return t
}

// TypedKey hands Escape and F10 on and the rest to the tree.
func (t *Tree) TypedKey(k *fyne.KeyEvent) {
	if (k.Name == fyne.KeyEscape || k.Name == fyne.KeyF10) && PassKeyOn(t, k) {
		return
	}
	t.Tree.TypedKey(k)
}
