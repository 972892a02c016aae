package widgets

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A label cut with Fyne's "…" is shaped anew at every refresh, with the
// typeface read again after each change of theme, whether its text fits
// or not. The labels below are cut only while they are given less than
// their whole width.

// WholeWidth is the width at which l shows its whole text on one line:
// rounded up, and a pixel more, so that the label does not cut its own
// text for a fraction of a pixel.
func WholeWidth(l *widget.Label) float32 {
	if l.Text == "" {
		return 0
	}
	w := fyne.MeasureText(l.Text, theme.TextSize(), l.TextStyle).Width
	return float32(math.Ceil(float64(w))) + 2*theme.InnerPadding() + 1
}

// CutWhen gives l Fyne's "…" while cut holds, and refreshes it only when
// that changes.
func CutWhen(l *widget.Label, cut bool) {
	t := fyne.TextTruncateOff
	if cut {
		t = fyne.TextTruncateEllipsis
	}
	if l.Truncation != t {
		l.Truncation = t
		l.Refresh()
	}
}

// CutWhenNarrow holds l at the size it is given, cut with "…" only while
// that is narrower than its whole text. Its least width is the width of
// "…", as a label that is always cut has.
func CutWhenNarrow(l *widget.Label) fyne.CanvasObject {
	return container.New(cutLayout{l}, l)
}

// cutLayout is CutWhenNarrow's layout.
type cutLayout struct{ l *widget.Label }

func (c cutLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	CutWhen(c.l, size.Width < WholeWidth(c.l))
	c.l.Move(fyne.NewPos(0, 0))
	c.l.Resize(size)
}

func (c cutLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	ellipsis := fyne.MeasureText("…", theme.TextSize(), c.l.TextStyle).Width
	return fyne.NewSize(ellipsis+2*theme.InnerPadding(), c.l.MinSize().Height)
}
