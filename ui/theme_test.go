package ui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
)

func TestContrastRatioMatchesWCAG(t *testing.T) {
	for _, c := range []struct {
		a, b color.Color
		want float64
	}{
		{color.White, color.Black, 21},
		{color.White, color.White, 1},
		{color.NRGBA{R: 0x77, G: 0x77, B: 0x77, A: 0xff}, color.White, 4.48}, // the grey that just fails AA
		{color.NRGBA{R: 0x43, G: 0xf4, B: 0x36, A: 0xff}, color.White, 1.48}, // Fyne's green
	} {
		if got := contrastRatio(c.a, c.b); got < c.want-0.01 || got > c.want+0.01 {
			t.Errorf("contrast of %v on %v = %.3f, want %.2f", c.a, c.b, got, c.want)
		}
	}
}

// The colours statuses are written in read at WCAG AA (4.5:1) on the
// background, and on a hovered row, in both variants; the text on them
// (a button's label) reads at least as well as with Fyne's own shades.
func TestStatusColoursHaveEnoughContrastInBothVariants(t *testing.T) {
	testapp.New(t)
	base := theme.DefaultTheme()
	if contrastRatio(base.Color(theme.ColorNameSuccess, theme.VariantLight), base.Color(theme.ColorNameBackground, theme.VariantLight)) >= minContrast {
		t.Fatal("Fyne's green already reads on white: the test proves nothing")
	}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		th := forcedTheme(v)
		bg := th.Color(theme.ColorNameBackground, v)
		if bg != base.Color(theme.ColorNameBackground, v) {
			t.Errorf("variant %v: the background changed to %v", v, bg)
		}
		hovered := overColour(th.Color(theme.ColorNameHover, v), bg)
		for _, n := range []fyne.ThemeColorName{theme.ColorNameSuccess, theme.ColorNameWarning,
			theme.ColorNameError, theme.ColorNamePrimary, theme.ColorNameHyperlink, theme.ColorNameForeground} {
			c := th.Color(n, v)
			if r := contrastRatio(c, bg); r < minContrast {
				t.Errorf("variant %v: %s %v has a contrast of %.2f:1 on the background %v, want at least 4.5", v, n, c, r, bg)
			}
			if r := contrastRatio(c, hovered); r < minContrast {
				t.Errorf("variant %v: %s %v has a contrast of %.2f:1 on a hovered row, want at least 4.5", v, n, c, r)
			}
			if r, was := contrastRatio(c, bg), contrastRatio(base.Color(n, v), bg); r < was {
				t.Errorf("variant %v: %s reads worse than Fyne's (%.2f < %.2f)", v, n, r, was)
			}
		}
		for on, under := range onColours {
			got := contrastRatio(th.Color(on, v), th.Color(under, v))
			was := contrastRatio(base.Color(on, v), base.Color(under, v))
			if got < was && got < minContrast {
				t.Errorf("variant %v: %s on %s has a contrast of %.2f:1, Fyne's had %.2f", v, on, under, got, was)
			}
		}
	}
	// The green is still green: darker, not grey.
	g := nrgba(forcedTheme(theme.VariantLight).Color(theme.ColorNameSuccess, theme.VariantLight))
	if g.G <= g.R || g.G <= g.B {
		t.Errorf("the light variant's success colour %v is no longer green", g)
	}
}

// The outline of a radio button, a check box and a field reads at WCAG's
// non-text contrast (3:1) on the background in both variants, where
// Fyne's light grey on white is 1.3:1 (the vote dialog on a projector).
func TestOutlinesHaveEnoughContrastInBothVariants(t *testing.T) {
	testapp.New(t)
	base := theme.DefaultTheme()
	if contrastRatio(base.Color(theme.ColorNameInputBorder, theme.VariantLight), base.Color(theme.ColorNameBackground, theme.VariantLight)) >= minOutlineContrast {
		t.Fatal("Fyne's outline already reads on white: the test proves nothing")
	}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		th := forcedTheme(v)
		c, bg := th.Color(theme.ColorNameInputBorder, v), th.Color(theme.ColorNameBackground, v)
		if r := contrastRatio(c, bg); r < minOutlineContrast {
			t.Errorf("variant %v: the outline %v has a contrast of %.2f:1 on %v, want at least 3", v, c, r, bg)
		}
	}
}

// A theme following the system adjusts the variant it is asked for.
func TestStatusColoursFollowTheSystemVariant(t *testing.T) {
	a := testapp.New(t)
	setThemePreference(a, "system")
	th := a.Settings().Theme()
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		bg := th.Color(theme.ColorNameBackground, v)
		if r := contrastRatio(th.Color(theme.ColorNameSuccess, v), bg); r < minContrast {
			t.Errorf("variant %v: success has %.2f:1", v, r)
		}
	}
}
