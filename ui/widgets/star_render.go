package widgets

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"github.com/styrgrupp/styrgrupp/model"
)

// starRenderer draws a StarChart: the rings and spokes, the four shapes
// with their markers, the numbers at each point and the legend.
type starRenderer struct {
	chart   *StarChart
	objects []fyne.CanvasObject

	fill   *canvas.Raster
	grid   []*canvas.Line   // rings, then spokes
	shapes []starShape      // one per series, in its order
	labels [][]*canvas.Text // per point: its name, then a number per series

	// set by Refresh
	unit  float32      // the text size over Fyne's default: lines and markers grow with the text
	fills []color.RGBA // per series, premultiplied as the painters expect; zero for none

	size fyne.Size // set by Layout, read by the raster
}

// starShape is what the renderer draws of one series: its line and
// marker at each point, its sample and words in the legend, and the
// points of its shape (set by Layout).
type starShape struct {
	lines      []*canvas.Line
	marks      []fyne.CanvasObject
	legendLine *canvas.Line
	legendMark fyne.CanvasObject
	legendText *canvas.Text
	poly       []fyne.Position
}

func (r *starRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *starRenderer) Destroy()                     {}

// Refresh sets texts and colours from the values and the current theme,
// then lays the chart out again.
func (r *starRenderer) Refresh() {
	th := r.chart.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fg := th.Color(theme.ColorNameForeground, v)
	bg := th.Color(theme.ColorNameBackground, v)
	gridColor := withAlpha(fg, 0x50)
	size := th.Size(theme.SizeNameText)
	r.unit = size / theme.DefaultTheme().Size(theme.SizeNameText)

	for _, l := range r.grid {
		l.StrokeColor = gridColor
		l.StrokeWidth = 1
	}
	r.fills = make([]color.RGBA, len(series))
	for k, ser := range series {
		c := th.Color(ser.colour, v)
		sh := &r.shapes[k]
		for _, l := range append(slices.Clone(sh.lines), sh.legendLine) {
			l.StrokeColor, l.StrokeWidth = c, ser.width*r.unit
		}
		for _, m := range append(slices.Clone(sh.marks), sh.legendMark) {
			paintMarker(m, c, bg)
		}
		sh.legendText.Text = lang.L(ser.legend)
		sh.legendText.Color, sh.legendText.TextSize = fg, size
		if ser.fill > 0 {
			r.fills[k] = color.RGBAModel.Convert(withAlpha(c, ser.fill)).(color.RGBA)
		}
	}
	for i, l := range r.labels {
		var val model.StarCount
		if i < len(r.chart.values) {
			val = r.chart.values[i]
		}
		l[0].Text = model.ProblemAreas[i].Label(r.chart.language())
		for k, ser := range series {
			l[1+k].Text = ser.words(ser.count(val))
		}
		for _, t := range l {
			t.Color, t.TextSize = fg, size
		}
	}

	r.Layout(r.chart.Size())
	for _, o := range r.objects {
		o.Refresh()
	}
}

// countWords writes n with the words of key: "12 föreslagna", or with
// those of key+"_one" for 1: "1 föreslagen".
func countWords(key string, n int) string {
	data := map[string]any{"N": n}
	if n == 1 {
		return lang.L(key+"_one", data)
	}
	return lang.L(key, data)
}

// proposedCount writes "12 föreslagna", "1 föreslagen".
func proposedCount(n int) string { return countWords("overview.star.proposed", n) }

// ApprovedCount writes "5 godkända", "1 godkänd".
func ApprovedCount(n int) string { return countWords("overview.star.approved", n) }

// inProgressCount writes "3 pågår".
func inProgressCount(n int) string { return countWords("overview.star.in_progress", n) }

// completedCount writes "2 genomförda", "1 genomförd".
func completedCount(n int) string { return countWords("overview.star.completed", n) }

func withAlpha(c color.Color, a uint8) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}

// pixel colours the filled shapes, each over the one before. It always
// returns a color.RGBA: the raster picks its image type from the first
// pixel's, and color.Transparent would make it an alpha mask.
func (r *starRenderer) pixel(x, y, w, h int) color.Color {
	if r.size.Width <= 0 || w <= 0 {
		return color.RGBA{}
	}
	scale := float32(w) / r.size.Width
	p := fyne.NewPos((float32(x)+0.5)/scale, (float32(y)+0.5)/scale)
	for k := len(r.shapes) - 1; k >= 0; k-- {
		if k < len(r.fills) && r.fills[k] != (color.RGBA{}) && inside(p, r.shapes[k].poly) {
			return r.fills[k]
		}
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
