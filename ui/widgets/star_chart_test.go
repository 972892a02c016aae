package widgets

import (
	"image/color"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
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
func someValues() []StarValue {
	vs := StarValues(nil)
	for i := range vs {
		vs[i].Proposed, vs[i].Approved = 3*i+1, i
	}
	return vs
}

// StarValues counts the interventions that list each area, and of those
// the ones decided with an approving outcome; areas, withdrawn ones and
// ones not listing the area do not count.
func TestStarValuesCountInterventionsPerArea(t *testing.T) {
	a0, a1 := model.ProblemAreas[0], model.ProblemAreas[1]
	ps := []model.Proposal{
		{Content: model.Content{Kind: model.KindIntervention, ProblemAreas: []model.ProblemArea{a0, a1}}, Status: model.StatusDecided, Outcome: model.OutcomeApproved},
		{Content: model.Content{Kind: model.KindIntervention, ProblemAreas: []model.ProblemArea{a0}}, Status: model.StatusReady},
		{Content: model.Content{Kind: model.KindIntervention, ProblemAreas: []model.ProblemArea{a0}}, Status: model.StatusWithdrawn},
		{Content: model.Content{Kind: model.KindArea, ProblemAreas: []model.ProblemArea{a1}}, Status: model.StatusReady},
	}
	vs := StarValues(ps)
	if len(vs) != len(model.ProblemAreas) || vs[0].Area != a0 {
		t.Fatalf("values %v", vs)
	}
	if vs[0].Proposed != 2 || vs[0].Approved != 1 || vs[1].Proposed != 1 || vs[1].Approved != 1 {
		t.Errorf("values %v, want %s 2/1 and %s 1/1", vs, a0, a1)
	}
}

// The chart names each point in the chart's language and writes its
// numbers beside it.
func TestStarChartWritesTheNumbersBesideEachPoint(t *testing.T) {
	testapp.New(t)
	swedish(t)
	vs := someValues()
	star := NewStarChart(func() model.Language { return model.Swedish })
	star.SetValues(vs)
	w := test.NewWindow(star)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 400))
	r := test.WidgetRenderer(star).(*starRenderer)
	for i, l := range r.labels {
		if l[0].Text != model.ProblemAreas[i].Label(model.Swedish) {
			t.Errorf("point %d is named %q", i, l[0].Text)
		}
		if want := strconv.Itoa(vs[i].Proposed) + " föreslag"; !strings.HasPrefix(l[1].Text, want) {
			t.Errorf("point %d: %q, want %q…", i, l[1].Text, want)
		}
		if want := strconv.Itoa(vs[i].Approved) + " godkänd"; !strings.HasPrefix(l[2].Text, want) {
			t.Errorf("point %d: %q, want %q…", i, l[2].Text, want)
		}
	}
}

// variantTheme is the default theme in one variant whatever the system's.
type variantTheme struct {
	fyne.Theme
	v fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.v)
}

func TestStarChartRendersInBothThemes(t *testing.T) {
	for _, th := range []struct {
		name string
		v    fyne.ThemeVariant
	}{{"light", theme.VariantLight}, {"dark", theme.VariantDark}} {
		t.Run(th.name, func(t *testing.T) {
			a := testapp.New(t)
			a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), th.v})
			swedish(t)
			star := NewStarChart(func() model.Language { return model.Swedish })
			star.SetValues(someValues())
			w := test.NewWindow(star)
			defer w.Close()
			w.Resize(fyne.NewSize(400, 400))
			img := w.Canvas().Capture()
			if img.Bounds().Dx() == 0 {
				t.Fatal("nothing rendered")
			}
			// Every label lies within the chart.
			r := test.WidgetRenderer(star).(*starRenderer)
			size := star.Size()
			for _, l := range r.labels {
				for _, txt := range l {
					p, m := txt.Position(), txt.Size()
					if p.X < 0 || p.Y < 0 || p.X+m.Width > size.Width+1 || p.Y+m.Height > size.Height+1 {
						t.Errorf("%q at %v (%v) leaves the chart of %v", txt.Text, p, m, size)
					}
				}
			}
		})
	}
}
