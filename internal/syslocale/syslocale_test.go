package syslocale

import (
	"log"
	"strings"
	"testing"
)

func TestFix(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"LANG": "C.UTF-8"}, Fallback},
		{map[string]string{"LC_ALL": "POSIX.utf8", "LANG": "sv_SE.UTF-8"}, Fallback},
		{map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "en"}, "en"},
		{map[string]string{"LANG": "C"}, ""},
		{map[string]string{"LANG": "sv_SE.UTF-8"}, ""},
		{map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "C.UTF-8"}, ""},
		{map[string]string{}, ""},
	} {
		env := map[string]string{}
		for k, v := range c.env {
			env[k] = v
		}
		Fix(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
		if env["LANGUAGE"] != c.want {
			t.Errorf("%v: LANGUAGE %q, want %q", c.env, env["LANGUAGE"], c.want)
		}
	}
}

func TestLanguage(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"LANG": "sv_SE.UTF-8"}, "sv"},
		{map[string]string{"LANG": "en_GB.UTF-8"}, "en"},
		{map[string]string{"LC_ALL": "en_US", "LANG": "sv_SE.UTF-8"}, "en"},
		{map[string]string{"LC_MESSAGES": "en_GB.UTF-8", "LANG": "sv_SE.UTF-8"}, "en"},
		{map[string]string{"LC_ALL": "C.UTF-8", "LANG": "en_GB.UTF-8"}, ""},
		{map[string]string{"LANG": "C"}, ""},
		{map[string]string{"LANG": "POSIX"}, ""},
		{map[string]string{"LANG": "de_DE@euro"}, "de"},
		{map[string]string{}, ""},
	} {
		if got := Language(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("%v: %q, want %q", c.env, got, c.want)
		}
	}
}

// TestQuietDropsOnlyTheLocaleReport feeds the standard logger what
// fyne.LogError writes for an unparsable locale between two other lines.
func TestQuietDropsOnlyTheLocaleReport(t *testing.T) {
	var out strings.Builder
	l := log.New(Quiet(&out), "", 0)
	l.Println("before")
	l.Println("Fyne error: ", "Error parsing user locale C")
	l.Println("  Cause:", "language: tag is not well-formed")
	l.Printf("  At: %s:%d", "locale.go", 35)
	l.Println("Fyne error: ", "Failed to load a font")
	l.Printf("  At: %s:%d", "font.go", 7)
	want := "before\nFyne error:  Failed to load a font\n  At: font.go:7\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}
