package model_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/styrgrupp/styrgrupp/model"
)

// TestTitleOfInvisibleCharactersRefused: issue 11, hole 9. A title of a
// zero-width space and a right-to-left override was accepted; it is
// refused whether or not the content was normalised first.
func TestTitleOfInvisibleCharactersRefused(t *testing.T) {
	for _, title := range []string{"\u200b\u202e", "\x1b\x07\x00", "\u2066\u2069 \ufeff", "—…"} {
		c := validContent()
		c.Title = title
		// Normalised, the title may be left empty: then it is missing.
		for _, c := range []model.Content{c, c.Normalize()} {
			keys := errKeys(c.Validate())
			if len(keys) != 1 || (keys[0] != "title_no_letter" && keys[0] != "title_required") {
				t.Errorf("title %q: errors %v", c.Title, keys)
			}
		}
	}
	c := validContent()
	c.Title = "\u200b\u202e"
	if e := assertErr(t, c.Validate(), model.EInvalid, "title_no_letter"); e.Field != "title" {
		t.Errorf("field %q", e.Field)
	}
	c.Title = "7"
	assertNoErr(t, c.Validate())
}

// TestNormalizeDropsInvisible: text fields lose control characters but
// tab and line breaks, bidirectional controls, the zero-width space and
// the byte-order mark; the zero-width joiner of an emoji stays.
func TestNormalizeDropsInvisible(t *testing.T) {
	for in, want := range map[string]string{
		"\x1b[31mRöd\x1b[0m":          "[31mRöd[0m",
		"a\u202eb\u202c\u2067c\u2069": "abc",
		"\u200bNoll\ufeffbredd\u2060": "Nollbredd",
		"rad\tett\r\nrad\x00två\x7f":  "rad\tett\nradtvå",
		"C1\u0085\u009b":              "C1",
		"e\u200b\u0301":               "é", // NFC after the space is gone
		"\u200e\u200fmärkt\u061c":     "märkt",
		"👩\u200d💻 och \u200cZWNJ":     "👩\u200d💻 och \u200cZWNJ",
	} {
		c := model.Content{Title: in, Summary: in, Partners: []string{in}, Evidence: []model.Evidence{{Citation: in}}}
		n := c.Normalize()
		if n.Title != want || n.Summary != want || n.Partners[0] != want || n.Evidence[0].Citation != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, n.Title, want)
		}
		if n.Normalize().Title != want {
			t.Errorf("Normalize is not idempotent on %q", in)
		}
	}
}

// TestFingerprintOfOlderTextHolds: text stored before invisible characters
// were dropped reads back as stored, and its fingerprint is what it was,
// so check and deciding on it do not call it corrupt.
func TestFingerprintOfOlderTextHolds(t *testing.T) {
	old := validContent()
	old.Title = "Före\u200b dropp"
	fp := model.Fingerprint(old)
	back, err := model.DecodeCanonical(model.Canonical(old))
	if err != nil {
		t.Fatal(err)
	}
	if back.Title != old.Title || model.Fingerprint(back) != fp {
		t.Errorf("read back %q, fingerprint %s, want %q, %s", back.Title, model.Fingerprint(back), old.Title, fp)
	}
	if n := old.Normalize(); n.Title != "Före dropp" || n.Equal(old) {
		t.Errorf("Normalize kept the space, or Equal ignores it: %q", n.Title)
	}
}

