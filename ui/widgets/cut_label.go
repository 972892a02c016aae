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
	if t := truncation(cut); l.Truncation != t {
		l.Truncation = t
		l.Refresh()
	}
}

// narrowerThanText tells whether l, at width, is too narrow for its
// whole text: the one rule of when a label here is cut.
func narrowerThanText(l *widget.Label, width float32) bool { return width < WholeWidth(l) }

func truncation(cut bool) fyne.TextTruncation {
	if cut {
		return fyne.TextTruncateEllipsis
	}
	return fyne.TextTruncateOff
}

// SetCutText sets the text of l, a label CutWhenNarrow holds, and shows
// it as RefreshCut does.
func SetCutText(l *widget.Label, text string) {
	if l.Text != text {
		l.Text = text
		RefreshCut(l)
	}
}

// RefreshCut shows l, a label CutWhenNarrow holds, after its text or
// style changed: cut if the text is now wider than the label, whole if
// not. Its holder lays it out again only when its own size changes.
func RefreshCut(l *widget.Label) {
	l.Truncation = truncation(narrowerThanText(l, l.Size().Width))
	l.Refresh()
}

// CutWhenNarrow holds l at the size it is given, cut with "…" only while
// that is narrower than its whole text. Its least width is the width of
// "…", as a label that is always cut has.
func CutWhenNarrow(l *widget.Label) fyne.CanvasObject {
	return container.New(cutLayout{l}, l)
}

// CutLabel returns the label of o, a CutWhenNarrow, as a list's update
// function finds it in its template.
func CutLabel(o fyne.CanvasObject) *widget.Label {
	return o.(*fyne.Container).Objects[0].(*widget.Label)
}

// cutLayout is CutWhenNarrow's layout.
type cutLayout struct{ l *widget.Label }

func (c cutLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	CutWhen(c.l, narrowerThanText(c.l, size.Width))
	c.l.Move(fyne.NewPos(0, 0))
	c.l.Resize(size)
}

func (c cutLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	ellipsis := fyne.MeasureText("…", theme.TextSize(), c.l.TextStyle).Width
	return fyne.NewSize(ellipsis+2*theme.InnerPadding(), c.l.MinSize().Height)
}
