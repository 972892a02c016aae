package storetest

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func testComments(t *testing.T, h Harness) {
	w := newWorld(t, h)
	p := w.Ready("1.1", "Insats")
	other := w.Create(model.Content{Ref: "1.2", Kind: model.KindIntervention, Title: "Annan"})
	c1, err := w.S.AddComment(w.Clock.At("Dan Åström"), model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: "  Vad kostar det per familj?  "})
	check(t, err)
	if c1.ID == 0 || c1.Body != "Vad kostar det per familj?" || !c1.CreatedAt.Equal(w.Clock.Last()) || c1.Resolved || c1.ParentID != 0 {
		t.Fatalf("added %+v", c1)
	}
	c2, err := w.S.AddComment(w.Clock.At("Bo Ek"), model.Comment{ProposalID: p.ID, AuthorID: w.Secretary.ID, ParentID: c1.ID, Body: "Ungefär 4 000 kr."})
	check(t, err)
	r, err := w.S.ResolveComment(w.Clock.At("Dan Åström"), c1.ID, w.Member.ID, true)
	check(t, err)
	if !r.Resolved || r.ResolvedBy != w.Member.ID || !r.ResolvedAt.Equal(w.Clock.Last()) {
		t.Fatalf("resolved %+v", r)
	}
	list, err := w.S.Comments(context.Background(), p.ID)
	check(t, err)
	if len(list) != 2 || !reflect.DeepEqual(list[0], r) || !reflect.DeepEqual(list[1], c2) || list[1].ParentID != c1.ID {
		t.Fatalf("Comments = %+v", list)
	}
	open, err := w.S.ResolveComment(w.Ctx(), c1.ID, w.Member.ID, false)
	check(t, err)
	if open.Resolved || open.ResolvedBy != 0 || !open.ResolvedAt.IsZero() {
		t.Fatalf("reopened %+v", open)
	}

	_, err = w.S.AddComment(w.Ctx(), model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: " \n "})
	wantCode(t, err, model.EInvalid, "comment_body_required")
	_, err = w.S.AddComment(w.Ctx(), model.Comment{ProposalID: p.ID, Body: "Anonym"})
	wantCode(t, err, model.EInvalid, "comment_author_required")
	_, err = w.S.AddComment(w.Ctx(), model.Comment{ProposalID: p.ID, AuthorID: 99, Body: "Okänd"})
	wantCode(t, err, model.ENotFound, "not_found")
	_, err = w.S.AddComment(w.Ctx(), model.Comment{ProposalID: 99, AuthorID: w.Member.ID, Body: "Inget förslag"})
	wantCode(t, err, model.ENotFound, "not_found")
	_, err = w.S.AddComment(w.Ctx(), model.Comment{ProposalID: other.ID, AuthorID: w.Member.ID, ParentID: c1.ID, Body: "Svar på fel förslag"})
	wantCode(t, err, model.ENotFound, "not_found")
	_, err = w.S.ResolveComment(w.Ctx(), 99, w.Member.ID, true)
	wantCode(t, err, model.ENotFound, "not_found")
	_, err = w.S.Comments(context.Background(), 99)
	wantCode(t, err, model.ENotFound, "not_found")

	// Once the decision is signed off, comments can still be added but
	// not resolved or reopened.
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	w.Decide(w.AddItem(m, p), model.OutcomeApproved)
	w.SignOff(m)
	_, err = w.S.ResolveComment(w.Ctx(), c1.ID, w.Member.ID, true)
	wantCode(t, err, model.ELocked, "comments_locked")
	_, err = w.S.AddComment(w.Ctx(), model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: "Efter beslutet."})
	check(t, err)
}
