package pdf

import (
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestEveryLabelInBothLanguages(t *testing.T) {
	sv, en := labels[model.Swedish], labels[model.English]
	for _, pair := range []struct {
		name     string
		from, to map[string]string
	}{{"English", sv, en}, {"Swedish", en, sv}} {
		for key, s := range pair.from {
			other, ok := pair.to[key]
			if !ok {
				t.Errorf("%q has no %s label", key, pair.name)
				continue
			}
			if strings.TrimSpace(s) == "" || strings.TrimSpace(other) == "" {
				t.Errorf("%q has an empty label", key)
			}
			if strings.Count(s, "%") != strings.Count(other, "%") {
				t.Errorf("%q: %q and %q take different arguments", key, s, other)
			}
		}
	}
}

func TestCleanReplacesWhatTheFontCannotShow(t *testing.T) {
	for in, want := range map[string]string{
		"Bra förslag 👍":          "Bra förslag \uFFFD",
		"Tack 👍🏽!":               "Tack \uFFFD!", // an emoji with a skin tone is one mark
		"Hjärta ❤️ och ☺":        "Hjärta \uFFFD och \uFFFD",
		"Flagga 🇸🇪 här":          "Flagga \uFFFD här",
		"a\tb\r\nc\rd":           "a    b\nc\nd",
		"−5 kr":                  "-5 kr",
		"åäö ÅÄÖ – “citat” § 3…": "åäö ÅÄÖ – “citat” § 3…",
		"plain ASCII":            "plain ASCII",
		"kinesiska 中文":           "kinesiska \uFFFD",
	} {
		got := clean(in)
		if got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
		for _, r := range got {
			if r > 0xFFFF {
				t.Errorf("clean(%q) keeps %U, outside the BMP", in, r)
			}
		}
	}
}

func TestFingerprintLines(t *testing.T) {
	fp := strings.Repeat("0123456789abcdef", 4)
	got := fingerprintLines(fp)
	want := []string{"0123 4567 89ab cdef 0123 4567 89ab cdef", "0123 4567 89ab cdef 0123 4567 89ab cdef"}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("fingerprintLines = %q", got)
	}
	if got := fingerprintLines("abcdef"); len(got) != 1 || got[0] != "abcd ef" {
		t.Errorf("fingerprintLines(short) = %q", got)
	}
}
