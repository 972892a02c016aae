package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The focus fill stands out from the background in both variants, as
// Fyne's own faint tint does not, and a label written on it (a focused
// button's) still reads.
func TestFocusIsDrawnClearlyInBothVariants(t *testing.T) {
	th := &appTheme{Theme: theme.DefaultTheme(), scale: 1}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		bg := th.Color(theme.ColorNameBackground, v)
		fill := overColour(th.Color(theme.ColorNameFocus, v), bg)
		faint := overColour(theme.DefaultTheme().Color(theme.ColorNameFocus, v), bg)
		t.Logf("variant %d: fill contrast %.2f, Fyne's %.2f, text %.2f", v, contrastRatio(fill, bg), contrastRatio(faint, bg), contrastRatio(th.Color(theme.ColorNameForeground, v), fill))
		if got, was := contrastRatio(fill, bg), contrastRatio(faint, bg); got < 1.5 || got < 1.2*was {
			t.Errorf("variant %d: the focus fill has a contrast of %.2f with the background (Fyne's %.2f)", v, got, was)
		}
		if got := contrastRatio(th.Color(theme.ColorNameForeground, v), fill); got < minContrast {
			t.Errorf("variant %d: text on the focus fill has a contrast of %.2f", v, got)
		}
	}
}
