package postgres_test

import (
	"context"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// PostgreSQL's search finds what model/sqlite's FTS5 search finds on
// words its own parser would split otherwise (a URL, an e-mail address,
// a ref), on Swedish stop words, and on å, ä and ö. Known differences,
// where the Swedish stemmer and sqlite's stem() (model/sqlite/search.go)
// disagree, are in the package's report: "skolan", "föräldraskapet" and
// "stödet" find less here ("an" and "et" are kept by Snowball), and
// "barnens", "kommunernas" and "tidigt" find more.
func TestSearchSplitsWordsAsSQLite(t *testing.T) {
	w := newWorld(t)
	skolan := w.Create(model.Content{Ref: "2", Kind: model.KindArea, Title: "Skolan",
		Summary: "Se https://example.org/fohm eller mejla anna@kommun.se"})
	ref := w.Create(model.Content{Ref: "2.10", Kind: model.KindIntervention, Title: "Föräldraskapsstöd i förskolan",
		Summary: "Barn 0–5 år, e-post"})
	med := w.Create(model.Content{Ref: "2.3", Kind: model.KindIntervention, Title: "Att vara med",
		Description: "Det är inte för alla. ÅÄÖ versaler i ÖREBRO."})
	ctx := context.Background()
	for q, want := range map[string][]int64{
		"fohm":           {skolan.ID},
		"example org":    {skolan.ID},
		"https":          {skolan.ID},
		"kommun se":      {skolan.ID},
		"2.1":            {ref.ID}, // "2" and "1" as prefixes: "2" and "10"
		"2.10":           {ref.ID},
		"post":           {ref.ID},
		"0 5":            {ref.ID},
		"eller":          {skolan.ID},
		"att":            {med.ID},
		"det är inte":    {med.ID},
		"för":            {ref.ID, med.ID},
		"åäö örebro":     {med.ID},
		"ÅÄÖ":            {med.ID},
		"aao":            nil,
		"föräldraskaps":  {ref.ID},
		"förskola":       {ref.ID},
		"':* | !x & (y)": nil,
	} {
		hits, err := w.s.Search(ctx, q)
		check(t, err)
		var got []int64
		for _, h := range hits {
			got = append(got, h.ProposalID)
		}
		if len(got) != len(want) {
			t.Errorf("%q: %v, want %v", q, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%q: %v, want %v", q, got, want)
			}
		}
	}
}
