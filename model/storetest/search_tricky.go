package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// testSearchTrickyWords: words that a text-search engine treats apart
// from others (Swedish stop words, numbers with a point, words with an
// apostrophe or a colon, å, ä and ö, a word too long for PostgreSQL's
// index, a superscript digit, an inflected query word) find the same
// proposals in every store.
func testSearchTrickyWords(t *testing.T, h Harness) {
	w := newWorld(t, h)
	long := strings.Repeat("lång", 700) // 3500 bytes, one word
	ps := map[string]model.Proposal{}
	for ref, title := range map[string]string{
		"1.1": "Stöd och hjälp att söka jobb",
		"1.2": "Version 2.10 av planen",
		"1.3": "Barnens rätt enligt FN:s barnkonvention, O'Brien",
		"1.4": "Öppen förskola för små barn",
		"1.5": "Kort " + long,
		"1.6": "Kort text",
		"1.7": "Lokal om 100 m² i centrum",
		"1.8": "Mål för året",
		"1.9": "Kommunikation med vårdnadshavare",
	} {
		ps[ref] = w.Create(model.Content{Ref: ref, Kind: model.KindIntervention, Title: "Insats", Description: title})
	}
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"och", []string{"1.1"}},
		{"att", []string{"1.1"}},
		{"och stöd", []string{"1.1"}},
		{"för", []string{"1.4", "1.8"}},
		{"2.10", []string{"1.2"}},
		{"2.1", []string{"1.2"}},
		{"10", []string{"1.2", "1.7"}},
		{"o'brien", []string{"1.3"}},
		{"FN:s", []string{"1.3"}},
		{"ÖPPEN förskola", []string{"1.4"}},
		{"oppen", nil},
		{"m²", []string{"1.7"}},
		{"kort " + long, []string{"1.5", "1.6"}}, // the long word is left out (model.MaxWordBytes)
		{long, nil},
		{"kommunernas", nil},
	} {
		hits, err := w.S.Search(context.Background(), c.q)
		check(t, err)
		var got []string
		for _, hit := range hits {
			for ref, p := range ps {
				if p.ID == hit.ProposalID {
					got = append(got, ref)
				}
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			q := c.q
			if len(q) > 40 {
				q = q[:40] + "…"
			}
			t.Errorf("search %q: %v, want %v", q, got, c.want)
		}
	}
}
