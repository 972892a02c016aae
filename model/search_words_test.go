package model

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
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
	edge, over := strings.Repeat("å", MaxWordBytes/2), strings.Repeat("a", MaxWordBytes+1)
	if got := QueryWords("kort " + over + " " + edge); !slices.Equal(got, []string{"kort", edge}) {
		t.Fatalf("QueryWords kept %d words, want kort and the word of %d bytes", len(got), len(edge))
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

// snippetMarks returns the words a snippet marks.
func snippetMarks(s string, spans [][2]int) []string {
	var out []string
	for _, sp := range spans {
		out = append(out, s[sp[0]:sp[1]])
	}
	return out
}

func TestSnippetMarksAStemAndAPrefixInAShortComment(t *testing.T) {
	got, spans := Snippet("Bra med föräldraskapsstöd,\n men  kostnaden?", "FÖRÄLDER kostn", SnippetRunes)
	if got != "Bra med föräldraskapsstöd, men kostnaden?" {
		t.Errorf("Snippet = %q; want the whole comment on one line", got)
	}
	if marks := snippetMarks(got, spans); !slices.Equal(marks, []string{"föräldraskapsstöd", "kostnaden"}) {
		t.Errorf("marks %q", marks)
	}
}

func TestSnippetAtTheStartHasNoLeadingEllipsis(t *testing.T) {
	text := "Idrottsföreningarna borde vara med från början, eftersom de når de unga som annars inte syns på fritidsgårdarna alls."
	got, spans := Snippet(text, "idrott", 40)
	if !strings.HasPrefix(got, "Idrottsföreningarna ") || !strings.HasSuffix(got, "…") {
		t.Errorf("Snippet = %q; want the beginning, cut at its end", got)
	}
	if marks := snippetMarks(got, spans); !slices.Equal(marks, []string{"Idrottsföreningarna"}) {
		t.Errorf("marks %q", marks)
	}
	body := strings.TrimSuffix(got, "…")
	if n := len([]rune(body)); n > 40 || !strings.HasPrefix(text, body) || text[len(body)] != ' ' {
		t.Errorf("Snippet = %q (%d runes); want at most 40, cut at a space", got, n)
	}
}

func TestSnippetAtTheEndKeepsMoreBeforeIt(t *testing.T) {
	text := strings.Repeat("Vi har pratat om det här på flera möten utan att komma vidare. ", 5) + "Ställ frågan till socialförvaltningen."
	got, spans := Snippet(text, "socialförvaltning", 60)
	if !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "socialförvaltningen.") {
		t.Errorf("Snippet = %q; want the end, cut before", got)
	}
	if n := len([]rune(got)); n < 45 || n > 61 {
		t.Errorf("Snippet = %q has %d runes; want the end's 60 less a little", got, n)
	}
	if strings.HasPrefix(got, "… ") || !strings.Contains(text, strings.TrimPrefix(got, "…")) {
		t.Errorf("Snippet = %q does not begin at a word", got)
	}
	if marks := snippetMarks(got, spans); !slices.Equal(marks, []string{"socialförvaltningen"}) {
		t.Errorf("marks %q", marks)
	}
}

func TestSnippetInAVeryLongTextIsShortAroundTheMatch(t *testing.T) {
	filler := strings.Repeat("Åtgärden behöver följas upp även nästa år, så att ökade kostnader märks i tid. ", 400)
	text := filler + "Den lokala brottsförebyggande samordnaren kan hjälpa till. " + filler
	got, spans := Snippet(text, "brottsföreby", SnippetRunes)
	if !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") || !utf8.ValidString(got) {
		t.Fatalf("Snippet = %q; want a piece cut at both ends", got)
	}
	body := strings.TrimSuffix(strings.TrimPrefix(got, "…"), "…")
	if n := utf8.RuneCountInString(body); n > SnippetRunes || n < SnippetRunes/2 {
		t.Errorf("Snippet = %q has %d runes; want about %d", got, n, SnippetRunes)
	}
	if !strings.Contains(text, " "+body+" ") {
		t.Errorf("Snippet = %q is not cut at spaces", got)
	}
	if marks := snippetMarks(got, spans); len(marks) != 1 || marks[0] != "brottsförebyggande" {
		t.Errorf("marks %q", marks)
	}
	if i := strings.Index(got, "brottsförebyggande"); utf8.RuneCountInString(got[:i]) > SnippetRunes/4+1 {
		t.Errorf("Snippet = %q keeps too much before the match for a row to show it", got)
	}
}

func TestSnippetWithoutAMatchIsTheBeginning(t *testing.T) {
	got, spans := Snippet("Ökad närvaro av vuxna på kvällar och helger i centrum och vid skolorna.", "trygghet", 30)
	if got != "Ökad närvaro av vuxna på…" || spans != nil {
		t.Errorf("Snippet = %q, %v", got, spans)
	}
	long := strings.Repeat("ä", 100) + " öppen"
	if got, spans := Snippet(long, "ää", 20); got != strings.Repeat("ä", 100)+"…" || len(spans) != 1 || spans[0] != [2]int{0, 200} {
		t.Errorf("a matching word longer than the limit: %q, %v", got, spans)
	}
}

// FuzzSnippet: any text and query give a piece of the text (with "…"
// at cut ends), spans within it in order, the first match whole.
func FuzzSnippet(f *testing.F) {
	f.Add("Bra med föräldraskapsstöd, men kostnaden?", "förälder", 70)
	f.Add(strings.Repeat("å ä ö ", 50)+"trygghetsnod", "trygg", 20)
	f.Add("a\u030ar och år", "år", 3)
	f.Add("…", "x", 1)
	f.Fuzz(func(t *testing.T, text, query string, limit int) {
		limit %= 500
		got, spans := Snippet(text, query, limit)
		collapsed := strings.Join(strings.Fields(text), " ")
		if utf8.ValidString(text) && !utf8.ValidString(got) {
			t.Fatalf("Snippet(%q) = %q: not UTF-8", text, got)
		}
		body := strings.TrimSuffix(strings.TrimPrefix(got, "…"), "…")
		if !strings.Contains(collapsed, body) {
			t.Fatalf("Snippet(%q) = %q: not a piece of the text", text, got)
		}
		at := 0
		for _, s := range spans {
			if s[0] < at || s[1] <= s[0] || s[1] > len(got) {
				t.Fatalf("Snippet(%q) = %q: span %v out of place", text, got, s)
			}
			at = s[1]
		}
		all := MatchSpans(collapsed, query)
		if len(all) == 0 {
			if spans != nil {
				t.Fatalf("Snippet(%q, %q) marks %v without a match", text, query, spans)
			}
			return
		}
		first := collapsed[all[0][0]:all[0][1]]
		if len(spans) == 0 || got[spans[0][0]:spans[0][1]] != first {
			t.Fatalf("Snippet(%q, %q) = %q, %v: the first match %q is not marked whole", text, query, got, spans, first)
		}
		if n := utf8.RuneCountInString(body); limit > 0 && n > limit+utf8.RuneCountInString(first) {
			t.Fatalf("Snippet(%q, %q, %d) = %q: %d runes", text, query, limit, got, n)
		}
	})
}
