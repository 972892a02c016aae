package model

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normalisation form C. Text made only of
// characters below U+0300 (ASCII, Latin-1 with å, ä and ö, Latin
// Extended-A and -B) is already in form C, since none of those characters
// decomposes or combines with its neighbour; such text, which is nearly
// all of what the steering group writes, is returned as it is without
// the slower general pass.
func NFC(s string) string {
	for i := 0; i < len(s); i++ {
		// 0xCC and above lead the UTF-8 encodings of U+0300 and up.
		if s[i] >= 0xCC {
			return norm.NFC.String(s)
		}
	}
	if !utf8.ValidString(s) {
		return norm.NFC.String(s)
	}
	return s
}
