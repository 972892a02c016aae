package widgets

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/styrgrupp/styrgrupp/model"
)

// starMinRadius is the smallest radius of the star, at Fyne's default text
// size, that the chart's MinSize leaves room for beside its labels.
const starMinRadius = 70

// starGeometry is what the star's layout is worked out from: the
// direction of each point from the centre, the size of each point's
// label block and the gap between point and label, and the legend's
// height, width, line height and samples' width.
type starGeometry struct {
	dirs                            []fyne.Position
	blocks                          []fyne.Size
	gap                             float32
	legendH, legendW, lineH, sample float32
}

func (r *starRenderer) geometry() starGeometry {
	pad := theme.Padding()
	n := len(model.ProblemAreas)
	g := starGeometry{dirs: make([]fyne.Position, n), blocks: make([]fyne.Size, n), gap: 2 * pad, sample: 28 * r.unit}
	for i := range g.dirs {
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(n)
		g.dirs[i] = fyne.NewPos(float32(math.Cos(a)), float32(math.Sin(a)))
	}
	for i, l := range r.labels {
		for _, t := range l {
			m := t.MinSize()
			g.blocks[i].Width = max(g.blocks[i].Width, m.Width)
			g.blocks[i].Height += m.Height
		}
	}
	var widest float32
	for _, sh := range r.shapes {
		m := sh.legendText.MinSize()
		g.lineH = max(g.lineH, m.Height)
		widest = max(widest, m.Width)
	}
	g.legendH = float32(len(r.shapes))*g.lineH + pad
	g.legendW = g.sample + pad + widest
	return g
}

// extent returns the top left corner of each point's label and the box
// around the star and its labels, relative to the centre, for a star of
// the radius given.
func (g starGeometry) extent(radius float32) (corners []fyne.Position, box [2]fyne.Position) {
	corners = labelCorners(g.dirs, g.blocks, radius, g.gap)
	box = [2]fyne.Position{{X: -radius, Y: -radius}, {X: radius, Y: radius}}
	for i, c := range corners {
		box[0] = fyne.NewPos(min(box[0].X, c.X), min(box[0].Y, c.Y))
		box[1] = fyne.NewPos(max(box[1].X, c.X+g.blocks[i].Width), max(box[1].Y, c.Y+g.blocks[i].Height))
	}
	return corners, box
}

// MinSize leaves room for a star of starMinRadius (grown with the text)
// with its labels and the legend below.
func (r *starRenderer) MinSize() fyne.Size {
	pad := theme.Padding()
	g := r.geometry()
	_, box := g.extent(starMinRadius * r.unit)
	return fyne.NewSize(max(box[1].X-box[0].X, g.legendW)+2*pad, box[1].Y-box[0].Y+g.legendH+2*pad)
}

// Layout makes the star as large as its labels allow, with the legend
// right below it, the two centred together in the widget.
func (r *starRenderer) Layout(size fyne.Size) {
	r.size = size
	pad := theme.Padding()
	g := r.geometry()
	n := len(g.dirs)

	// The star: the radius is the largest for which every point's label
	// fits in the chart's area.
	area := fyne.NewSize(size.Width-2*pad, size.Height-g.legendH-2*pad)
	var radius float32
	var offset fyne.Position // of the centre from the bounding box's corner
	var rects []fyne.Position
	var legendTop float32
	for radius = max(min(area.Width, area.Height)/2, 12); ; radius -= 2 {
		var box [2]fyne.Position
		rects, box = g.extent(radius)
		w, h := box[1].X-box[0].X, box[1].Y-box[0].Y
		if w <= area.Width && h <= area.Height || radius <= 12 {
			// The star and the legend below it, centred as one.
			offset = fyne.NewPos(-box[0].X+(area.Width-w)/2, -box[0].Y+(area.Height-h)/2)
			legendTop = pad + offset.Y + box[1].Y
			break
		}
	}
	centre := fyne.NewPos(pad+offset.X, pad+offset.Y)
	at := func(i int, frac float32) fyne.Position {
		return fyne.NewPos(centre.X+g.dirs[i].X*radius*frac, centre.Y+g.dirs[i].Y*radius*frac)
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

	for k, ser := range series {
		sh := &r.shapes[k]
		sh.poly = make([]fyne.Position, n)
		for i := 0; i < n; i++ {
			var v model.StarCount
			if i < len(r.chart.values) {
				v = r.chart.values[i]
			}
			sh.poly[i] = at(i, float32(ser.count(v))/float32(top))
		}
		for i := 0; i < n; i++ {
			sh.lines[i].Position1, sh.lines[i].Position2 = sh.poly[i], sh.poly[(i+1)%n]
			placeMarker(sh.marks[i], sh.poly[i], r.unit)
			// No marker for none: the markers of every series would pile
			// up at the centre; the number beside the point says 0.
			if sh.poly[i] == centre {
				sh.marks[i].Hide()
			} else {
				sh.marks[i].Show()
			}
		}
	}

	for i, l := range r.labels {
		corner := rects[i].Add(centre)
		y := corner.Y
		for _, t := range l {
			m := t.MinSize()
			x := corner.X
			switch {
			case g.dirs[i].X > 0.3: // right of the star: left aligned
			case g.dirs[i].X < -0.3:
				x += g.blocks[i].Width - m.Width
			default:
				x += (g.blocks[i].Width - m.Width) / 2
			}
			t.Move(fyne.NewPos(x, y))
			t.Resize(m)
			y += m.Height
		}
	}
	// The legend, below the star: each line a sample of the shape and its
	// meaning in words, the lines' samples one above the other.
	left := max(pad, (size.Width-g.legendW)/2)
	sample := g.sample
	for i, sh := range r.shapes {
		y := legendTop + pad + float32(i)*g.lineH
		mid := y + g.lineH/2
		sh.legendLine.Position1 = fyne.NewPos(left, mid)
		sh.legendLine.Position2 = fyne.NewPos(left+sample, mid)
		placeMarker(sh.legendMark, fyne.NewPos(left+sample/2, mid), r.unit)
		sh.legendText.Move(fyne.NewPos(left+sample+pad, y))
		sh.legendText.Resize(sh.legendText.MinSize())
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

// placeMarker centres marker m on p, its markerSide times unit wide.
func placeMarker(m fyne.CanvasObject, p fyne.Position, unit float32) {
	side := markerSide(m) * unit
	m.Resize(fyne.NewSquareSize(side))
	m.Move(p.SubtractXY(side/2, side/2))
}
