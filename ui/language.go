package ui

import (
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// SystemLanguage returns English when the system's first locale is
// English, and Swedish otherwise (uikit.SystemLanguage).
func SystemLanguage() model.Language { return uikit.SystemLanguage() }

// SetLanguage makes l the language of every string shown through lang.L
// (uikit.SetLanguage).
func SetLanguage(l model.Language) error { return uikit.SetLanguage(l) }

// Language returns the language the interface speaks.
func Language() model.Language { return uikit.Language() }
