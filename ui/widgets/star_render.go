package widgets

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"github.com/styrgrupp/styrgrupp/model"
)

// starRenderer draws a StarChart: the rings and spokes, the two shapes
// with their markers, the numbers at each point and the legend.
type starRenderer struct {
	chart   *StarChart
	objects []fyne.CanvasObject

	fill                         *canvas.Raster
	grid                         []*canvas.Line // rings, then spokes
	proposedLines, approvedLines []*canvas.Line
	proposedDots                 []*canvas.Circle
	approvedDots                 []*canvas.Rectangle
	labels                       [][3]*canvas.Text // name, proposed, approved

	legendProposedLine, legendApprovedLine *canvas.Line
	legendProposedDot                      *canvas.Circle
	legendApprovedDot                      *canvas.Rectangle
	legendProposed, legendApproved         *canvas.Text

	// set by Layout, read by the raster
	size                       fyne.Size
	proposedPoly, approvedPoly []fyne.Position
	proposedFill, approvedFill color.RGBA // premultiplied, as the painters expect
}

func (r *starRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *starRenderer) Destroy()                     {}
func (r *starRenderer) MinSize() fyne.Size           { return r.chart.MinSize() }

// Refresh sets texts and colours from the values and the current theme,
// then lays the chart out again.
func (r *starRenderer) Refresh() {
	th := r.chart.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fg := th.Color(theme.ColorNameForeground, v)
	primary := th.Color(theme.ColorNamePrimary, v)
	success := th.Color(theme.ColorNameSuccess, v)
	gridColor := withAlpha(fg, 0x50)
	size := th.Size(theme.SizeNameText)

	for _, l := range r.grid {
		l.StrokeColor = gridColor
		l.StrokeWidth = 1
	}
	for i := range r.proposedLines {
		r.proposedLines[i].StrokeColor, r.proposedLines[i].StrokeWidth = primary, 2
		r.approvedLines[i].StrokeColor, r.approvedLines[i].StrokeWidth = success, 2
		r.proposedDots[i].FillColor = primary
		r.approvedDots[i].FillColor = success
	}
	for i, l := range r.labels {
		val := StarValue{}
		if i < len(r.chart.values) {
			val = r.chart.values[i]
		}
		l[0].Text = model.ProblemAreas[i].Label(r.chart.language())
		l[1].Text = proposedCount(val.Proposed)
		l[2].Text = ApprovedCount(val.Approved)
		for _, t := range l {
			t.Color, t.TextSize = fg, size
		}
	}
	r.legendProposedLine.StrokeColor, r.legendProposedLine.StrokeWidth = primary, 2
	r.legendApprovedLine.StrokeColor, r.legendApprovedLine.StrokeWidth = success, 2
	r.legendProposedDot.FillColor = primary
	r.legendApprovedDot.FillColor = success
	r.legendProposed.Text = lang.L("overview.star.legend_proposed")
	r.legendApproved.Text = lang.L("overview.star.legend_approved")
	for _, t := range []*canvas.Text{r.legendProposed, r.legendApproved} {
		t.Color, t.TextSize = fg, size
	}
	r.proposedFill = color.RGBAModel.Convert(withAlpha(primary, 0x40)).(color.RGBA)
	r.approvedFill = color.RGBAModel.Convert(withAlpha(success, 0x80)).(color.RGBA)

	r.Layout(r.chart.Size())
	for _, o := range r.objects {
		o.Refresh()
	}
}

// proposedCount writes "12 föreslagna", "1 föreslagen".
func proposedCount(n int) string {
	data := map[string]any{"N": n}
	if n == 1 {
		return lang.L("overview.star.proposed_one", data)
	}
	return lang.L("overview.star.proposed", data)
}

// ApprovedCount writes "5 godkända", "1 godkänd".
func ApprovedCount(n int) string {
	data := map[string]any{"N": n}
	if n == 1 {
		return lang.L("overview.star.approved_one", data)
	}
	return lang.L("overview.star.approved", data)
}

func withAlpha(c color.Color, a uint8) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}

