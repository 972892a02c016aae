package sqlite_test

import (
	"context"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

func TestSearch(t *testing.T) {
	w := newWorld(t)
	full := w.create(fullContent("1.1"))
	vald := w.create(model.Content{Ref: "1.2", Kind: model.KindIntervention, Title: "Våldsprevention i skolan",
		Summary: "Mentorer i våldsprevention (MVP)."})
	plain := w.create(model.Content{Ref: "1.3", Kind: model.KindIntervention, Title: "Fritidsgårdar",
		Description: "Öppen verksamhet på kvällar."})
	_, err := w.s.AddComment(w.ctx(), model.Comment{ProposalID: plain.ID, AuthorID: w.member.ID, Body: "Samarbeta med idrottsföreningarna!"})
	check(t, err)
	_, err = w.s.AddComment(w.ctx(), model.Comment{ProposalID: full.ID, AuthorID: w.member.ID, Body: "Bra med föräldraskapsstöd, men kostnaden?"})
	check(t, err)
	ctx := context.Background()

	find := func(q string) []model.SearchHit {
		t.Helper()
		hits, err := w.s.Search(ctx, q)
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
		if len(hits) != 1 || hits[0].ProposalID != full.ID || hits[0].InComment || hits[0].Ref != "1.1" {
			t.Errorf("%q: %+v", q, hits)
		}
	}
	hits := find("våld")
	if got := ids(hits); !got[vald.ID] || !got[full.ID] || got[plain.ID] {
		t.Errorf("våld: %+v", hits)
	}
	if h := hits[0]; h.ProposalID != vald.ID || !strings.Contains(h.Snippet, sqlite.HitStart+"Våldsprevention"+sqlite.HitEnd) {
		t.Errorf("våld: first hit %+v", h)
	}
	// Diacritics are kept: "vald" is not "våld".
	if hits := find("vald"); len(hits) != 0 {
		t.Errorf("vald: %+v", hits)
	}
	// In comments, once per proposal, marked as such.
	hits = find("idrottsför")
	if len(hits) != 1 || hits[0].ProposalID != plain.ID || !hits[0].InComment || hits[0].Title != "Fritidsgårdar" ||
		!strings.Contains(hits[0].Snippet, sqlite.HitStart) {
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
	_, err = w.s.UpdateProposal(w.ctx(), plain.ID, c, 1)
	check(t, err)
	if hits := find("nattvandr"); len(hits) != 1 || hits[0].ProposalID != plain.ID {
		t.Errorf("after edit: %+v", hits)
	}
	if hits := find("kvällar"); len(hits) != 0 {
		t.Errorf("old text still found: %+v", hits)
	}
}

func TestSearchSurvivesHostileInput(t *testing.T) {
	w := newWorld(t)
	w.create(model.Content{Ref: "1.1", Kind: model.KindIntervention, Title: "AND OR NOT NEAR"})
	for _, q := range []string{``, ` `, `"`, `""`, `*`, `AND(`, `-`, `-våld`, `^`, `'`, `\`, `;`, `NEAR(`, `a OR`,
		`"våld`, `title:våld`, `{title}: x`, `)(`, `%`, `_`, `'; DROP TABLE proposals; --`, `ÅÄÖ*"("`,
		strings.Repeat("ord ", 200), "\x00", "\u200b", "😀", "and"} {
		if _, err := w.s.Search(context.Background(), q); err != nil {
			t.Errorf("%q: %v", q, err)
		}
	}
	hits, err := w.s.Search(context.Background(), `AND(`)
	check(t, err)
	if len(hits) != 1 {
		t.Errorf("AND( found %d, want the proposal titled AND", len(hits))
	}
	if _, err := w.s.Proposals(context.Background(), model.ProposalFilter{}); err != nil {
		t.Fatal(err)
	}
}
