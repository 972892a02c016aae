// Package uikit holds the small pieces that the main window (package ui)
// and the meetings window (package ui/meeting) both use: the language the
// interface speaks, how dates, times and statuses are written, every
// dialog with buttons (dialogs.go) and the dialogs' keys, the error
// dialog, the dialog that asks where a new file goes, the signing
// identity picker and the note that a PDF was saved. It imports neither
// window's package.
package uikit

import (
	"encoding/json"
	"fmt"
	"os"
	"path"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"github.com/jeandeaual/go-locale"
	"golang.org/x/text/language"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/model"
)

// current is the language the interface speaks; model values (statuses,
// outcomes) are named in it too.
var current = model.Swedish

// SystemLanguage returns English when the system's first locale is
// English, and Swedish otherwise: Styrgrupp is Swedish first.
func SystemLanguage() model.Language {
	locs, err := locale.GetLocales()
	if err != nil || len(locs) == 0 {
		return model.Swedish
	}
	if l, ok := model.ParseLanguage(locs[0]); ok {
		return l
	}
	return model.Swedish
}

// SetLanguage makes l the language of every string shown through lang.L.
//
// Fyne (v2.7.1) picks its translation from the system's locales and has no
// setter. So the chosen language's strings are registered under the tag
// Fyne picks for this system, the base language of its first locale,
// whatever that language is. The files hold Fyne's own dialog strings too,
// so those follow the choice. On a system whose locale is "C" or "POSIX",
// which Fyne cannot parse, LANGUAGE is set first so that Fyne does not log
// the same locale error again.
func SetLanguage(l model.Language) error {
	if l != model.English {
		l = model.Swedish
	}
	data, err := translation(l)
	if err != nil {
		return err
	}
	if err := lang.AddTranslationsForLocale(data, fyne.Locale(fyneTag(l))); err != nil {
		return err
	}
	current = l
	return nil
}

// fyneTag returns the language Fyne will look up strings in.
func fyneTag(l model.Language) string {
	locs, err := locale.GetLocales()
	if err == nil {
		for _, loc := range locs {
			if t, err := language.Parse(loc); err == nil {
				base, _ := t.Base()
				return base.String()
			}
		}
	}
	if runtime.GOOS != "windows" {
		os.Setenv("LANGUAGE", string(l))
		return string(l)
	}
	return "en" // Fyne's fallback when no locale can be read
}

// translation merges every translation file for l into one JSON
// document: Fyne's strings (fyne.sv.json), Styrgrupp's (sv.json) and any
// screen's own (comments.sv.json).
func translation(l model.Language) ([]byte, error) {
	entries, err := assets.Translations.ReadDir("translations")
	if err != nil {
		return nil, err
	}
	merged := map[string]json.RawMessage{}
	for _, e := range entries {
		name := e.Name()
		if name != string(l)+".json" && !strings.HasSuffix(name, "."+string(l)+".json") {
			continue
		}
		b, err := assets.Translations.ReadFile(path.Join("translations", name))
		if err != nil {
			return nil, err
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for k, v := range m {
			merged[k] = v
		}
	}
	return json.Marshal(merged)
}

// Language returns the language the interface speaks.
func Language() model.Language { return current }
