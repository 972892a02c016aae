package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func testSearch(t *testing.T, h Harness) {
	w := newWorld(t, h)
	full := w.Create(fullContent("1.1"))
	vald := w.Create(model.Content{Ref: "1.2", Kind: model.KindIntervention, Title: "Våldsprevention i skolan",
		Summary: "Mentorer i våldsprevention (MVP)."})
	plain := w.Create(model.Content{Ref: "1.3", Kind: model.KindIntervention, Title: "Fritidsgårdar",
		Description: "Öppen verksamhet på kvällar."})
	_, err := w.S.AddComment(w.Ctx(), model.Comment{ProposalID: plain.ID, AuthorID: w.Member.ID, Body: "Samarbeta med idrottsföreningarna!"})
	check(t, err)
	_, err = w.S.AddComment(w.Ctx(), model.Comment{ProposalID: full.ID, AuthorID: w.Member.ID, Body: "Bra med föräldraskapsstöd, men kostnaden?"})
	check(t, err)
	ctx := context.Background()

	find := func(q string) []model.SearchHit {
		t.Helper()
		hits, err := w.S.Search(ctx, q)
		check(t, err)
		return hits
	}
	ids := func(hits []model.SearchHit) map[int64]bool {
		out := map[int64]bool{}
		for _, h := range hits {
			if out[h.ProposalID] {
				t.Errorf("proposal %d appears twice", h.ProposalID)
			}
			out[h.ProposalID] = true
		}
		return out
	}

	// Prefixes, and a Swedish stem: "förälder" finds "föräldraskapsstöd".
	for _, q := range []string{"föräldraskap", "FÖRÄLDRA", "förälder", "Folkhälsomynd", "region örebro", "socialförvaltn", "trygg anknyt", "konflikt"} {
		hits := find(q)
		if len(hits) != 1 || hits[0].ProposalID != full.ID || hits[0].InComment {
			t.Errorf("%q: %+v", q, hits)
		}
	}
	// The registry number, whole or by its parts.
	for _, q := range []string{"KS 2026/124", "2026/124", "ks 2026"} {
		if hits := find(q); len(hits) != 1 || hits[0].ProposalID != full.ID {
			t.Errorf("%q: %+v", q, hits)
		}
	}
	hits := find("våld")
	if got := ids(hits); !got[vald.ID] || !got[full.ID] || got[plain.ID] {
		t.Errorf("våld: %+v", hits)
	}
	if len(hits) != 2 || hits[0].ProposalID != full.ID || hits[1].ProposalID != vald.ID {
		t.Errorf("våld: %+v, want 1.1 and 1.2 in the order of their ids", hits)
	}
	// Diacritics are kept: "vald" is not "våld".
	if hits := find("vald"); len(hits) != 0 {
		t.Errorf("vald: %+v", hits)
	}
	// In comments, once per proposal, marked as such.
	hits = find("idrottsför")
	if len(hits) != 1 || hits[0].ProposalID != plain.ID || !hits[0].InComment {
		t.Errorf("idrottsför: %+v", hits)
	}
	hits = find("kostnaden")
	if len(hits) != 1 || hits[0].ProposalID != full.ID || !hits[0].InComment {
		t.Errorf("kostnaden: %+v", hits)
	}
	hits = find("föräldraskapsstöd")
	if len(hits) != 1 || hits[0].InComment {
		t.Errorf("a match in text and comment: %+v", hits)
	}
	// Every word must match.
	if hits := find("våld skolan"); len(hits) != 1 || hits[0].ProposalID != vald.ID {
		t.Errorf("våld skolan: %+v", hits)
	}

	// Edits are searchable at once; the old text is gone.
	c := plain.Content
	c.Description = "Nattvandring på helger."
	_, err = w.S.UpdateProposal(w.Ctx(), plain.ID, c, 1)
	check(t, err)
	if hits := find("nattvandr"); len(hits) != 1 || hits[0].ProposalID != plain.ID {
		t.Errorf("after edit: %+v", hits)
	}
	if hits := find("kvällar"); len(hits) != 0 {
		t.Errorf("old text still found: %+v", hits)
	}
}

// Every proposal that matches comes back, however many: the window
// narrows its tree by the hits, so a cut would hide matches.
func testSearchReturnsEveryHit(t *testing.T, h Harness) {
	w := newWorld(t, h)
	const inText, inComment, other = 230, 40, 30
	var items []model.ImportItem
	for i := 1; i <= inText+inComment+other; i++ {
		c := model.Content{Ref: fmt.Sprintf("1.%d", i), Kind: model.KindIntervention, Title: fmt.Sprintf("Insats %d", i)}
		if i <= inText {
			c.Description = "Nattvandring i centrum på fredagar."
		}
		items = append(items, model.ImportItem{Content: c})
	}
	check(t, w.S.Import(w.Ctx(), items, nil))
	ps, err := w.S.Proposals(context.Background(), model.ProposalFilter{})
	check(t, err)
	byRef := map[string]model.Proposal{}
	for _, p := range ps {
		byRef[p.Ref] = p
	}
	want := map[int64]bool{} // id → only in a comment
	for i := 1; i <= inText+inComment; i++ {
		p := byRef[fmt.Sprintf("1.%d", i)]
		want[p.ID] = i > inText
		if i > inText-10 { // the last ten of the text matches have a matching comment too
			_, err := w.S.AddComment(w.Ctx(), model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: "Fler nattvandrare behövs."})
			check(t, err)
		}
	}
	_, err = w.S.AddComment(w.Ctx(), model.Comment{ProposalID: byRef["1.1"].ID, AuthorID: w.Member.ID, Body: "Nattvandring även på lördagar?"})
	check(t, err)

	hits, err := w.S.Search(context.Background(), "nattvandr")
	check(t, err)
	if len(hits) != inText+inComment {
		t.Fatalf("%d hits, want %d", len(hits), inText+inComment)
	}
	for i, h := range hits {
		comment, ok := want[h.ProposalID]
		switch {
		case !ok:
			t.Errorf("hit %+v does not match", h)
		case h.InComment != comment:
			t.Errorf("hit %+v: InComment = %v, want %v", h, h.InComment, comment)
		case i > 0 && hits[i-1].ProposalID >= h.ProposalID:
			t.Errorf("hits %d and %d out of the order of ids: %+v, %+v", i-1, i, hits[i-1], h)
		}
		delete(want, h.ProposalID)
	}
}

func testSearchSurvivesHostileInput(t *testing.T, h Harness) {
	w := newWorld(t, h)
	w.Create(model.Content{Ref: "1.1", Kind: model.KindIntervention, Title: "AND OR NOT NEAR"})
	for _, q := range []string{``, ` `, `"`, `""`, `*`, `AND(`, `-`, `-våld`, `^`, `'`, `\`, `;`, `NEAR(`, `a OR`,
		`"våld`, `title:våld`, `{title}: x`, `)(`, `%`, `_`, `'; DROP TABLE proposals; --`, `ÅÄÖ*"("`,
		strings.Repeat("ord ", 200), "\x00", "\u200b", "😀", "and"} {
		if _, err := w.S.Search(context.Background(), q); err != nil {
			t.Errorf("%q: %v", q, err)
		}
	}
	hits, err := w.S.Search(context.Background(), `AND(`)
	check(t, err)
	if len(hits) != 1 {
		t.Errorf("AND( found %d, want the proposal titled AND", len(hits))
	}
	if _, err := w.S.Proposals(context.Background(), model.ProposalFilter{}); err != nil {
		t.Fatal(err)
	}
}
