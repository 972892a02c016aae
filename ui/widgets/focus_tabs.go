package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// FocusTabs makes a tab container reachable with the keyboard: Fyne's
// AppTabs take no focus, so Tab went from what stands before the tabs
// straight into the shown tab's content. FocusTabs takes the focus in
// between, draws a border round the tabs while it has it, and Left and
// Right (Home and End) choose the tab before or after (the first or the
// last). It is shown and hidden with its tabs. It stands beside the tabs,
// not round them (Content), since Fyne's Shift+Tab reaches a widget after
// what is inside it.
type FocusTabs struct {
	widget.BaseWidget
	Tabs    *container.AppTabs
	border  *canvas.Rectangle
	focused bool
}

// NewFocusTabs wraps tabs.
func NewFocusTabs(tabs *container.AppTabs) *FocusTabs {
	f := &FocusTabs{Tabs: tabs, border: canvas.NewRectangle(nil)}
	f.border.StrokeWidth = 2
	f.border.Hide()
	f.ExtendBaseWidget(f)
	return f
}

// Visible follows the tabs, so that hidden tabs are not a stop for Tab.
func (f *FocusTabs) Visible() bool { return f.Tabs.Visible() }

// Content is what a window shows: the tabs, this stop before them in the
// Tab order, and the focus border over them.
func (f *FocusTabs) Content() fyne.CanvasObject {
	return container.NewStack(f, f.Tabs, f.border)
}

// CreateRenderer draws nothing: the border is drawn over the tabs
// (Content).
func (f *FocusTabs) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack())
}

// FocusGained shows the border.
func (f *FocusTabs) FocusGained() {
	f.focused = true
	f.border.StrokeColor = theme.Color(theme.ColorNamePrimary)
	f.border.Show()
	f.border.Refresh()
}

// FocusLost hides the border.
func (f *FocusTabs) FocusLost() {
	f.focused = false
	f.border.Hide()
}

// Focused tells whether the tabs have the keyboard.
func (f *FocusTabs) Focused() bool { return f.focused }

// TypedKey chooses a tab with the arrow keys, Home and End, and hands
// Escape, Enter and F10 on (PassKeyOn).
func (f *FocusTabs) TypedKey(e *fyne.KeyEvent) {
	n, i := len(f.Tabs.Items), f.Tabs.SelectedIndex()
	if n == 0 {
		PassKeyOn(f, e)
		return
	}
	switch e.Name {
	case fyne.KeyLeft:
		i = max(0, i-1)
	case fyne.KeyRight:
		i = min(n-1, i+1)
	case fyne.KeyHome:
		i = 0
	case fyne.KeyEnd:
		i = n - 1
	default:
		PassKeyOn(f, e)
		return
	}
	f.Tabs.SelectIndex(i)
}

// TypedRune does nothing: letters are not for the tabs.
func (f *FocusTabs) TypedRune(rune) {}
