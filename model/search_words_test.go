package model

import (
	"slices"
	"strings"
	"testing"
)

func TestSplitWordsKeepsRunsOfLettersAndDigitsInLowerCase(t *testing.T) {
	got := SplitWords("Föräldrar, e-post: a.b@kommun.se 2.10 ÅR")
	want := []string{"föräldrar", "e", "post", "a", "b", "kommun", "se", "2", "10", "år"}
	if !slices.Equal(got, want) {
		t.Fatalf("SplitWords = %q, want %q", got, want)
	}
	// Decomposed å (a + ring) is the same word as the composed one.
	if got := SplitWords("a\u030ar"); !slices.Equal(got, []string{"år"}) {
		t.Fatalf("SplitWords(decomposed) = %q", got)
	}
}

func TestQueryWordsTakesEachWordOnceAndAtMostMaxSearchTerms(t *testing.T) {
	if got := QueryWords("Skola skola SKOLA barn"); !slices.Equal(got, []string{"skola", "barn"}) {
		t.Fatalf("QueryWords = %q", got)
	}
	var many []string
	for i := range MaxSearchTerms + 5 {
		many = append(many, strings.Repeat("x", i+1))
	}
	if got := QueryWords(strings.Join(many, " ")); len(got) != MaxSearchTerms {
		t.Fatalf("QueryWords kept %d words, want %d", len(got), MaxSearchTerms)
	}
}

func TestStemLeavesAtLeastFourLetters(t *testing.T) {
	for w, want := range map[string]string{
		"föräldrarna": "föräldr", "skolan": "skol", "barn": "barn", "ungdomarna": "ungdom", "elev": "elev",
	} {
		if got := Stem(w); got != want {
			t.Errorf("Stem(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestMatchSpansMarksTheWordsSearchMatches(t *testing.T) {
	text := "5.1  Trygghetsnod vid resecentrum och föräldraskapsstöd"
	spans := MatchSpans(text, "trygghet FÖRÄLDER")
	var got []string
	for _, s := range spans {
		got = append(got, text[s[0]:s[1]])
	}
	if want := []string{"Trygghetsnod", "föräldraskapsstöd"}; !slices.Equal(got, want) {
		t.Errorf("MatchSpans = %q, want %q", got, want)
	}
	if MatchSpans(text, "  ") != nil || MatchSpans(text, "skola") != nil {
		t.Error("spans for no words or no match")
	}
}
