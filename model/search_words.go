package model

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// MaxSearchTerms bounds the words of one query that are searched for.
const MaxSearchTerms = 32

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
// splits them, each once, at most MaxSearchTerms: each must match, as a
// word or the beginning of one.
func QueryWords(q string) []string {
	var out []string
	for _, w := range SplitWords(q) {
		if slices.Contains(out, w) {
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
// without one comes back as it is. A store whose database has a Swedish
// stemmer of its own (PostgreSQL) may use that instead.
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
