package widgets

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// swedish registers the Swedish strings for the chart's words.
func swedish(t *testing.T) {
	t.Helper()
	b, err := assets.Translations.ReadFile("translations/overview.sv.json")
	if err != nil {
		t.Fatal(err)
	}
	// Fyne looks strings up under the system's first locale.
	t.Setenv("LANGUAGE", "sv")
	if err := lang.AddTranslationsForLocale(b, fyne.Locale("sv")); err != nil {
		t.Fatal(err)
	}
}

// someValues is a star with different numbers at every point.
func someValues() []model.StarCount {
	vs := model.StarCounts(nil, nil)
	for i := range vs {
		vs[i].Proposed, vs[i].Approved, vs[i].InProgress, vs[i].Completed = 4*i+2, 2*i+1, i, (i+1)%2
	}
	return vs
}

// The chart names each point in the chart's language and writes its
// four numbers beside it.
func TestStarChartWritesTheNumbersBesideEachPoint(t *testing.T) {
	testapp.New(t)
	swedish(t)
	vs := someValues()
	star := NewStarChart(func() model.Language { return model.Swedish })
	star.SetValues(vs)
	w := test.NewWindow(star)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 460))
	r := test.WidgetRenderer(star).(*starRenderer)
	for i, l := range r.labels {
		if l[0].Text != model.ProblemAreas[i].Label(model.Swedish) {
			t.Errorf("point %d is named %q", i, l[0].Text)
		}
		for k, want := range []string{
			strconv.Itoa(vs[i].Proposed) + " föreslag",
			strconv.Itoa(vs[i].Approved) + " godkänd",
			strconv.Itoa(vs[i].InProgress) + " pågår",
			strconv.Itoa(vs[i].Completed) + " genomförd",
		} {
			if !strings.HasPrefix(l[1+k].Text, want) {
				t.Errorf("point %d, line %d: %q, want %q…", i, 1+k, l[1+k].Text, want)
			}
		}
	}
}

// The interventions in progress and the completed, counted from the
// follow-ups by model.StarCounts, are drawn as shapes of their own, each
// point as far out as its number, with markers of their own and a line
// each in the legend.
func TestStarChartDrawsInProgressAndCompleted(t *testing.T) {
	testapp.New(t)
	swedish(t)
	a0, a1 := model.ProblemAreas[0], model.ProblemAreas[1]
	intervention := func(id int64, areas ...model.ProblemArea) model.Proposal {
		return model.Proposal{ID: id, Status: model.StatusDecided, Outcome: model.OutcomeApproved,
			Content: model.Content{Kind: model.KindIntervention, ProblemAreas: areas}}
	}
	ps := []model.Proposal{intervention(1, a0, a1), intervention(2, a0), intervention(3, a0), intervention(4, a0)}
	entry := func(p model.Proposal, s model.FollowUpStatus) model.FollowUpEntry {
		return model.FollowUpEntry{Proposal: p, FollowUp: model.FollowUp{ProposalID: p.ID, Status: s}}
	}
	es := []model.FollowUpEntry{entry(ps[0], model.FollowUpInProgress), entry(ps[1], model.FollowUpInProgress),
		entry(ps[2], model.FollowUpCompleted), entry(ps[3], model.FollowUpNotStarted)}
	star := NewStarChart(func() model.Language { return model.Swedish })
	star.SetValues(model.StarCounts(ps, es))
	vs := star.Values()
	if vs[0].InProgress != 2 || vs[0].Completed != 1 || vs[1].InProgress != 1 || vs[1].Completed != 0 {
		t.Fatalf("values %+v, want %s 2 in progress and 1 completed, %s 1 and 0", vs, a0, a1)
	}
	w := test.NewWindow(star)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 460))
	r := test.WidgetRenderer(star).(*starRenderer)
	if len(r.shapes) != 4 {
		t.Fatalf("%d shapes, want proposed, approved, in progress and completed", len(r.shapes))
	}
	// The scale's outermost ring is the 4 proposed at the first point.
	centre := r.grid[starRings*len(model.ProblemAreas)].Position1
	radius := distance(centre, r.grid[starRings*len(model.ProblemAreas)].Position2)
	for k, want := range []float32{4, 4, 2, 1} {
		if got := distance(centre, r.shapes[k].poly[0]) / radius * 4; math.Abs(float64(got-want)) > 0.01 {
			t.Errorf("shape %d reaches %.2f of 4 at the first point, want %v", k, got, want)
		}
	}
	if got := distance(centre, r.shapes[2].poly[1]) / radius * 4; math.Abs(float64(got-1)) > 0.01 {
		t.Errorf("in progress reaches %.2f of 4 at the second point, want 1", got)
	}
	kinds := map[string]bool{}
	for k, sh := range r.shapes {
		kind := fmt.Sprintf("%T", sh.marks[0])
		if p, ok := sh.marks[0].(*canvas.Polygon); ok {
			kind += strconv.Itoa(int(p.Sides))
		}
		if kinds[kind] {
			t.Errorf("shape %d has the markers of another: %s", k, kind)
		}
		kinds[kind] = true
		if fmt.Sprintf("%T", sh.legendMark) != fmt.Sprintf("%T", sh.marks[0]) {
			t.Errorf("shape %d: the legend shows %T, the star %T", k, sh.legendMark, sh.marks[0])
		}
	}
	var legend []string
	for _, sh := range r.shapes {
		legend = append(legend, sh.legendText.Text)
	}
	if want := []string{"Föreslagna insatser", "Godkända insatser", "Insatser som pågår", "Genomförda insatser"}; !slices.Equal(legend, want) {
		t.Errorf("legend %q, want %q", legend, want)
	}
	if r.shapes[2].lines[0].StrokeColor == r.shapes[3].lines[0].StrokeColor ||
		r.shapes[2].lines[0].StrokeColor == r.shapes[1].lines[0].StrokeColor {
		t.Error("in progress is drawn in the colour of another shape")
	}
}

