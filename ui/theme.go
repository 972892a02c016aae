package ui

import (
	"image/color"
	"math"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Preference keys and values for the look of the program (Inställningar →
// Utseende, and the Visa menu).
const (
	themePreference    = "theme"     // "system", "light" or "dark"
	textSizePreference = "text_size" // "normal", "large" or "larger"

	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"

	textNormal = "normal"
	textLarge  = "large"  // for the projector
	textLarger = "larger" // for the projector at the back of the room
)

// themeValues and textSizeValues list the preference values in the order
// the settings offer them.
var (
	themeValues    = []string{themeSystem, themeLight, themeDark}
	textSizeValues = []string{textNormal, textLarge, textLarger}
)

// textScales maps a text size preference to how much larger than Fyne's
// default the text is drawn.
var textScales = map[string]float32{
	textNormal: 1.0,
	textLarge:  1.2,
	textLarger: 1.45,
}

// appTheme is Fyne's theme with the user's choice of light or dark and of
// text size: it overrides the colours' variant, the text sizes, and the
// shades of the colours status text is written in (see textColours).
type appTheme struct {
	fyne.Theme
	variant *fyne.ThemeVariant // nil follows the system
	scale   float32            // 1 is Fyne's default text size
}

// Color returns the colour for the forced variant, when one is set. The
// colours status text is written in are made readable on the background
// (see readableColor), and the text on them follows.
func (t *appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.variant != nil {
		v = *t.variant
	}
	if textColours[n] {
		return t.readable(n, v)
	}
	if on, ok := onColours[n]; ok {
		return t.onColour(n, on, v)
	}
	if n == theme.ColorNameFocus {
		return t.focusColour(v)
	}
	if n == theme.ColorNameInputBorder {
		bg := t.Theme.Color(theme.ColorNameBackground, v)
		return readableColor(t.Theme.Color(n, v), bg, bg, minOutlineContrast)
	}
	return t.Theme.Color(n, v)
}

// minOutlineContrast is the contrast ratio WCAG 2.1 (1.4.11, non-text
// contrast) asks of what shows a control and its state: the outline of a
// radio button, a check box and a field (ColorNameInputBorder), which
// Fyne draws at 1.3:1 on its light background, too faint to find on a
// projector (the vote dialog's radio buttons).
const minOutlineContrast = 3.0

// focusAlpha is the most of the readable primary colour the focus fill
// lays over a widget: Fyne's own 0x2a is a faint tint that is hard to
// find on a projector.
const focusAlpha = 0x80

// focusColour is the fill of the widget that has the keyboard (a button,
// a select, the tree's row, a link row): the readable shade of the
// primary colour, as strong as focusAlpha or as text written on it (a
// focused button's label) still reads with minContrast.
func (t *appTheme) focusColour(v fyne.ThemeVariant) color.Color {
	c := nrgba(t.readable(theme.ColorNamePrimary, v))
	bg := t.Theme.Color(theme.ColorNameBackground, v)
	fg := t.Theme.Color(theme.ColorNameForeground, v)
	for c.A = focusAlpha; c.A > 0x30; c.A -= 8 {
		if contrastRatio(fg, overColour(c, bg)) >= minContrast {
			break
		}
	}
	return c
}

// minContrast is the contrast ratio WCAG 2 (level AA) asks of normal text.
const minContrast = 4.5

// textColours are the theme colours labels and rich text write words in:
// the tree's statuses ("För beslut" in the primary colour, "Beslutat –
// godkänt" in success, "Beslutat – avslag" in error, a returned draft in
// warning), "Löst" on a comment, the messages beside a form, and links.
// Fyne's own shades of them are too light on its light background (its
// green has a contrast of 1.5:1 on white), and its blue is too dark on the
// dark one.
var textColours = map[fyne.ThemeColorName]bool{
	theme.ColorNamePrimary:   true,
	theme.ColorNameHyperlink: true,
	theme.ColorNameSuccess:   true,
	theme.ColorNameWarning:   true,
	theme.ColorNameError:     true,
}

// onColours are the colours written on a text colour (a button's label on
// its primary or danger background), by the colour they are written on.
var onColours = map[fyne.ThemeColorName]fyne.ThemeColorName{
	theme.ColorNameForegroundOnPrimary: theme.ColorNamePrimary,
	theme.ColorNameForegroundOnSuccess: theme.ColorNameSuccess,
	theme.ColorNameForegroundOnWarning: theme.ColorNameWarning,
	theme.ColorNameForegroundOnError:   theme.ColorNameError,
}

// readable returns the base theme's colour n, darkened on a light
// background or lightened on a dark one just enough that text in it has
// a contrast of at least minContrast with the background, and with the
// background under the mouse pointer (a hovered row in the tree).
func (t *appTheme) readable(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	c := t.Theme.Color(n, v)
	bg := t.Theme.Color(theme.ColorNameBackground, v)
	return readableColor(c, bg, overColour(t.Theme.Color(theme.ColorNameHover, v), bg), minContrast)
}

// onColour returns the base theme's colour n for text on the readable
// shade of colour on, or the background's colour when that reads better
// there (a dark label on the lightened blue of the dark variant).
func (t *appTheme) onColour(n, on fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	c := t.Theme.Color(n, v)
	under := t.readable(on, v)
	if bg := t.Theme.Color(theme.ColorNameBackground, v); contrastRatio(bg, under) > contrastRatio(c, under) {
		return bg
	}
	return c
}

// readableColors remembers what readableColor found, as themes are asked
// for colours at every refresh.
var readableColors = struct {
	sync.Mutex
	m map[readableKey]color.Color
}{m: map[readableKey]color.Color{}}

// readableKey is what readableColor is asked: a colour, the backgrounds
// and the least contrast.
type readableKey struct {
	colours [3]color.NRGBA
	least   float64
}

// readableColor returns c, or the shade of c nearest to it that has a
// contrast of at least least with the background bg and with the hovered
// background: darker (towards black) on a light background, lighter
// (towards white) on a dark one. The hue stays, so green still reads as
// green.
func readableColor(c, bg, hovered color.Color, least float64) color.Color {
	key := readableKey{[3]color.NRGBA{nrgba(c), nrgba(bg), nrgba(hovered)}, least}
	readableColors.Lock()
	defer readableColors.Unlock()
	if found, ok := readableColors.m[key]; ok {
		return found
	}
	enough := func(c color.Color) bool {
		return contrastRatio(c, bg) >= least && contrastRatio(c, hovered) >= least
	}
	base, out := key.colours[0], key.colours[0]
	light := luminance(bg) > 0.5
	for step := 0; step <= 255 && !enough(out); step++ {
		k := float64(step) / 255
		mix := func(x uint8) uint8 {
			if light {
				return uint8(math.Round(float64(x) * (1 - k)))
			}
			return uint8(math.Round(float64(x) + (255-float64(x))*k))
		}
		out = color.NRGBA{R: mix(base.R), G: mix(base.G), B: mix(base.B), A: base.A}
	}
	readableColors.m[key] = out
	return out
}

// contrastRatio is the WCAG 2 contrast ratio of two opaque colours, from
// 1 (the same) to 21 (black on white).
func contrastRatio(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// luminance is the WCAG 2 relative luminance of a colour, 0 for black and
// 1 for white; the alpha is ignored.
func luminance(c color.Color) float64 {
	n := nrgba(c)
	channel := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*channel(n.R) + 0.7152*channel(n.G) + 0.0722*channel(n.B)
}

func nrgba(c color.Color) color.NRGBA { return color.NRGBAModel.Convert(c).(color.NRGBA) }

// overColour returns the translucent colour top drawn over the opaque bottom.
func overColour(top, bottom color.Color) color.NRGBA {
	t, b := nrgba(top), nrgba(bottom)
	a := float64(t.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return color.NRGBA{R: mix(t.R, b.R), G: mix(t.G, b.G), B: mix(t.B, b.B), A: 0xff}
}

// Size scales the text sizes (and the icons that sit inline with text).
func (t *appTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.Theme.Size(n)
	if t.scale <= 0 || t.scale == 1 {
		return s
	}
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameInlineIcon:
		return s * t.scale
	}
	return s
}

// themeFromPreferences builds the theme the stored preferences ask for;
// unknown values fall back to following the system and normal text.
func themeFromPreferences(p fyne.Preferences) *appTheme {
	t := &appTheme{Theme: theme.DefaultTheme(), scale: 1}
	switch p.StringWithFallback(themePreference, themeSystem) {
	case themeLight:
		v := theme.VariantLight
		t.variant = &v
	case themeDark:
		v := theme.VariantDark
		t.variant = &v
	}
	if s, ok := textScales[p.StringWithFallback(textSizePreference, textNormal)]; ok {
		t.scale = s
	}
	return t
}

// applyPreferences sets the app's theme from the stored preferences.
func applyPreferences(a fyne.App) {
	a.Settings().SetTheme(themeFromPreferences(a.Preferences()))
}

// setThemePreference stores the theme choice ("system", "light" or
// "dark") and applies it at once.
func setThemePreference(a fyne.App, v string) {
	a.Preferences().SetString(themePreference, v)
	applyPreferences(a)
}

// setTextSizePreference stores the text size ("normal", "large" or
// "larger") and applies it at once.
func setTextSizePreference(a fyne.App, v string) {
	a.Preferences().SetString(textSizePreference, v)
	applyPreferences(a)
}
