// Package syslocale gives Fyne a locale it can read before Fyne's lang
// package starts. That package reads the system's locales when it is
// initialised (github.com/jeandeaual/go-locale: LC_ALL, LC_MESSAGES, LANG,
// then LANGUAGE) and logs "Fyne error: Error parsing user locale C" for a
// C or POSIX locale with a charset, such as C.UTF-8, on every run of
// every command, the command line's too. Imported by main for its side
// effect, it is initialised first: Go initialises packages in the order
// of their import paths where their imports allow, and this one imports
// only the standard library, while Fyne's lang waits for
// golang.org/x/text.
package syslocale

import (
	"os"
	"strings"
)

// Fallback is the language LANGUAGE is set to on such a system: Swedish,
// the language Styrgrupp speaks when the system's says nothing.
const Fallback = "sv"

func init() { Fix(os.Getenv, os.Setenv) }

// Fix sets LANGUAGE to Fallback when the locale the environment names is
// C or POSIX with a charset or modifier ("C.UTF-8", "POSIX@x") and
// LANGUAGE is empty. gettext ignores LANGUAGE under a C locale, so other
// programs are not affected; Fyne then reads a language it can parse.
func Fix(getenv func(string) string, setenv func(string, string) error) {
	var loc string
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc = getenv(v); loc != "" {
			break
		}
	}
	if loc == "C" || loc == "POSIX" || getenv("LANGUAGE") != "" {
		return
	}
	base, _, _ := strings.Cut(strings.SplitN(loc, "@", 2)[0], ".")
	if base == "C" || base == "POSIX" {
		_ = setenv("LANGUAGE", Fallback)
	}
}
