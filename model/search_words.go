package model

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// MaxSearchTerms bounds the words of one query that are searched for.
const MaxSearchTerms = 32

// MaxWordBytes is the longest word, in bytes, search looks for: the
// longest PostgreSQL's index holds. A longer word of a query is left
// out, in every store, since the shared store's index cannot hold it.
const MaxWordBytes = 2047

// SplitWords returns the words of s as search sees them, in the text it
// indexes and in what a user types: runs of letters and digits (as
// SQLite's unicode61 tokenizer splits them), in NFC and lower case.
func SplitWords(s string) []string {
	words := strings.FieldsFunc(norm.NFC.String(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
	for i, w := range words {
		words[i] = strings.ToLower(w)
	}
	return words
}

// QueryWords returns the words of what a user typed, as SplitWords
// splits them, each once, at most MaxSearchTerms, none longer than
// MaxWordBytes: each must match, as a word or the beginning of one.
func QueryWords(q string) []string {
	var out []string
	for _, w := range SplitWords(q) {
		if len(w) > MaxWordBytes || slices.Contains(out, w) {
			continue
		}
		if len(out) == MaxSearchTerms {
			break
		}
		out = append(out, w)
	}
	return out
}

// swedishEndings are endings Stem takes off, longest first.
var swedishEndings = []string{"heterna", "heten", "arna", "erna", "orna", "ande", "ende", "ar", "er", "or", "an", "en", "et", "na", "a", "e"}

// Stem takes a common Swedish inflection off a word, leaving at least
// four letters, so that a prefix search on the stem also finds the word's
// other forms and compounds ("förälder" finds "föräldraskap"). A word
// without one comes back as it is. Every store stems with it, so that
// they find the same proposals and MatchSpans marks what they found.
func Stem(w string) string {
	r := []rune(w)
	for _, e := range swedishEndings {
		n := len([]rune(e))
		if strings.HasSuffix(w, e) && len(r)-n >= 4 {
			return string(r[:len(r)-n])
		}
	}
	return w
}

// MatchSpans returns where in text the words of query match, as search
// matches them (a word that begins with a query word or its Stem), as
// byte ranges [start, end) of whole words in text, in order: what a list
// of hits highlights.
func MatchSpans(text, query string) [][2]int {
	words := QueryWords(query)
	if len(words) == 0 {
		return nil
	}
	var out [][2]int
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := strings.ToLower(norm.NFC.String(text[start:end]))
		for _, q := range words {
			if strings.HasPrefix(w, q) || strings.HasPrefix(w, Stem(q)) {
				out = append(out, [2]int{start, end})
				break
			}
		}
		start = -1
	}
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(text))
	return out
}

// SnippetRunes is about how long a snippet of a matching comment is, in
// runes: what a list row's line holds.
const SnippetRunes = 70

// Snippet returns a short piece of text around the first word that
// matches query (MatchSpans), for a list of hits that shows why one was
// found: at most limit runes (a first matching word longer than that
// whole), its whitespace collapsed to single spaces, cut at spaces and
// marked "…" where text goes on. Little of what comes before the match
// is kept (a quarter of limit) unless the text ends soon after it, so
// that the match stays in view when a row cuts the piece's end. The
// spans are the matching words in the piece, as byte ranges. When
// nothing matches (a store's stemmer may match more than MatchSpans),
// the piece is text's beginning, with no spans; limit < 1 keeps the
// whole text.
func Snippet(text, query string, limit int) (string, [][2]int) {
	text = strings.Join(strings.Fields(text), " ")
	spans := MatchSpans(text, query)
	if limit < 1 {
		return text, spans
	}
	from := 0
	if len(spans) > 0 {
		from = wordStartBefore(text, spans[0][0], limit/4)
	}
	to := wordEndAfter(text, from, limit)
	if len(spans) > 0 && to < spans[0][1] {
		to = spans[0][1]
	}
	if len(spans) > 0 && from > 0 && to == len(text) {
		// Near the end: what is left of limit goes before the match.
		if n := limit - utf8.RuneCountInString(text[spans[0][0]:]); n > limit/4 {
			from = wordStartBefore(text, spans[0][0], n)
		}
	}
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	shift := b.Len() - from
	b.WriteString(text[from:to])
	if to < len(text) {
		b.WriteString("…")
	}
	var out [][2]int
	for _, s := range spans {
		if s[0] >= from && s[0] < to {
			out = append(out, [2]int{s[0] + shift, min(s[1], to) + shift})
		}
	}
	return b.String(), out
}

// wordStartBefore returns where in text a piece that keeps up to n runes
// before byte at begins: at a word's start, after a space, or at at
// itself when no space is that close.
func wordStartBefore(text string, at, n int) int {
	i := at
	for range n {
		if i == 0 {
			return 0
		}
		_, size := utf8.DecodeLastRuneInString(text[:i])
		i -= size
	}
	if i == 0 || text[i-1] == ' ' {
		return i
	}
	if j := strings.IndexByte(text[i:at], ' '); j >= 0 {
		return i + j + 1
	}
	return at
}

// wordEndAfter returns where in text a piece of up to n runes from byte
// from ends: at a word's end, before a space, or after n runes when the
// piece is one word.
func wordEndAfter(text string, from, n int) int {
	i := from
	for range n {
		if i == len(text) {
			return i
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	if i == len(text) || text[i] == ' ' {
		return i
	}
	if j := strings.LastIndexByte(text[from:i], ' '); j > 0 {
		return from + j
	}
	return i
}
