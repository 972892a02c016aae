package widgets

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
)

// StarChart draws the prevention star: its five problem areas on a
// pentagon and, for each point's model.StarCount, four shapes: the
// proposed interventions filled with round markers, the approved filled
// with square markers, those of them in progress outlined with triangles
// and the completed outlined with diamonds; the numbers are written
// beside each point and a legend in words below.
type StarChart struct {
	widget.BaseWidget
	values   []model.StarCount
	language func() model.Language // the areas are named in it
}

// NewStarChart returns a chart with no interventions, which names the
// problem areas in the language language returns when it is drawn.
func NewStarChart(language func() model.Language) *StarChart {
	s := &StarChart{values: model.StarCounts(nil, nil), language: language}
	s.ExtendBaseWidget(s)
	return s
}

// SetValues shows vs, one per problem area in the order of
// model.ProblemAreas (model.StarCounts).
func (s *StarChart) SetValues(vs []model.StarCount) {
	s.values = slices.Clone(vs)
	s.Refresh()
}

// Values returns what the chart shows, one count per problem area.
func (s *StarChart) Values() []model.StarCount { return slices.Clone(s.values) }

// starSeries is one of the shapes the star draws: the count it shows, the
// theme colour and marker it is drawn with, how wide its line is (at
// Fyne's default text size; it grows with the text, for a projector), how
// opaque its filled shape is (0: an outline only), and its words.
type starSeries struct {
	count  func(model.StarCount) int
	colour fyne.ThemeColorName
	marker func() fyne.CanvasObject
	width  float32
	fill   uint8
	legend string           // the legend's translation key
	words  func(int) string // the number beside a point, "12 föreslagna"
}

// series are the star's shapes, drawn in this order, the later over the
// earlier: each is a part of the one before it but the last two, both
// parts of the approved.
var series = []starSeries{
	{func(c model.StarCount) int { return c.Proposed }, theme.ColorNamePrimary, circleMarker, 2, 0x40,
		"overview.star.legend_proposed", proposedCount},
	{func(c model.StarCount) int { return c.Approved }, theme.ColorNameSuccess, squareMarker, 2, 0x80,
		"overview.star.legend_approved", ApprovedCount},
	{func(c model.StarCount) int { return c.InProgress }, theme.ColorNameWarning, triangleMarker, 2.5, 0,
		"overview.star.legend_in_progress", inProgressCount},
	{func(c model.StarCount) int { return c.Completed }, theme.ColorNameForeground, diamondMarker, 3, 0,
		"overview.star.legend_completed", completedCount},
}

func circleMarker() fyne.CanvasObject   { return canvas.NewCircle(color.Transparent) }
func squareMarker() fyne.CanvasObject   { return canvas.NewRectangle(color.Transparent) }
func triangleMarker() fyne.CanvasObject { return canvas.NewPolygon(3, color.Transparent) }
func diamondMarker() fyne.CanvasObject  { return canvas.NewPolygon(4, color.Transparent) }

// paintMarker fills a marker with c and rims it with the background, so
// that markers at one point stay apart.
func paintMarker(o fyne.CanvasObject, c, rim color.Color) {
	switch m := o.(type) {
	case *canvas.Circle:
		m.FillColor, m.StrokeColor, m.StrokeWidth = c, rim, 1
	case *canvas.Rectangle:
		m.FillColor, m.StrokeColor, m.StrokeWidth = c, rim, 1
	case *canvas.Polygon:
		m.FillColor, m.StrokeColor, m.StrokeWidth = c, rim, 1
	}
}

// markerSide is how wide a marker is drawn at Fyne's default text size,
// so that the four look about equally heavy.
func markerSide(o fyne.CanvasObject) float32 {
	switch o.(type) {
	case *canvas.Circle:
		return 10
	case *canvas.Polygon:
		return 13
	}
	return 9
}

// CreateRenderer makes the star's lines, markers and labels (starRenderer).
func (s *StarChart) CreateRenderer() fyne.WidgetRenderer {
	r := &starRenderer{chart: s}
	r.fill = canvas.NewRasterWithPixels(r.pixel)
	r.objects = append(r.objects, r.fill)
	n := len(model.ProblemAreas)
	for i := 0; i < starRings*n+n; i++ {
		l := canvas.NewLine(color.Transparent)
		r.grid = append(r.grid, l)
		r.objects = append(r.objects, l)
	}
	r.shapes = make([]starShape, len(series))
	for k, ser := range series {
		sh := &r.shapes[k]
		for i := 0; i < n; i++ {
			sh.lines = append(sh.lines, canvas.NewLine(color.Transparent))
			r.objects = append(r.objects, sh.lines[i])
		}
		for i := 0; i < n; i++ {
			sh.marks = append(sh.marks, ser.marker())
		}
		sh.legendLine, sh.legendMark = canvas.NewLine(color.Transparent), ser.marker()
		sh.legendText = canvas.NewText("", color.Black)
	}
	for k := range r.shapes { // the markers over every line
		r.objects = append(r.objects, r.shapes[k].marks...)
	}
	for i := 0; i < n; i++ {
		ts := make([]*canvas.Text, 1+len(series))
		for j := range ts {
			ts[j] = canvas.NewText("", color.Black)
			r.objects = append(r.objects, ts[j])
		}
		ts[0].TextStyle = fyne.TextStyle{Bold: true}
		r.labels = append(r.labels, ts)
	}
	for _, sh := range r.shapes {
		r.objects = append(r.objects, sh.legendLine, sh.legendMark, sh.legendText)
	}
	r.Refresh()
	return r
}

// starRings is how many pentagons mark the scale, the outermost being the
// largest number proposed.
const starRings = 4
