package pdf

import (
	"math"
	"strconv"

	"github.com/jung-kurt/gofpdf"

	"github.com/styrgrupp/styrgrupp/model"
)

// seriesColors are the colours of the star's four series: proposed,
// approved, in progress and completed.
var seriesColors = [4]rgb{
	{0x9a, 0xa8, 0xb8}, // proposed: grey blue
	{0x3d, 0x7c, 0xc9}, // approved: blue
	{0xe0, 0x9b, 0x1a}, // in progress: amber
	{0x2e, 0x8b, 0x57}, // completed: green
}

// seriesKeys name the series in the labels, in the order of seriesColors.
var seriesKeys = [4]string{"star_proposed", "star_approved", "star_in_progress", "star_completed"}

// values are a point's four counts in the order of seriesColors.
func values(c model.StarCount) [4]int {
	return [4]int{c.Proposed, c.Approved, c.InProgress, c.Completed}
}

// The star's size and place, in millimetres.
const (
	starR      = 30.0 // from the centre to a point
	starBlockH = 86.0 // the chart with its labels
	starTableW = 45.0 // the table's first column
	starColW   = 26.0 // and each of the others
)

// star draws the prevention star: a pentagon with a point per problem
// area, on which each series is a polygon whose corner lies as far out
// as the count at that point (the largest count reaching the point), a
// legend beside it and a table of the counts under it.
func (d *docWriter) star(counts []model.StarCount) {
	l, p := d.lang, d.pdf
	d.heading(text(l, "star"))
	d.font("", 9.5, muted)
	d.para(marginL, textW, text(l, "star_intro"))
	d.ensure(starBlockH + float64(len(counts)+1)*6 + 6)
	top := p.GetY()
	cx, cy := marginL+55, top+starBlockH/2+2
	n := len(counts)
	corner := func(i int, r float64) gofpdf.PointType {
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(n)
		return gofpdf.PointType{X: cx + r*math.Cos(a), Y: cy + r*math.Sin(a)}
	}

	// The grid: the pentagon at a quarter, half, three quarters and the
	// whole, and a spoke to each point.
	p.SetDrawColor(faint.r, faint.g, faint.b)
	for ring := 1; ring <= 4; ring++ {
		pts := make([]gofpdf.PointType, n)
		for i := range pts {
			pts[i] = corner(i, starR*float64(ring)/4)
		}
		p.SetLineWidth(0.2)
		if ring == 4 {
			p.SetLineWidth(0.45)
		}
		p.Polygon(pts, "D")
	}
	p.SetLineWidth(0.2)
	for i := 0; i < n; i++ {
		c := corner(i, starR)
		p.Line(cx, cy, c.X, c.Y)
	}

	largest := 1
	for _, c := range counts {
		largest = max(largest, c.Proposed, c.Approved, c.InProgress, c.Completed)
	}
	for s, col := range seriesColors {
		pts := make([]gofpdf.PointType, n)
		for i, c := range counts {
			pts[i] = corner(i, starR*float64(values(c)[s])/float64(largest))
		}
		p.SetFillColor(col.r, col.g, col.b)
		p.SetDrawColor(col.r, col.g, col.b)
		p.SetLineWidth(0.5)
		p.SetAlpha(0.35, "Normal")
		p.Polygon(pts, "F")
		p.SetAlpha(1, "Normal")
		p.Polygon(pts, "D")
	}
	// The scale: the largest count at the top point.
	d.font("", 7, muted)
	tip := corner(0, starR)
	p.Text(tip.X+1.2, tip.Y+3, strconv.Itoa(largest))

	// The points' names.
	d.font("B", 8.5, ink)
	for i, c := range counts {
		a := corner(i, starR+3.5)
		s := clean(c.Area.Label(l))
		w := p.GetStringWidth(s)
		x, y := a.X-w/2, a.Y+1.2
		switch dx := a.X - cx; {
		case dx > 3:
			x = a.X
		case dx < -3:
			x = a.X - w
		}
		if dy := a.Y - cy; dy < -starR {
			y = a.Y - 1
		} else if dy > starR*0.6 {
			y = a.Y + 3
		}
		p.Text(x, y, s)
	}

	// The legend, beside the star.
	lx, ly := marginL+112, top+starBlockH/2-12
	for s, col := range seriesColors {
		p.SetFillColor(col.r, col.g, col.b)
		p.Rect(lx, ly+float64(s)*7, 4.5, 4.5, "F")
		d.font("", 9.5, ink)
		p.Text(lx+7, ly+float64(s)*7+3.6, text(l, seriesKeys[s]))
	}
	p.SetFillColor(white.r, white.g, white.b)
	p.SetY(top + starBlockH)
	d.starTable(counts)
}

// starTable writes the star's counts as a table: a row per problem area,
// a column per series, each headed by its colour.
func (d *docWriter) starTable(counts []model.StarCount) {
	l, p := d.lang, d.pdf
	const rowH = 6.0
	y := p.GetY()
	d.font("", 8.5, muted)
	p.SetXY(marginL, y)
	p.CellFormat(starTableW, rowH, text(l, "star_area"), "", 0, "L", false, 0, "")
	for s, col := range seriesColors {
		x := marginL + starTableW + float64(s)*starColW
		p.SetFillColor(col.r, col.g, col.b)
		p.Rect(x+starColW-p.GetStringWidth(text(l, seriesKeys[s]))-4.5, y+1.9, 2.6, 2.6, "F")
		p.SetXY(x, y)
		p.CellFormat(starColW, rowH, text(l, seriesKeys[s]), "", 0, "R", false, 0, "")
	}
	p.SetFillColor(white.r, white.g, white.b)
	y += rowH
	p.SetY(y)
	right := marginL + starTableW + 4*starColW
	d.rule(marginL, right)
	for _, c := range counts {
		d.font("", 10, ink)
		p.SetXY(marginL, y)
		p.CellFormat(starTableW, rowH, clean(c.Area.Label(l)), "", 0, "L", false, 0, "")
		for s, v := range values(c) {
			p.SetXY(marginL+starTableW+float64(s)*starColW, y)
			p.CellFormat(starColW, rowH, strconv.Itoa(v), "", 0, "R", false, 0, "")
		}
		y += rowH
	}
	p.SetY(y + 0.5)
	d.rule(marginL, right)
	p.SetY(y + 2)
}
