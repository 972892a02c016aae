package postgres_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestRevisions(t *testing.T) {
	w := newWorld(t)
	c1 := fullContent("1.1")
	p := w.create(c1)
	c2 := p.Content
	c2.Evidence = append(c2.Evidence, model.Evidence{Kind: model.EvidenceStatistics, Citation: "BRÅ 2024"})
	_, err := w.s.UpdateProposal(w.clk.at("Anna Lindqvist"), p.ID, c2, 1)
	check(t, err)
	c3 := c2
	c3.Cost = model.Money{}
	c3.Start = model.Date{}
	_, err = w.s.UpdateProposal(w.clk.at("Dan Åström"), p.ID, c3, 2)
	check(t, err)

	revs, err := w.s.Revisions(context.Background(), p.ID)
	check(t, err)
	if len(revs) != 3 {
		t.Fatalf("%d revisions, want 3", len(revs))
	}
	seen := map[string]bool{}
	for i, c := range []model.Content{c1, c2, c3} {
		r := revs[i]
		if r.Number != i+1 || r.ProposalID != p.ID || !reflect.DeepEqual(r.Content, c.Normalize()) {
			t.Errorf("revision %d:\n got %#v\nwant %#v", i+1, r.Content, c.Normalize())
		}
		if r.Fingerprint != model.Fingerprint(c) || r.Fingerprint != model.Fingerprint(r.Content) || seen[r.Fingerprint] {
			t.Errorf("revision %d: fingerprint %s", i+1, r.Fingerprint)
		}
		seen[r.Fingerprint] = true
	}
	if revs[1].CreatedBy != "Anna Lindqvist" || revs[2].CreatedBy != "Dan Åström" || !revs[2].CreatedAt.Equal(w.clk.last()) {
		t.Errorf("stamps: %s %s %v", revs[1].CreatedBy, revs[2].CreatedBy, revs[2].CreatedAt)
	}
	one, err := w.s.Revision(context.Background(), p.ID, 2)
	check(t, err)
	if !reflect.DeepEqual(one, revs[1]) {
		t.Errorf("Revision(2) = %+v", one)
	}
	cur := w.proposal(p.ID)
	if !reflect.DeepEqual(cur.Content, revs[2].Content) {
		t.Errorf("current content differs from the last revision")
	}

	_, err = w.s.Revision(context.Background(), p.ID, 4)
	wantCode(t, err, model.ENotFound, "not_found")
	_, err = w.s.Revisions(context.Background(), 999)
	wantCode(t, err, model.ENotFound, "not_found")
}
