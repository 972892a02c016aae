package model

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The rules for characters that are not seen: which a text field loses
// (Normalize) and how the command line shows the rest (Printable).

// Limits on a proposal's content, in characters (not bytes) and items.
const (
	MaxTitle          = 300
	MaxText           = 20000
	MaxListItems      = 100
	MaxRegistryNumber = 40
)

// invisible tells whether a text field loses r: C0 and C1 control
// characters and DEL (but not tab, line feed or carriage return, which
// clean turns into a line feed), the bidirectional formatting characters
// (embeddings, overrides, isolates and the marks; they can make text read
// in another order than it is stored), the zero-width space, the word
// joiner and the byte-order mark. The zero-width joiner and non-joiner
// stay: emoji sequences and some scripts need them.
func invisible(r rune) bool {
	switch r {
	case '\t', '\n', '\r':
		return false
	case '\u200b', '\u2060', '\ufeff':
		return true
	}
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}

// firstBidiControl is the lowest bidirectional formatting character
// (U+061C, the Arabic letter mark): below it, only control characters
// are invisible.
const firstBidiControl = '\u061c'

// hasInvisible tells whether s holds a character a text field loses. It
// is stripInvisible's test, and an import runs it on every field of
// every row: printable ASCII is passed a byte at a time, and letters
// below U+061C (å, ä, ö, é …) without a table lookup.
func hasInvisible(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r < firstBidiControl && !unicode.IsControl(r) {
			i += n
			continue
		}
		if invisible(r) {
			return true
		}
		i += n
	}
	return false
}

// stripInvisible returns s without the characters a text field loses.
func stripInvisible(s string) string {
	if !hasInvisible(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if invisible(r) {
			return -1
		}
		return r
	}, s)
}

// hasLetterOrDigit tells whether s has at least one letter or digit.
func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// Printable returns s safe to print on a terminal on one line: every
// character a text field loses, line breaks and tabs, the line and
// paragraph separators and bytes that are not UTF-8 are written as Go writes them in a string, "\x1b", "\n", "\u202e",
// so that nothing read from a file or a store can colour the terminal,
// move its cursor, start a line of its own or reorder the line. All other
// text, å, ä and ö included, is left as it is.
func Printable(s string) string {
	if strings.IndexFunc(s, escaped) < 0 && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case escaped(r) && r < utf8.RuneSelf:
			fmt.Fprintf(&b, `\x%02x`, r)
		case escaped(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// escaped tells whether Printable escapes r.
func escaped(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\u2028', '\u2029':
		return true
	}
	return invisible(r)
}

// lengthErrors reports each field over its limit: a text longer than its
// field's Max or MaxText characters, a list of more than
// MaxListItems items or with an item longer than MaxText. One error a
// field.
func (c Content) lengthErrors() Errors {
	var errs Errors
	for _, f := range Fields {
		if f.Kind != FieldText && f.Kind != FieldLongText {
			continue
		}
		limit := MaxText
		if f.Max > 0 {
			limit = f.Max
		}
		if n := utf8.RuneCountInString(*f.ops.text(&c)); n > limit {
			errs = append(errs, FieldError(f.Name, "text_too_long", n, limit))
		}
	}
	var evidence Errors // reported after the lists of text
	for _, f := range Fields {
		switch f.Kind {
		case FieldList:
			items := *f.ops.list(&c)
			errs = append(errs, listLengthError(f.Name, len(items), items)...)
		case FieldEvidence:
			var texts []string
			for _, e := range c.Evidence {
				texts = append(texts, e.Citation, e.URL)
			}
			evidence = listLengthError(f.Name, len(c.Evidence), texts)
		}
	}
	return append(errs, evidence...)
}

// listLengthError reports a list of more than MaxListItems items or with
// a text longer than MaxText.
func listLengthError(name string, items int, texts []string) Errors {
	if items > MaxListItems {
		return Errors{FieldError(name, "list_too_long", items, MaxListItems)}
	}
	for _, s := range texts {
		if n := utf8.RuneCountInString(s); n > MaxText {
			return Errors{FieldError(name, "text_too_long", n, MaxText)}
		}
	}
	return nil
}
