package model

import (
	"strings"
	"testing"
)

// FuzzHasInvisible: the import's fast scan finds an invisible character
// exactly when the rune-by-rune rule (invisible) does, in any bytes.
func FuzzHasInvisible(f *testing.F) {
	for _, s := range []string{"", "vanlig text åäö", "a\tb\nc\rd", "a\x00b", "\x7f", "\u0085", "é\u061c", "\u0600\u061b",
		"\u200e", "\u202e", "\u2066x", "\u200b", "\u2060", "\ufeff", "\u200d", "\xff\xfe", "\xc2", "\u00a0ö"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.IndexFunc(s, invisible) >= 0
		if got := hasInvisible(s); got != want {
			t.Fatalf("hasInvisible(%q) = %v, the rule says %v", s, got, want)
		}
	})
}
