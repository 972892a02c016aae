package filedialog

import (
	"bytes"
	"context"
)

// zenity, a GTK program, reads its arguments and writes the path chosen
// in the C library's locale. Where the user's locale (LANG=sv_SE.UTF-8)
// is not installed, the C library falls back to plain ASCII: zenity then
// refuses a title with "ä" in it, and writes "F?rslag.xlsx" for the
// file "Förslag.xlsx" chosen. There it runs under C.UTF-8, which every
// glibc system has.

// utf8Locale is the locale zenity runs under when the user's is missing.
const utf8Locale = "LC_ALL=C.UTF-8"

// languageKey names, in the label catalogue, the gettext language of the
// app's language ("sv", "en"): Default's Chooser.Language. Under C.UTF-8 zenity and GTK would speak
// English whatever the app speaks; LANGUAGE, which gettext heeds under
// C.UTF-8 (unlike under plain C), has them speak the app's language:
// Avbryt and OK, Senaste, Hem, Skrivbord. zenity's --ok-label and
// --cancel-label do not reach the file chooser: zenity 3.44 refuses them
// there ("not supported for this dialog") and shows no dialog at all.
const languageKey = "filedialog.language"

// localeMissing tells whether the C library cannot set the user's
// locale: the program locale then says "Cannot set LC_…". Without
// locale on PATH, nothing is known and the locale is taken as it is.
func (c *Chooser) localeMissing() bool {
	path, err := c.LookPath("locale")
	if err != nil {
		return false
	}
	out, err := c.Run(context.Background(), path, nil)
	return err == nil && bytes.Contains(out.Stderr, []byte("Cannot set LC_"))
}

// inUTF8 returns d run through env under C.UTF-8, in c.Language, when the user's locale is missing and d is zenity;
// otherwise d as it is.
func (c *Chooser) inUTF8(d *command) *command {
	if d.tool != zenity || !c.localeMissing() {
		return d
	}
	env, err := c.LookPath("env")
	if err != nil {
		return d
	}
	pre := []string{utf8Locale}
	if c.Language != "" {
		pre = append(pre, "LANGUAGE="+c.Language)
	}
	return &command{tool: d.tool, path: env, pre: append(pre, d.path), run: d.run}
}
