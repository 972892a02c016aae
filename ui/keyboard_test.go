package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// keyboardPress delivers a key as the desktop driver does: to the widget
// that has the focus, or to the canvas when none has.
func keyboardPress(c fyne.Canvas, name fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: name}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
	} else if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
}

// keyboardTexts returns every text drawn under o, menu items' included.
func keyboardTexts(o fyne.CanvasObject) []string {
	var out []string
	switch x := o.(type) {
	case *canvas.Text:
		out = append(out, x.Text)
	case *fyne.Container:
		for _, c := range x.Objects {
			out = append(out, keyboardTexts(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			out = append(out, keyboardTexts(c)...)
		}
	}
	return out
}

// keyboardWalk follows Tab (next) or Shift+Tab from the focus until it
// comes back to where it started, and returns what took the focus.
func keyboardWalk(t *testing.T, c fyne.Canvas, next bool) []fyne.Focusable {
	t.Helper()
	start := c.Focused()
	var seen []fyne.Focusable
	for range 300 {
		if next {
			c.FocusNext()
		} else {
			c.FocusPrevious()
		}
		f := c.Focused()
		if f == start || f == nil {
			return seen
		}
		seen = append(seen, f)
	}
	t.Fatalf("Tab never came back to %T", start)
	return nil
}

// keyboardWindow is the main window on the demo store with a draft
// intervention shown, so that every button of the toolbar is enabled.
func keyboardWindow(t *testing.T) (*MainWindow, model.Store) {
	t.Helper()
	w, s := editWindow(t)
	closeDialogs(w)
	w.Select(proposalWith(t, s, model.KindIntervention, model.StatusDraft).Ref)
	return w, s
}

// From the search field Tab reaches, in reading order, the × button, the
// four filters, the list, the toolbar, the tabs and the shown tab's content, and
// comes back to the search; Shift+Tab walks the same way backwards.
func TestTabWalksTheMainWindowInReadingOrder(t *testing.T) {
	w, _ := keyboardWindow(t)
	w.detail.tabs.SelectIndex(2) // Kommentarer, whose box takes the keyboard
	c := w.win.Canvas()
	c.Focus(w.tree.search.entry)
	forward := keyboardWalk(t, c, true)
	b := w.tree.search
	order := []fyne.Focusable{b.clear, b.status, b.problem, b.level, b.responsible, w.tree.tree,
		w.newBtn, w.editBtn, w.readyBtn, w.withdrawBtn, w.detail.tabsFocus, w.comments.entry}
	at := -1
	for _, want := range order {
		i := slices.Index(forward, want)
		if i <= at {
			t.Fatalf("Tab reaches %T at %d, after %d; the walk is %T", want, i, at, forward)
		}
		at = i
	}
	meetings := -1
	for i, f := range forward {
		if btn, ok := f.(*widgets.Button); ok && btn.Text == "Möten" {
			meetings = i
		}
	}
	if meetings < slices.Index(forward, fyne.Focusable(w.withdrawBtn)) || meetings > slices.Index(forward, fyne.Focusable(w.detail.tabsFocus)) {
		t.Errorf("Möten is at %d of the walk, not between Återta and the tabs", meetings)
	}
	backward := keyboardWalk(t, c, false)
	slices.Reverse(backward)
	if !slices.Equal(forward, backward) {
		t.Errorf("Shift+Tab walks %d stops, Tab %d, or in another order:\n%s\n%s", len(backward), len(forward), keyboardTypes(forward), keyboardTypes(backward))
	}
	// On the tabs, Right and Left choose the next and the previous tab.
	c.Focus(w.detail.tabsFocus)
	keyboardPress(c, fyne.KeyRight)
	if got := w.detail.tabs.SelectedIndex(); got != 3 {
		t.Errorf("Right on the tabs chose tab %d, want 3 after Kommentarer", got)
	}
	keyboardPress(c, fyne.KeyLeft)
	if got := w.detail.tabs.SelectedIndex(); got != 2 {
		t.Errorf("Left on the tabs chose tab %d, want Kommentarer (2) again", got)
	}
}

// Down in the search field puts the keyboard in the list and shows its
// first row; after a search, the first hit.
func TestDownFromTheSearchSelectsTheFirstProposal(t *testing.T) {
	w, s := keyboardWindow(t)
	c := w.win.Canvas()
	w.tree.focusSearch(c)
	keyboardPress(c, fyne.KeyDown)
	if c.Focused() != w.tree.tree {
		t.Fatalf("Down left the focus on %T", c.Focused())
	}
	areas, err := s.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if first := w.tree.children[""][0]; w.detail.shown.Ref != first {
		t.Errorf("Down shows %q, want the first row %q (of %d proposals)", w.detail.shown.Ref, first, len(areas))
	}

	w.tree.focusSearch(c)
	w.tree.search.entry.SetText("")
	w.tree.textChanged("")
	w.tree.query = "1.2"
	w.tree.hits = map[int64]bool{proposalByRef(t, s, "1.2").ID: true}
	w.tree.apply()
	keyboardPress(c, fyne.KeyDown)
	if w.detail.shown.Ref != "1.2" {
		t.Errorf("Down after a search shows %q, want the hit 1.2", w.detail.shown.Ref)
	}
}

// Tab leaves the comment box without typing into it; Ctrl+Tab types a
// tab there.
func TestTabLeavesTheCommentBoxAndCtrlTabTypesATab(t *testing.T) {
	w, _ := keyboardWindow(t)
	w.detail.tabs.SelectIndex(2)
	c := w.win.Canvas()
	e := w.comments.entry
	c.Focus(e)
	e.SetText("Fråga")
	if e.AcceptsTab() {
		t.Fatal("the comment box keeps Tab, so the window types it instead of moving on")
	}
	c.FocusNext()
	if c.Focused() == e || e.Text != "Fråga" {
		t.Errorf("after Tab the focus is on %T and the box holds %q", c.Focused(), e.Text)
	}
	c.Focus(e)
	c.FocusPrevious()
	if c.Focused() == e {
		t.Error("Shift+Tab stayed in the comment box")
	}
	e.CursorColumn = len([]rune(e.Text))
	e.TypedShortcut(widgets.InsertTabShortcut)
	if e.Text != "Fråga\t" {
		t.Errorf("Ctrl+Tab made %q", e.Text)
	}
}

// Ctrl+1 … Ctrl+5 choose the proposal's tabs, which take no focus: from
// the canvas, and as the shortcuts of Visa → Flik, which work while a field
// has the keyboard. On an approved proposal Uppföljning sits between
// Beslut and Historik, and Ctrl+5 is still Historik.
func TestCtrlDigitChoosesATab(t *testing.T) {
	w, s := keyboardWindow(t)
	want := []string{"Översikt", "Evidens", "Kommentarer", "Beslut", "Historik"}
	for i := range tabShortcuts {
		w.win.Canvas().(fyne.Shortcutable).TypedShortcut(tabShortcuts[i])
		if got := w.detail.tabs.Selected().Text; got != want[i] {
			t.Errorf("Ctrl+%d shows %s", i+1, got)
		}
	}
	w.Select(proposalWith(t, s, model.KindIntervention, model.StatusDecided).Ref)
	for i, name := range want {
		item := menuItem(t, w.win.MainMenu(), "Visa", "Flik", name)
		if item.Shortcut == nil || item.Shortcut.ShortcutName() != tabShortcuts[i].ShortcutName() {
			t.Fatalf("Visa → Flik → %s has the shortcut %v", name, item.Shortcut)
		}
		w.detail.tabs.SelectIndex(0)
		item.Action()
		if got := w.detail.tabs.Selected().Text; got != name {
			t.Errorf("Visa → Flik → %s shows %s", name, got)
		}
	}
}

// F10 opens the menus wherever the keyboard is: from the window, the
// search field, a filter, the list, the toolbar's buttons, the tabs, the
// comment box and a button in the tab; Escape closes them.
func TestF10OpensTheMenus(t *testing.T) {
	w, _ := keyboardWindow(t)
	c := w.win.Canvas()
	w.detail.tabs.SelectIndex(2) // Kommentarer, with its Skicka
	for _, from := range []fyne.Focusable{nil, w.tree.search.entry, w.tree.search.clear, w.tree.search.status,
		w.tree.tree, w.newBtn, w.editBtn, w.detail.tabsFocus, w.comments.entry, w.comments.send} {
		c.Unfocus()
		if from != nil {
			c.Focus(from)
		}
		keyboardPress(c, fyne.KeyF10)
		pop := c.Overlays().Top()
		if _, ok := c.Focused().(*widget.PopUpMenu); !ok || pop == nil {
			t.Errorf("F10 from %T opened %T, focused %T", from, pop, c.Focused())
			continue
		}
		if shown := strings.Join(keyboardTexts(pop), " "); !strings.Contains(shown, "Arkiv") || !strings.Contains(shown, "Hjälp") {
			t.Errorf("the menu shows %q", shown)
		}
		keyboardPress(c, fyne.KeyEscape)
		if c.Overlays().Top() != nil {
			t.Errorf("Escape left %T open", c.Overlays().Top())
		}
	}
}

// Hjälp → Kortkommandon lists the window's keys, in both languages.
func TestShortcutsListTheWindowsKeys(t *testing.T) {
	w, _ := keyboardWindow(t)
	t.Cleanup(func() { _ = SetLanguage(model.Swedish) })
	for _, l := range []model.Language{model.Swedish, model.English} {
		if err := SetLanguage(l); err != nil {
			t.Fatal(err)
		}
		closeDialogs(w)
		w.showShortcuts()
		shown := strings.Join(texts(topOverlay(w)), "\n")
		for _, key := range []string{"Tab / ", "Ctrl+Tab", "Ctrl+1–5", "F10", "Esc"} {
			if !strings.Contains(shown, key) {
				t.Errorf("%s: Kortkommandon lacks %s:\n%s", l, key, shown)
			}
		}
	}
}

// keyboardTypes names the types of what took the focus, for a message.
func keyboardTypes(fs []fyne.Focusable) string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%T", f))
	}
	return strings.Join(out, " ")
}
