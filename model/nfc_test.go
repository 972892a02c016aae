package model_test

import (
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/styrgrupp/styrgrupp/model"
)

// TestNFCFastPathIsSound checks the fast path's premise: every character
// below U+0300 is in form C on its own and never combines with the
// character before it, so any text made of them is in form C.
func TestNFCFastPathIsSound(t *testing.T) {
	for r := rune(0); r < 0x300; r++ {
		s := string(r)
		if got := norm.NFC.String(s); got != s {
			t.Errorf("U+%04X is not in form C: %q", r, got)
		}
		if !norm.NFC.PropertiesString(s).BoundaryBefore() {
			t.Errorf("U+%04X may combine with the character before it", r)
		}
	}
}

func TestNFC(t *testing.T) {
	for _, s := range []string{
		"", "Våld i nära relationer", "Ä\u0308", "a\u030a", "Å", "\u212b", "e\u0301 – ’citat’", "\xff\xfe", "ä\xcc",
	} {
		if got, want := model.NFC(s), norm.NFC.String(s); got != want {
			t.Errorf("NFC(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNFC(f *testing.F) {
	for _, s := range []string{"Våld", "a\u030a", "\u212b", "\xc3", "ö\u0308"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := model.NFC(s), norm.NFC.String(s); got != want {
			t.Errorf("NFC(%q) = %q, want %q", s, got, want)
		}
	})
}
