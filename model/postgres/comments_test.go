package postgres_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestComments(t *testing.T) {
	w := newWorld(t)
	p := w.ready("1.1", "Insats")
	other := w.create(model.Content{Ref: "1.2", Kind: model.KindIntervention, Title: "Annan"})
	c1, err := w.s.AddComment(w.clk.at("Dan Åström"), model.Comment{ProposalID: p.ID, AuthorID: w.member.ID, Body: "  Vad kostar det per familj?  "})
	check(t, err)
	if c1.ID == 0 || c1.Body != "Vad kostar det per familj?" || !c1.CreatedAt.Equal(w.clk.last()) || c1.Resolved || c1.ParentID != 0 {
		t.Fatalf("added %+v", c1)
	}
	c2, err := w.s.AddComment(w.clk.at("Bo Ek"), model.Comment{ProposalID: p.ID, AuthorID: w.secretary.ID, ParentID: c1.ID, Body: "Ungefär 4 000 kr."})
	check(t, err)
	r, err := w.s.ResolveComment(w.clk.at("Dan Åström"), c1.ID, w.member.ID, true)
	check(t, err)
	if !r.Resolved || r.ResolvedBy != w.member.ID || !r.ResolvedAt.Equal(w.clk.last()) {
		t.Fatalf("resolved %+v", r)
	}
	list, err := w.s.Comments(context.Background(), p.ID)
	check(t, err)
	if len(list) != 2 || !reflect.DeepEqual(list[0], r) || !reflect.DeepEqual(list[1], c2) || list[1].ParentID != c1.ID {
		t.Fatalf("Comments = %+v", list)
	}
	open, err := w.s.ResolveComment(w.ctx(), c1.ID, w.member.ID, false)
	check(t, err)
	if open.Resolved || open.ResolvedBy != 0 || !open.ResolvedAt.IsZero() {
		t.Fatalf("reopened %+v", open)
	}

	_, err = w.s.AddComment(w.ctx(), model.Comment{ProposalID: p.ID, AuthorID: w.member.ID, Body: " \n "})
	wantCode(t, err, model.EInvalid, "comment_body_required")
	_, err = w.s.AddComment(w.ctx(), model.Comment{ProposalID: p.ID, Body: "Anonym"})
	wantCode(t, err, model.EInvalid, "comment_author_required")
	_, err = w.s.AddComment(w.ctx(), model.Comment{ProposalID: p.ID, AuthorID: 99, Body: "Okänd"})
	wantCode(t, err, model.ENotFound, "not_found")
	_, err = w.s.AddComment(w.ctx(), model.Comment{ProposalID: 99, AuthorID: w.member.ID, Body: "Inget förslag"})
	wantCode(t, err, model.ENotFound, "not_found")
	_, err = w.s.AddComment(w.ctx(), model.Comment{ProposalID: other.ID, AuthorID: w.member.ID, ParentID: c1.ID, Body: "Svar på fel förslag"})
	wantCode(t, err, model.ENotFound, "not_found")
	_, err = w.s.ResolveComment(w.ctx(), 99, w.member.ID, true)
	wantCode(t, err, model.ENotFound, "not_found")
	_, err = w.s.Comments(context.Background(), 99)
	wantCode(t, err, model.ENotFound, "not_found")

	// Once the decision is signed off, comments can still be added but
	// not resolved or reopened.
	m := w.meeting(start.Add(48 * time.Hour))
	w.decide(w.addItem(m, p), model.OutcomeApproved)
	w.signOff(m)
	_, err = w.s.ResolveComment(w.ctx(), c1.ID, w.member.ID, true)
	wantCode(t, err, model.ELocked, "comments_locked")
	_, err = w.s.AddComment(w.ctx(), model.Comment{ProposalID: p.ID, AuthorID: w.member.ID, Body: "Efter beslutet."})
	check(t, err)
}
