package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// testSearchCommentHitsUpToTheCap: of many proposals found only in
// comments, the first model.MaxCommentHits by id carry their first
// matching comment, id and body exactly, whatever the bodies hold
// (commas, braces, quotes, backslashes, newlines, letters of several
// bytes, bodies of every length, the word NULL); the rest are hits
// without one.
func testSearchCommentHitsUpToTheCap(t *testing.T, h Harness) {
	w := newWorld(t, h)
	type want struct {
		id   int64
		body string
	}
	var wants []want
	for i := range model.MaxCommentHits + 5 {
		p := w.Create(model.Content{Ref: fmt.Sprintf("1.%d", i+1), Kind: model.KindIntervention, Title: "Fritidsgård"})
		body := fmt.Sprintf("Nattvandring %d, 😀 {å,ä}\"ö\\\n%s", i, strings.Repeat("é", i))
		c, err := w.S.AddComment(w.Ctx(), model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: body})
		check(t, err)
		_, err = w.S.AddComment(w.Ctx(), model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: "Nattvandring igen"})
		check(t, err)
		wants = append(wants, want{c.ID, c.Body})
	}
	hits, err := w.S.Search(context.Background(), "nattvandring")
	check(t, err)
	if len(hits) != len(wants) {
		t.Fatalf("%d hits, want %d", len(hits), len(wants))
	}
	for i, hit := range hits {
		wi := want{}
		if i < model.MaxCommentHits {
			wi = wants[i]
		}
		if !hit.InComment || hit.CommentID != wi.id || hit.Comment != wi.body {
			t.Errorf("hit %d: comment %d %q, want %d %q", i, hit.CommentID, hit.Comment, wi.id, wi.body)
		}
	}
	// A body that an array's text would take for a NULL comes back as it is.
	p := w.Create(model.Content{Ref: "2", Kind: model.KindArea, Title: "Område"})
	c, err := w.S.AddComment(w.Ctx(), model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: "NULL"})
	check(t, err)
	if hits, err = w.S.Search(context.Background(), "null"); err != nil || len(hits) != 1 || hits[0].Comment != "NULL" || hits[0].CommentID != c.ID {
		t.Errorf("search null: %+v, %v; want the comment NULL", hits, err)
	}
}
