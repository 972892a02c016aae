package testapp

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// monoTheme is the default theme with its text in the monospace font.
type monoTheme struct{ fyne.Theme }

func (monoTheme) Font(fyne.TextStyle) fyne.Resource { return theme.DefaultTextMonospaceFont() }

// A remembered measurement is the one Fyne's test driver makes, the
// second time as the first, and a theme with another font measures anew.
func TestMeasurementsAreTheTestDriversAfterATheme(t *testing.T) {
	a := New(t)
	if fyne.CurrentApp() != a {
		t.Fatal("the new app is not the current one")
	}
	inner := a.(*app).driver.Driver
	texts := []string{"Beslut", "Trygghetsnod i Hökarängen", "Beslut"}
	styles := []fyne.TextStyle{{}, {Bold: true}, {Monospace: true}}
	check := func(when string) {
		t.Helper()
		for _, s := range texts {
			for _, st := range styles {
				want, wantBase := inner.RenderedTextSize(s, 14, st, nil)
				got, gotBase := a.Driver().RenderedTextSize(s, 14, st, nil)
				if got != want || gotBase != wantBase {
					t.Errorf("%s: %q %+v measures %v (base %v), the driver %v (base %v)", when, s, st, got, gotBase, want, wantBase)
				}
			}
		}
	}
	check("default theme")
	check("default theme again")
	a.Settings().SetTheme(monoTheme{theme.DefaultTheme()})
	check("monospace theme")
}

// New's app is current until the test ends.
func TestTheAppIsCurrentUntilTheTestEnds(t *testing.T) {
	var a fyne.App
	t.Run("inner", func(t *testing.T) { a = New(t) })
	if fyne.CurrentApp() == a {
		t.Error("the test's app is still current after it ended")
	}
	if _, ok := fyne.CurrentApp().Driver().(*driver); ok {
		t.Error("the app after the test remembers measurements")
	}
}