// TestContentLengthLimits: issue 11, hole 9: title 300 characters, other
// text 20,000, lists 100 items, each an error with its field.
func TestContentLengthLimits(t *testing.T) {
	items := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = "post"
		}
		return out
	}
	tests := []struct {
		name  string
		edit  func(*model.Content)
		field string
		key   string
	}{
		{"title 300", func(c *model.Content) { c.Title = strings.Repeat("å", 300) }, "", ""},
		{"title 301", func(c *model.Content) { c.Title = strings.Repeat("å", 301) }, "title", "text_too_long"},
		{"summary 20000", func(c *model.Content) { c.Summary = strings.Repeat("ö", 20000) }, "", ""},
		{"description 20001", func(c *model.Content) { c.Description = strings.Repeat("x", 20001) }, "description", "text_too_long"},
		{"funding 20001", func(c *model.Content) { c.Funding = strings.Repeat("x", 20001) }, "funding", "text_too_long"},
		{"registry number 40", func(c *model.Content) { c.RegistryNumber = "KS 2026/" + strings.Repeat("9", 32) }, "", ""},
		{"registry number 41", func(c *model.Content) { c.RegistryNumber = "KS 2026/" + strings.Repeat("9", 33) }, "registry_number", "text_too_long"},
		{"partners 100", func(c *model.Content) { c.Partners = items(100) }, "", ""},
		{"partners 101", func(c *model.Content) { c.Partners = items(101) }, "partners", "list_too_long"},
		{"risk factors 101", func(c *model.Content) { c.RiskFactors = items(101) }, "risk_factors", "list_too_long"},
		{"long risk factor", func(c *model.Content) { c.RiskFactors = []string{strings.Repeat("x", 20001)} }, "risk_factors", "text_too_long"},
		{"evidence 101", func(c *model.Content) {
			c.Evidence = make([]model.Evidence, 101)
			for i := range c.Evidence {
				c.Evidence[i] = model.Evidence{Kind: model.EvidenceKinds[0], Citation: "källa"}
			}
		}, "evidence", "list_too_long"},
		{"long citation", func(c *model.Content) { c.Evidence[0].Citation = strings.Repeat("x", 20001) }, "evidence", "text_too_long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validContent()
			tt.edit(&c)
			err := c.Validate()
			if tt.key == "" {
				assertNoErr(t, err)
				return
			}
			e := assertErr(t, err, model.EInvalid, tt.key)
			if e.Field != tt.field {
				t.Errorf("field %q, want %q", e.Field, tt.field)
			}
			assertKeys(t, err, tt.key)
		})
	}
	c := validContent()
	c.Title = strings.Repeat("a", 301)
	e := findErr(c.Validate(), "text_too_long")
	if got := e.Message(model.Swedish); got != "Texten är för lång: 301 tecken, högst 300." {
		t.Errorf("message %q", got)
	}
}

// TestPrintable: what the command line prints of a file or a store cannot
// reach the terminal as a control sequence.
func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"Föräldrastöd 2.3":       "Föräldrastöd 2.3",
		"\x1b[31mRöd\x1b[0m":     `\x1b[31mRöd\x1b[0m`,
		"rad\nnästa\r\tflik":     `rad\nnästa\r\tflik`,
		"abc\u202edcba\u2066":    `abc\u202edcba\u2066`,
		"\u200b\ufeff\u2028\x7f": `\u200b\ufeff\u2028\x7f`,
		"CSI \u009b2J":           `CSI \u009b2J`,
		"trasig \xff\xfe":        `trasig \xff\xfe`,
		"👩\u200d💻 \ufffd":        "👩\u200d💻 \ufffd",
	} {
		if got := model.Printable(in); got != want {
			t.Errorf("Printable(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzPrintable: Printable's output is valid UTF-8 with no control
// character, bidirectional control or zero-width space in it, and text
// without any is left as it is.
func FuzzPrintable(f *testing.F) {
	for _, s := range []string{"\x1b[31mRöd", "\u200b\u202e", "a\nb", "\xff", "vanlig text åäö"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := model.Printable(s)
		if !utf8.ValidString(p) {
			t.Fatalf("Printable(%q) = %q: not UTF-8", s, p)
		}
		for _, r := range p {
			if r < 0x20 || (r >= 0x7f && r < 0xa0) || strings.ContainsRune("\u061c\u200b\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff", r) {
				t.Fatalf("Printable(%q) = %q keeps %U", s, p, r)
			}
		}
		if !strings.Contains(s, `\`) && !strings.Contains(p, `\`) && p != s {
			t.Fatalf("Printable(%q) = %q changed plain text", s, p)
		}
	})
}
