package widgets

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TreeRow is one row of a tree: a title (a proposal's ref and title) on
// the left, a status on the right; what does not fit ends in "…", and
// the status never takes more than statusShare of the row.
type TreeRow struct {
	widget.BaseWidget
	Title  *widget.Label
	Status *widget.Label
}

// NewTreeRow returns a row with empty, truncating labels.
func NewTreeRow() *TreeRow {
	n := &TreeRow{Title: widget.NewLabel(""), Status: widget.NewLabel("")}
	n.Title.Truncation = fyne.TextTruncateEllipsis
	n.Status.Truncation = fyne.TextTruncateEllipsis
	n.ExtendBaseWidget(n)
	return n
}

// CreateRenderer lays the status out at the row's right end, leaving the
// rest to the title (see rowLayout).
func (n *TreeRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(rowLayout{n}, n.Title, n.Status))
}

// statusShare is the most of a row's width the status takes: at the
// larger text sizes, or in a narrow pane, a long status ("Beslutat –
// godkänt med villkor") would otherwise leave no room for the title.
const statusShare = 0.6

// rowLayout gives a tree row's status its whole width, up to statusShare
// of the row, and the title the rest; what does not fit ends in "…".
type rowLayout struct{ n *TreeRow }

// Layout places the title on the left and the status on the right.
func (l rowLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	sw := min(l.statusWidth(), size.Width*statusShare)
	l.n.Title.Move(fyne.NewPos(0, 0))
	l.n.Title.Resize(fyne.NewSize(max(0, size.Width-sw-theme.Padding()), size.Height))
	l.n.Status.Move(fyne.NewPos(size.Width-sw, 0))
	l.n.Status.Resize(fyne.NewSize(sw, size.Height))
}

// MinSize is as small as the two truncated labels.
func (l rowLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	t, s := l.n.Title.MinSize(), l.n.Status.MinSize()
	return fyne.NewSize(t.Width+s.Width, max(t.Height, s.Height))
}

// statusWidth is the status label's width with its whole text.
func (l rowLayout) statusWidth() float32 {
	s := l.n.Status
	if s.Text == "" {
		return 0
	}
	// Rounded up, and a pixel more, so that the label does not cut its
	// own text for a fraction of a pixel.
	return float32(math.Ceil(float64(fyne.MeasureText(s.Text, theme.TextSize(), s.TextStyle).Width))) + 2*theme.InnerPadding() + 1
}
