package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// languagePane offers Svenska and English.
func (d *settingsDialog) languagePane() fyne.CanvasObject {
	options := make([]string, len(settingsLanguages))
	for i, l := range settingsLanguages {
		options[i] = lang.L("settings.language." + string(l))
	}
	d.language = widget.NewRadioGroup(options, nil)
	d.language.Required = true
	for i, l := range settingsLanguages {
		if l == uikit.Language() {
			d.language.SetSelected(options[i])
		}
	}
	d.language.OnChanged = func(s string) {
		for i, o := range options {
			if o == s {
				d.chooseLanguage(settingsLanguages[i])
			}
		}
	}
	intro := widget.NewLabel(lang.L("settings.language.intro"))
	intro.Wrapping = fyne.TextWrapWord
	return container.NewVBox(intro, d.language)
}

// chooseLanguage stores l, closes the dialog, whose labels are in the old
// language, and hands l to onLanguage.
func (d *settingsDialog) chooseLanguage(l model.Language) {
	if l == uikit.Language() {
		return
	}
	d.app.Preferences().SetString(languagePreference, string(l))
	if d.dlg != nil {
		d.dlg.Hide()
	}
	if d.onLanguage != nil {
		d.onLanguage(l)
	}
}

// appearancePane offers the theme and the text size; a choice applies at
// once.
func (d *settingsDialog) appearancePane() fyne.CanvasObject {
	p := d.app.Preferences()
	d.theme = choiceGroup("theme.", themeValues, p.StringWithFallback(themePreference, themeSystem),
		func(v string) { setThemePreference(d.app, v); d.lookChanged() })
	d.textSize = choiceGroup("theme.text.", textSizeValues, p.StringWithFallback(textSizePreference, textNormal),
		func(v string) { setTextSizePreference(d.app, v); d.lookChanged() })
	return widget.NewForm(
		widget.NewFormItem(lang.L("settings.theme"), d.theme),
		widget.NewFormItem(lang.L("settings.text_size"), d.textSize),
	)
}

// lookChanged tells onLook that the theme or the text size changed.
func (d *settingsDialog) lookChanged() {
	if d.onLook != nil {
		d.onLook()
	}
}

// choiceGroup is a radio group offering values, each labelled with the
// translation of prefix+value, with the current value selected; changed
// is called with the value the user picks.
func choiceGroup(prefix string, values []string, selected string, changed func(string)) *widget.RadioGroup {
	options := make([]string, len(values))
	for i, v := range values {
		options[i] = lang.L(prefix + v)
	}
	g := widget.NewRadioGroup(options, nil)
	g.Required = true
	g.Horizontal = true
	for i, v := range values {
		if v == selected {
			g.SetSelected(options[i])
		}
	}
	g.OnChanged = func(s string) {
		for i, o := range options {
			if o == s {
				changed(values[i])
			}
		}
	}
	return g
}
