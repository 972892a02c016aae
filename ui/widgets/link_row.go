package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// LinkRow is a row of a list that leads somewhere: a title in the
// primary colour and below it a line that says more, both wrapped. A
// click on it, or Enter or Space while it has the keyboard (Tab reaches
// it), calls OnTapped.
type LinkRow struct {
	widget.BaseWidget
	Title    *widget.Label
	Detail   *widget.Label
	OnTapped func()

	hovered, focused bool
}

// NewLinkRow returns a row with the title and detail given that calls
// tapped when chosen.
func NewLinkRow(title, detail string, tapped func()) *LinkRow {
	r := &LinkRow{Title: widget.NewLabel(title), Detail: widget.NewLabel(detail), OnTapped: tapped}
	r.Title.Importance = widget.HighImportance
	r.Title.Wrapping = fyne.TextWrapWord
	r.Detail.Wrapping = fyne.TextWrapWord
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer draws the labels over a background that shows the
// mouse over the row and the keyboard in it.
func (r *LinkRow) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(color.Transparent)
	// The two lines closer than two labels: they are one row.
	box := container.New(layout.NewCustomPaddedVBoxLayout(-2*theme.InnerPadding()+theme.Padding()), r.Title, r.Detail)
	return &linkRowRenderer{row: r, bg: bg, content: container.NewStack(bg, box)}
}

// Tapped chooses the row.
func (r *LinkRow) Tapped(*fyne.PointEvent) { r.choose() }

func (r *LinkRow) choose() {
	if r.OnTapped != nil {
		r.OnTapped()
	}
}

// Cursor is the pointing hand of a link.
func (r *LinkRow) Cursor() desktop.Cursor { return desktop.PointerCursor }

// MouseIn shows that the row is under the mouse.
func (r *LinkRow) MouseIn(*desktop.MouseEvent) { r.hovered = true; r.Refresh() }

// MouseMoved does nothing: the row is under the mouse still.
func (r *LinkRow) MouseMoved(*desktop.MouseEvent) {}

// MouseOut shows that the mouse has left the row.
func (r *LinkRow) MouseOut() { r.hovered = false; r.Refresh() }

// FocusGained shows that the row has the keyboard.
func (r *LinkRow) FocusGained() { r.focused = true; r.Refresh() }

// FocusLost shows that the row no longer has the keyboard.
func (r *LinkRow) FocusLost() { r.focused = false; r.Refresh() }

// TypedRune ignores letters.
func (r *LinkRow) TypedRune(rune) {}

// TypedKey chooses the row on Enter or Space.
func (r *LinkRow) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		r.choose()
	}
}

// linkRowRenderer draws a LinkRow.
type linkRowRenderer struct {
	row     *LinkRow
	bg      *canvas.Rectangle
	content *fyne.Container
}

func (l *linkRowRenderer) Layout(s fyne.Size)           { l.content.Resize(s) }
func (l *linkRowRenderer) MinSize() fyne.Size           { return l.content.MinSize() }
func (l *linkRowRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{l.content} }
func (l *linkRowRenderer) Destroy()                     {}

// FocusBorder is the width of the line drawn round a custom widget that
// has the keyboard, in the primary colour, over its focus fill: a fill
// alone is hard to tell from the mouse's hover on a projector.
const FocusBorder = 2

// Refresh colours the background for the mouse and the keyboard, and
// draws the focus border (FocusBorder) while the row has the keyboard.
func (l *linkRowRenderer) Refresh() {
	th := l.row.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	l.bg.StrokeWidth, l.bg.StrokeColor = 0, color.Transparent
	switch {
	case l.row.focused:
		l.bg.FillColor = th.Color(theme.ColorNameFocus, v)
		l.bg.StrokeWidth, l.bg.StrokeColor = FocusBorder, th.Color(theme.ColorNamePrimary, v)
	case l.row.hovered:
		l.bg.FillColor = th.Color(theme.ColorNameHover, v)
	default:
		l.bg.FillColor = color.Transparent
	}
	l.bg.CornerRadius = th.Size(theme.SizeNameSelectionRadius)
	l.bg.Refresh()
	l.row.Title.Refresh()
	l.row.Detail.Refresh()
}
