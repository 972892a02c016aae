package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// topThenCenter lays top above center as container.NewBorder does, but
// holds top first, so that Tab, which follows the order the objects are
// held in, reaches what stands above before what stands below
// (container.NewBorder holds the center first).
func topThenCenter(top, center fyne.CanvasObject) *fyne.Container {
	return container.New(layout.NewBorderLayout(top, nil, nil, nil), top, center)
}

// tabShortcuts are Ctrl+1 … Ctrl+5, which show the proposal's tabs in
// their order: Fyne's tabs do not take the keyboard focus.
var tabShortcuts = []*desktop.CustomShortcut{
	{KeyName: fyne.Key1, Modifier: fyne.KeyModifierShortcutDefault},
	{KeyName: fyne.Key2, Modifier: fyne.KeyModifierShortcutDefault},
	{KeyName: fyne.Key3, Modifier: fyne.KeyModifierShortcutDefault},
	{KeyName: fyne.Key4, Modifier: fyne.KeyModifierShortcutDefault},
	{KeyName: fyne.Key5, Modifier: fyne.KeyModifierShortcutDefault},
}

// tabKeys are the labels of the tabs Ctrl+1 … Ctrl+5 show.
var tabKeys = []string{"tab.overview", "tab.evidence", "tab.comments", "tab.decisions", "tab.history"}

// tabMenuItem is Visa → Flik, whose items show the proposal's tabs with
// Ctrl+1 … Ctrl+5. Being the menu's shortcuts, they work also while a
// field has the keyboard (a shortcut of the canvas alone reaches no
// further than a focused entry, which keeps it).
func (w *MainWindow) tabMenuItem() *fyne.MenuItem {
	var items []*fyne.MenuItem
	for i, s := range tabShortcuts {
		item := fyne.NewMenuItem(lang.L(tabKeys[i]), func() { w.showTab(i) })
		item.Shortcut = s
		items = append(items, item)
	}
	tab := fyne.NewMenuItem(lang.L("menu.tab"), nil)
	tab.ChildMenu = fyne.NewMenu(lang.L("menu.tab"), items...)
	return tab
}

// addKeyboard makes the keys of the window that no menu item names work:
// F10 opens the menus, from the canvas and from the app's widgets, which
// pass it on (widgets.PassKeyOn: the list, buttons, selects, the tabs'
// focus stop, fields); the menu's shortcuts (Visa → Flik's
// Ctrl+1 … Ctrl+5 among them) are the canvas's too, for a window whose
// menu is the system's.
func (w *MainWindow) addKeyboard() {
	c := w.win.Canvas()
	for i, s := range tabShortcuts {
		c.AddShortcut(s, func(fyne.Shortcut) { w.showTab(i) })
	}
	c.SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == fyne.KeyF10 {
			w.openMenu()
		}
	})
}

// searchKeys has the search field pass F10 on to the menus and move into
// the list on Down; build calls it for each new search field.
func (w *MainWindow) searchKeys() {
	w.tree.search.entry.OnF10 = w.openMenu
	w.tree.search.entry.OnDown = func() { w.tree.enterList(w.win.Canvas()) }
}

// showTab shows the proposal's tab that Ctrl+i+1 names (tabKeys), when a
// proposal is shown. Uppföljning, which comes and goes, has no key of its
// own, so that the others keep theirs.
func (w *MainWindow) showTab(i int) {
	v := w.detail
	named := []*container.TabItem{v.overviewTab, v.evidenceTab, v.commentsTab, v.decisionsTab, v.historyTab}
	if v.tabs == nil || !v.tabs.Visible() || i >= len(named) || named[i] == nil {
		return
	}
	v.tabs.Select(named[i])
}

// openMenu opens the menu bar from the keyboard. Fyne draws its own menu
// bar on Linux and Windows and opens it on Alt; its canvas has a
// ToggleMenu method (not in fyne.Canvas), which F10 calls. Where the
// canvas has none (a test's, or a system menu bar), a pop-up menu with the
// window's menus as its items opens at the top left, focused, so that the
// arrow keys, Enter and Escape work in it.
func (w *MainWindow) openMenu() {
	c := w.win.Canvas()
	if t, ok := c.(interface{ ToggleMenu() }); ok {
		t.ToggleMenu()
		return
	}
	main := w.win.MainMenu()
	if main == nil {
		return
	}
	var items []*fyne.MenuItem
	for _, m := range main.Items {
		item := fyne.NewMenuItem(m.Label, nil)
		item.ChildMenu = m
		items = append(items, item)
	}
	pop := widget.NewPopUpMenu(fyne.NewMenu("", items...), c)
	pop.ShowAtPosition(fyne.NewPos(0, 0))
	c.Focus(pop)
}

// enterList moves the keyboard from the search field into the list: the
// tree takes the focus and its first row that is shown for itself (not
// an area greyed because only something under it matched) is selected.
func (t *proposalTree) enterList(c fyne.Canvas) {
	id, ok := t.firstShown("")
	if !ok {
		return
	}
	c.Focus(t.tree)
	t.tree.ScrollTo(id)
	t.tree.Select(id)
}

// firstShown returns the first row under parent, in the tree's order,
// that is shown for itself.
func (t *proposalTree) firstShown(parent widget.TreeNodeID) (widget.TreeNodeID, bool) {
	for _, id := range t.children[parent] {
		if !t.dimmed[id] {
			return id, true
		}
		if t.tree.IsBranchOpen(id) {
			if c, ok := t.firstShown(id); ok {
				return c, true
			}
		}
	}
	return "", false
}
