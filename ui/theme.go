package ui

import (
	"image/color"

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
// text size: it overrides only the colours' variant and the text sizes.
type appTheme struct {
	fyne.Theme
	variant *fyne.ThemeVariant // nil follows the system
	scale   float32            // 1 is Fyne's default text size
}

// Color returns the colour for the forced variant, when one is set.
func (t *appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.variant != nil {
		v = *t.variant
	}
	return t.Theme.Color(n, v)
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
