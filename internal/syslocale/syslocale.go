// Package syslocale keeps Fyne's complaints about the system's locale off
// the terminal, and tells which language the system's locale asks for.
//
// Fyne's lang package reads the system's locales when it is initialised
// (github.com/jeandeaual/go-locale: LC_ALL, LC_MESSAGES, LANG, then
// LANGUAGE) and logs "Fyne error: Error parsing user locale C" for a
// locale golang.org/x/text cannot parse: C or POSIX with a charset, such
// as C.UTF-8, a LANGUAGE list that names C, or an unknown language, on
// every run of every command, the command line's too. Imported by main for
// its side effect, this package is initialised first (Go initialises
// packages in the order of their import paths where their imports allow,
// and this one imports only the standard library, while Fyne's lang waits
// for golang.org/x/text): it gives Fyne a language it can read for a C
// locale with a charset (Fix) and drops the report of any locale Fyne
// still cannot parse from the standard logger, where Fyne writes it
// (Quiet).
package syslocale

import (
	"bytes"
	"io"
	"log"
	"os"
	"strings"
)

// Fallback is the language LANGUAGE is set to on such a system: Swedish,
// the language Styrgrupp speaks when the system's says nothing.
const Fallback = "sv"

func init() {
	Fix(os.Getenv, os.Setenv)
	log.SetOutput(Quiet(os.Stderr))
}

// Fix sets LANGUAGE to Fallback when the locale the environment names is
// C or POSIX with a charset or modifier ("C.UTF-8", "POSIX@x") and
// LANGUAGE is empty. gettext ignores LANGUAGE under a C locale, so other
// programs are not affected; Fyne then reads a language it can parse.
func Fix(getenv func(string) string, setenv func(string, string) error) {
	loc := locale(getenv)
	if loc == "C" || loc == "POSIX" || getenv("LANGUAGE") != "" {
		return
	}
	if base := language(loc); base == "C" || base == "POSIX" {
		_ = setenv("LANGUAGE", Fallback)
	}
}

// Language returns the language the locale that getenv's environment
// names for messages asks for, as its code ("sv" for "sv_SE.UTF-8", "en"
// for "en_GB"), or "" when it names none: unset, C or POSIX.
func Language(getenv func(string) string) string {
	base, _, _ := strings.Cut(language(locale(getenv)), "_")
	if base == "C" || base == "POSIX" {
		return ""
	}
	return strings.ToLower(base)
}

// locale returns the locale for messages: the first of LC_ALL,
// LC_MESSAGES and LANG that is set, as gettext reads them.
func locale(getenv func(string) string) string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc := getenv(v); loc != "" {
			return loc
		}
	}
	return ""
}

// language drops a locale's charset and modifier: "sv_SE" for
// "sv_SE.UTF-8@euro".
func language(loc string) string {
	base, _, _ := strings.Cut(strings.SplitN(loc, "@", 2)[0], ".")
	return base
}

// localeReport starts the lines fyne.LogError writes when Fyne cannot
// parse the system's locale; its "  Cause:" and "  At:" lines follow.
const localeReport = "Fyne error:  Error parsing user locale "

// Quiet returns a writer for the standard logger that passes every line
// on to w but for Fyne's report of a locale it cannot parse.
func Quiet(w io.Writer) io.Writer { return &quiet{w: w} }

// quiet is Quiet's writer; the logger writes it a line at a time, under
// its own lock.
type quiet struct {
	w        io.Writer
	dropping bool
}

func (q *quiet) Write(p []byte) (int, error) {
	switch {
	case bytes.Contains(p, []byte(localeReport)):
		q.dropping = true
	case q.dropping && (bytes.Contains(p, []byte("  Cause: ")) || bytes.Contains(p, []byte("  At: "))):
	default:
		q.dropping = false
		return q.w.Write(p)
	}
	return len(p), nil
}
