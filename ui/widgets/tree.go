package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

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
