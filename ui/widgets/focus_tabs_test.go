package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
)

// Tab reaches the tabs between the entry before them and the entry in the
// shown tab; the arrows choose a tab; the border shows only while they
// have the keyboard; hidden tabs are no stop.
func TestFocusTabsTakeTheKeyboardBetweenWhatSurroundsThem(t *testing.T) {
	testapp.New(t)
	before, inside := widget.NewEntry(), widget.NewEntry()
	tabs := container.NewAppTabs(container.NewTabItem("Översikt", inside), container.NewTabItem("Evidens", widget.NewLabel("e")),
		container.NewTabItem("Kommentarer", widget.NewLabel("k")))
	f := NewFocusTabs(tabs)
	w := test.NewWindow(container.NewBorder(before, nil, nil, nil, f.Content()))
	defer w.Close()
	w.Resize(fyne.NewSize(500, 300))
	c := w.Canvas()
	c.Focus(before)
	c.FocusNext()
	if c.Focused() != f || !f.border.Visible() {
		t.Fatalf("Tab from the entry before went to %T", c.Focused())
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if got := tabs.SelectedIndex(); got != 2 {
		t.Errorf("three Rights chose tab %d, want the last, 2", got)
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if got := tabs.SelectedIndex(); got != 0 {
		t.Errorf("Home chose tab %d", got)
	}
	c.FocusNext()
	if c.Focused() != inside || f.border.Visible() {
		t.Errorf("Tab from the tabs went to %T, border shown %v", c.Focused(), f.border.Visible())
	}
	c.FocusPrevious()
	if c.Focused() != f {
		t.Errorf("Shift+Tab from the tab's content went to %T, not the tabs", c.Focused())
	}
	tabs.Hide()
	c.Focus(before)
	c.FocusNext()
	if c.Focused() == f {
		t.Error("hidden tabs took the focus")
	}
}
