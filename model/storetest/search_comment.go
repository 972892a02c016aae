package storetest

import (
	"context"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// testSearchHitCarriesTheComment: a proposal found only through a comment
// comes back with the body of its first comment (by id) that holds every
// word, never a deleted one; one found by its own text carries none.
func testSearchHitCarriesTheComment(t *testing.T, h Harness) {
	w := newWorld(t, h)
	asMember := func() context.Context { return w.Clock.At("Dan Åström") }
	comment := func(p model.Proposal, parent int64, body string) model.Comment {
		t.Helper()
		c, err := w.S.AddComment(asMember(), model.Comment{ProposalID: p.ID, ParentID: parent, AuthorID: w.Member.ID, Body: body})
		check(t, err)
		return c
	}
	inText := w.Create(model.Content{Ref: "1.1", Kind: model.KindIntervention, Title: "Nattvandring i centrum"})
	comment(inText, 0, "Fler nattvandrare behövs.")
	onlyComments := w.Create(model.Content{Ref: "1.2", Kind: model.KindIntervention, Title: "Fritidsgårdar"})
	comment(onlyComments, 0, "Inget om det här.")
	first := comment(onlyComments, 0, "Nattvandrarna kan\nta med sig fika.")
	comment(onlyComments, first.ID, "Ja, gärna.")
	second := comment(onlyComments, 0, "Fråga om nattvandring i helgerna.")
	both := comment(onlyComments, 0, "Ring nattvandrarnas samordnare.")

	find := func(q string) map[int64]model.SearchHit {
		t.Helper()
		hits, err := w.S.Search(context.Background(), q)
		check(t, err)
		out := map[int64]model.SearchHit{}
		for _, h := range hits {
			out[h.ProposalID] = h
		}
		return out
	}
	hits := find("nattvandr")
	if h := hits[inText.ID]; h.ProposalID == 0 || h.InComment || h.Comment != "" {
		t.Errorf("a hit in the proposal's own text: %+v; want no comment", h)
	}
	if h := hits[onlyComments.ID]; !h.InComment || h.Comment != first.Body {
		t.Errorf("a hit only in comments: %+v; want the first matching comment %q", h, first.Body)
	}
	if h := find("nattvandr samordn")[onlyComments.ID]; h.Comment != both.Body {
		t.Errorf("two words: %+v; want the comment that holds both, %q", h, both.Body)
	}

	// Deleted after an answer, the comment keeps its place in the thread
	// but is no longer why the proposal is found.
	check(t, w.S.DeleteComment(asMember(), first.ID, w.Member.ID))
	if h := find("nattvandr")[onlyComments.ID]; !h.InComment || h.Comment != second.Body {
		t.Errorf("after the first comment's deletion: %+v; want %q", h, second.Body)
	}
}
