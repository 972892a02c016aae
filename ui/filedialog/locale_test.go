package filedialog

import (
	"slices"
	"strings"
	"testing"
)

// Where the C library cannot set the user's locale, zenity runs under
// C.UTF-8 through env, so that "ä" in its title and in the path it
// writes survive; where it can, or for kdialog, the program runs as it is.
func TestZenityRunsUnderUTF8WhereTheLocaleIsMissing(t *testing.T) {
	const missing = "locale: Cannot set LC_CTYPE to default locale: No such file or directory\n"
	cases := []struct {
		name   string
		onPath []string
		errOut string
		want   []string // the dialog's program and its first arguments
	}{
		{"locale missing", []string{"zenity", "locale", "env"}, missing,
			[]string{"/usr/bin/env", utf8Locale, "/usr/bin/zenity", "--file-selection", "--title=Välj en fil"}},
		{"locale installed", []string{"zenity", "locale", "env"}, "",
			[]string{"/usr/bin/zenity", "--file-selection", "--title=Välj en fil"}},
		{"no locale program", []string{"zenity", "env"}, missing,
			[]string{"/usr/bin/zenity", "--file-selection", "--title=Välj en fil"}},
		{"kdialog", []string{"kdialog", "locale", "env"}, missing,
			[]string{"/usr/bin/kdialog", "--title", "Välj en fil"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := &fakeSystem{onPath: map[string]bool{}, env: map[string]string{"DISPLAY": ":0"},
				out: "/home/anna/Förslag.xlsx\n", errOut: tc.errOut}
			for _, p := range tc.onPath {
				f.onPath[p] = true
			}
			c, win := f.chooser(t)
			var got string
			c.Open(win, Request{Title: "Välj en fil"}, func(p string) { got = p })
			if len(f.ran) == 0 {
				t.Fatal("no program ran")
			}
			last := f.ran[len(f.ran)-1]
			if len(last) < len(tc.want) || !slices.Equal(last[:len(tc.want)], tc.want) {
				t.Errorf("ran %q, want it to start %q", last, tc.want)
			}
			if got != "/home/anna/Förslag.xlsx" {
				t.Errorf("the path chosen came back as %q", got)
			}
		})
	}
}

// Under C.UTF-8 zenity speaks the app's language through LANGUAGE (its
// Avbryt and OK, GTK's places), since --ok-label and --cancel-label do
// not reach the file chooser; with the locale installed, or no language
// given, LANGUAGE is left as the user has it.
func TestZenityUnderUTF8SpeaksTheAppsLanguage(t *testing.T) {
	const missing = "locale: Cannot set LC_CTYPE to default locale: No such file or directory\n"
	cases := []struct {
		name, language, errOut string
		want                   []string
	}{
		{"Swedish", "sv", missing, []string{"/usr/bin/env", utf8Locale, "LANGUAGE=sv", "/usr/bin/zenity", "--file-selection"}},
		{"English", "en", missing, []string{"/usr/bin/env", utf8Locale, "LANGUAGE=en", "/usr/bin/zenity", "--file-selection"}},
		{"no language", "", missing, []string{"/usr/bin/env", utf8Locale, "/usr/bin/zenity", "--file-selection"}},
		{"locale installed", "sv", "", []string{"/usr/bin/zenity", "--file-selection"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := &fakeSystem{onPath: map[string]bool{"zenity": true, "locale": true, "env": true},
				env: map[string]string{"DISPLAY": ":0"}, out: "/home/anna/Förslag.xlsx\n", errOut: tc.errOut}
			c, win := f.chooser(t)
			c.Language = tc.language
			c.Open(win, Request{Title: "Välj en fil"}, func(string) {})
			if len(f.ran) == 0 {
				t.Fatal("no program ran")
			}
			last := f.ran[len(f.ran)-1]
			if len(last) < len(tc.want) || !slices.Equal(last[:len(tc.want)], tc.want) {
				t.Errorf("ran %q, want it to start %q", last, tc.want)
			}
			for _, a := range last {
				if strings.HasPrefix(a, "--ok-label") || strings.HasPrefix(a, "--cancel-label") {
					t.Errorf("ran %q: zenity refuses %s for a file chooser", last, a)
				}
			}
		})
	}
}