func distance(a, b fyne.Position) float32 {
	return float32(math.Hypot(float64(a.X-b.X), float64(a.Y-b.Y)))
}

// variantTheme is the default theme in one variant whatever the
// system's, its text size text (Fyne's default when 0).
type variantTheme struct {
	fyne.Theme
	v    fyne.ThemeVariant
	text float32
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.v)
}

func (t variantTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameText && t.text > 0 {
		return t.text
	}
	return t.Theme.Size(n)
}

// In the light and dark variants, and with the projector's large text in
// a chart of the star card's usual width, every label and the legend lie
// within the chart, and the lines and markers grow with the text.
func TestStarChartRendersInBothThemesAndOnTheProjector(t *testing.T) {
	for _, th := range []struct {
		name string
		v    fyne.ThemeVariant
		text float32
	}{{"light", theme.VariantLight, 0}, {"dark", theme.VariantDark, 0}, {"projector", theme.VariantLight, 20}} {
		t.Run(th.name, func(t *testing.T) {
			a := testapp.New(t)
			a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), th.v, th.text})
			swedish(t)
			star := NewStarChart(func() model.Language { return model.Swedish })
			star.SetValues(someValues())
			w := test.NewWindow(star)
			defer w.Close()
			w.Resize(fyne.NewSize(420, 520))
			img := w.Canvas().Capture()
			if img.Bounds().Dx() == 0 {
				t.Fatal("nothing rendered")
			}
			r := test.WidgetRenderer(star).(*starRenderer)
			size := star.Size()
			within := func(o fyne.CanvasObject, what string) {
				p, m := o.Position(), o.Size()
				if p.X < 0 || p.Y < 0 || p.X+m.Width > size.Width+1 || p.Y+m.Height > size.Height+1 {
					t.Errorf("%s at %v (%v) leaves the chart of %v", what, p, m, size)
				}
			}
			for _, l := range r.labels {
				for _, txt := range l {
					within(txt, strconv.Quote(txt.Text))
				}
			}
			text := theme.DefaultTheme().Size(theme.SizeNameText)
			if th.text > 0 {
				text = th.text
			}
			for _, sh := range r.shapes {
				within(sh.legendText, strconv.Quote(sh.legendText.Text))
				if got := sh.lines[0].StrokeWidth; got < text/10 {
					t.Errorf("%q: lines %v wide with text %v high", sh.legendText.Text, got, text)
				}
				if got := sh.marks[0].Size().Width; got < text/2 {
					t.Errorf("%q: markers %v wide with text %v high", sh.legendText.Text, got, text)
				}
			}
		})
	}
}
