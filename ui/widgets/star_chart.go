package widgets

import (
	"image/color"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
)

// StarValue is what the prevention star shows at one of its points.
type StarValue struct {
	Area     model.ProblemArea
	Proposed int // interventions, not withdrawn, that list the area
	Approved int // of those, the ones decided with an approving outcome
}

// StarValues counts, for each point of the prevention star in its display
// order, the interventions that address it.
func StarValues(ps []model.Proposal) []StarValue {
	out := make([]StarValue, len(model.ProblemAreas))
	for i, a := range model.ProblemAreas {
		out[i].Area = a
	}
	for _, p := range ps {
		if p.Kind != model.KindIntervention || p.Status == model.StatusWithdrawn {
			continue
		}
		approved := p.Status == model.StatusDecided && p.Outcome.Approves()
		for i, a := range model.ProblemAreas {
			if slices.Contains(p.ProblemAreas, a) {
				out[i].Proposed++
				if approved {
					out[i].Approved++
				}
			}
		}
	}
	return out
}

// StarChart draws the prevention star: its five problem areas on a
// pentagon, the proposed interventions as one filled shape with round
// markers, the approved as another with square markers, the numbers
// written beside each point and a legend in words below.
type StarChart struct {
	widget.BaseWidget
	values   []StarValue
	language func() model.Language // the areas are named in it
}

// NewStarChart returns a chart with no interventions, which names the
// problem areas in the language language returns when it is drawn.
func NewStarChart(language func() model.Language) *StarChart {
	s := &StarChart{values: StarValues(nil), language: language}
	s.ExtendBaseWidget(s)
	return s
}

// SetValues shows vs, one per problem area in the order of
// model.ProblemAreas.
func (s *StarChart) SetValues(vs []StarValue) {
	s.values = slices.Clone(vs)
	s.Refresh()
}

// Values returns what the chart shows, one value per problem area.
func (s *StarChart) Values() []StarValue { return slices.Clone(s.values) }

// MinSize keeps the star and its labels readable.
func (s *StarChart) MinSize() fyne.Size { return fyne.NewSize(360, 360) }

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
	for i := 0; i < n; i++ {
		r.proposedLines = append(r.proposedLines, canvas.NewLine(color.Transparent))
		r.approvedLines = append(r.approvedLines, canvas.NewLine(color.Transparent))
	}
	r.objects = append(r.objects, lineObjects(r.proposedLines)...)
	r.objects = append(r.objects, lineObjects(r.approvedLines)...)
	for i := 0; i < n; i++ {
		c := canvas.NewCircle(color.Transparent)
		q := canvas.NewRectangle(color.Transparent)
		r.proposedDots = append(r.proposedDots, c)
		r.approvedDots = append(r.approvedDots, q)
		r.objects = append(r.objects, c, q)
	}
	for i := 0; i < n; i++ {
		name := canvas.NewText("", color.Black)
		name.TextStyle = fyne.TextStyle{Bold: true}
		proposed, approved := canvas.NewText("", color.Black), canvas.NewText("", color.Black)
		r.labels = append(r.labels, [3]*canvas.Text{name, proposed, approved})
		r.objects = append(r.objects, name, proposed, approved)
	}
	r.legendProposedLine = canvas.NewLine(color.Transparent)
	r.legendProposedDot = canvas.NewCircle(color.Transparent)
	r.legendApprovedLine = canvas.NewLine(color.Transparent)
	r.legendApprovedDot = canvas.NewRectangle(color.Transparent)
	r.legendProposed = canvas.NewText("", color.Black)
	r.legendApproved = canvas.NewText("", color.Black)
	r.objects = append(r.objects, r.legendProposedLine, r.legendProposedDot, r.legendProposed,
		r.legendApprovedLine, r.legendApprovedDot, r.legendApproved)
	r.Refresh()
	return r
}

func lineObjects(ls []*canvas.Line) []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(ls))
	for i, l := range ls {
		out[i] = l
	}
	return out
}

// starRings is how many pentagons mark the scale, the outermost being the
// largest number proposed.
const starRings = 4

// String describes the values in words, for a screen reader or a log.
func (v StarValue) String() string {
	return string(v.Area) + ": " + strconv.Itoa(v.Proposed) + "/" + strconv.Itoa(v.Approved)
}