// Layout makes the star as large as its labels allow, with the legend
// right below it, the two centred together in the widget.
func (r *starRenderer) Layout(size fyne.Size) {
	r.size = size
	pad := theme.Padding()
	n := len(model.ProblemAreas)

	lineH := r.legendProposed.MinSize().Height
	legendH := 2*lineH + pad

	// The star: the radius is the largest for which every point's label
	// fits in the chart's area.
	area := fyne.NewSize(size.Width-2*pad, size.Height-legendH-2*pad)
	dirs := make([]fyne.Position, n)
	for i := range dirs {
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(n)
		dirs[i] = fyne.NewPos(float32(math.Cos(a)), float32(math.Sin(a)))
	}
	blocks := make([]fyne.Size, n)
	for i, l := range r.labels {
		for _, t := range l {
			m := t.MinSize()
			blocks[i].Width = max(blocks[i].Width, m.Width)
			blocks[i].Height += m.Height
		}
	}
	gap := 2 * pad
	var radius float32
	var offset fyne.Position // of the centre from the bounding box's corner
	var rects []fyne.Position
	var legendTop float32
	for radius = max(min(area.Width, area.Height)/2, 12); ; radius -= 2 {
		rects = labelCorners(dirs, blocks, radius, gap)
		minX, minY, maxX, maxY := -radius, -radius, radius, radius
		for i, c := range rects {
			minX, minY = min(minX, c.X), min(minY, c.Y)
			maxX, maxY = max(maxX, c.X+blocks[i].Width), max(maxY, c.Y+blocks[i].Height)
		}
		if maxX-minX <= area.Width && maxY-minY <= area.Height || radius <= 12 {
			// The star and the legend below it, centred as one.
			offset = fyne.NewPos(-minX+(area.Width-(maxX-minX))/2, -minY+(area.Height-(maxY-minY))/2)
			legendTop = pad + offset.Y + maxY
			break
		}
	}
	centre := fyne.NewPos(pad+offset.X, pad+offset.Y)
	at := func(i int, frac float32) fyne.Position {
		return fyne.NewPos(centre.X+dirs[i].X*radius*frac, centre.Y+dirs[i].Y*radius*frac)
	}

	for ring := 0; ring < starRings; ring++ {
		frac := float32(ring+1) / starRings
		for i := 0; i < n; i++ {
			l := r.grid[ring*n+i]
			l.Position1, l.Position2 = at(i, frac), at((i+1)%n, frac)
		}
	}
	for i := 0; i < n; i++ {
		l := r.grid[starRings*n+i]
		l.Position1, l.Position2 = centre, at(i, 1)
	}

	top := 1
	for _, v := range r.chart.values {
		top = max(top, v.Proposed)
	}
	r.proposedPoly, r.approvedPoly = make([]fyne.Position, n), make([]fyne.Position, n)
	for i := 0; i < n; i++ {
		var v StarValue
		if i < len(r.chart.values) {
			v = r.chart.values[i]
		}
		r.proposedPoly[i] = at(i, float32(v.Proposed)/float32(top))
		r.approvedPoly[i] = at(i, float32(v.Approved)/float32(top))
	}
	for i := 0; i < n; i++ {
		j := (i + 1) % n
		r.proposedLines[i].Position1, r.proposedLines[i].Position2 = r.proposedPoly[i], r.proposedPoly[j]
		r.approvedLines[i].Position1, r.approvedLines[i].Position2 = r.approvedPoly[i], r.approvedPoly[j]
		r.proposedDots[i].Resize(fyne.NewSquareSize(10))
		r.proposedDots[i].Move(r.proposedPoly[i].SubtractXY(5, 5))
		r.approvedDots[i].Resize(fyne.NewSquareSize(9))
		r.approvedDots[i].Move(r.approvedPoly[i].SubtractXY(4.5, 4.5))
	}

	for i, l := range r.labels {
		corner := rects[i].Add(centre)
		y := corner.Y
		for _, t := range l {
			m := t.MinSize()
			x := corner.X
			switch {
			case dirs[i].X > 0.3: // right of the star: left aligned
			case dirs[i].X < -0.3:
				x += blocks[i].Width - m.Width
			default:
				x += (blocks[i].Width - m.Width) / 2
			}
			t.Move(fyne.NewPos(x, y))
			t.Resize(m)
			y += m.Height
		}
	}
	// The legend, below the star: each line a sample of the shape and its
	// meaning in words.
	sample := float32(28)
	for i, row := range []struct {
		line *canvas.Line
		dot  fyne.CanvasObject
		text *canvas.Text
	}{
		{r.legendProposedLine, r.legendProposedDot, r.legendProposed},
		{r.legendApprovedLine, r.legendApprovedDot, r.legendApproved},
	} {
		y := legendTop + pad + float32(i)*lineH
		mid := y + lineH/2
		width := sample + pad + row.text.MinSize().Width
		left := max(pad, (size.Width-width)/2)
		row.line.Position1 = fyne.NewPos(left, mid)
		row.line.Position2 = fyne.NewPos(left+sample, mid)
		row.dot.Resize(fyne.NewSquareSize(9))
		row.dot.Move(fyne.NewPos(left+sample/2-4.5, mid-4.5))
		row.text.Move(fyne.NewPos(left+sample+pad, y))
		row.text.Resize(row.text.MinSize())
	}
	r.fill.Resize(size)
	r.fill.Move(fyne.NewPos(0, 0))
}

// labelCorners returns the top left corner of each point's label,
// relative to the centre: outside the point, beyond a gap, along the
// point's direction.
func labelCorners(dirs []fyne.Position, blocks []fyne.Size, radius, gap float32) []fyne.Position {
	out := make([]fyne.Position, len(dirs))
	for i, d := range dirs {
		b := blocks[i]
		reach := radius + gap + abs32(d.X)*b.Width/2 + abs32(d.Y)*b.Height/2
		if abs32(d.X) > 0.3 && abs32(d.Y) < 0.5 {
			// Beside the star: the label's middle level with the point.
			reach = radius + gap + b.Width/2
			out[i] = fyne.NewPos(d.X*reach-b.Width/2, d.Y*radius-b.Height/2)
			continue
		}
		out[i] = fyne.NewPos(d.X*reach-b.Width/2, d.Y*reach-b.Height/2)
	}
	return out
}

func abs32(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}

// pixel colours the filled shapes: the approved over the proposed. It
// always returns a color.RGBA: the raster picks its image type from the
// first pixel's, and color.Transparent would make it an alpha mask.
func (r *starRenderer) pixel(x, y, w, h int) color.Color {
	if r.size.Width <= 0 || w <= 0 {
		return color.RGBA{}
	}
	scale := float32(w) / r.size.Width
	p := fyne.NewPos((float32(x)+0.5)/scale, (float32(y)+0.5)/scale)
	switch {
	case inside(p, r.approvedPoly):
		return r.approvedFill
	case inside(p, r.proposedPoly):
		return r.proposedFill
	}
	return color.RGBA{}
}

// inside tells whether p lies in the polygon (even-odd rule).
func inside(p fyne.Position, poly []fyne.Position) bool {
	in := false
	for i, j := 0, len(poly)-1; i < len(poly); j, i = i, i+1 {
		a, b := poly[i], poly[j]
		if (a.Y > p.Y) != (b.Y > p.Y) && p.X < (b.X-a.X)*(p.Y-a.Y)/(b.Y-a.Y)+a.X {
			in = !in
		}
	}
	return in
}
