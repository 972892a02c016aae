package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func testRevisions(t *testing.T, h Harness) {
	w := newWorld(t, h)
	c1 := fullContent("1.1")
	p := w.Create(c1)
	c2 := p.Content
	c2.Evidence = append(c2.Evidence, model.Evidence{Kind: model.EvidenceStatistics, Citation: "BRÅ 2024"})
	_, err := w.S.UpdateProposal(w.Clock.At("Anna Lindqvist"), p.ID, c2, 1)
	check(t, err)
	c3 := c2
	c3.Cost = model.Money{}
	c3.Start = model.Date{}
	_, err = w.S.UpdateProposal(w.Clock.At("Dan Åström"), p.ID, c3, 2)
	check(t, err)

	revs, err := w.S.Revisions(context.Background(), p.ID)
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
	if revs[1].CreatedBy != "Anna Lindqvist" || revs[2].CreatedBy != "Dan Åström" || !revs[2].CreatedAt.Equal(w.Clock.Last()) {
		t.Errorf("stamps: %s %s %v", revs[1].CreatedBy, revs[2].CreatedBy, revs[2].CreatedAt)
	}
	one, err := w.S.Revision(context.Background(), p.ID, 2)
	check(t, err)
	if !reflect.DeepEqual(one, revs[1]) {
		t.Errorf("Revision(2) = %+v", one)
	}
	cur := w.Proposal(p.ID)
	if !reflect.DeepEqual(cur.Content, revs[2].Content) {
		t.Errorf("current content differs from the last revision")
	}

	_, err = w.S.Revision(context.Background(), p.ID, 4)
	wantCode(t, err, model.ENotFound, "not_found")
	_, err = w.S.Revisions(context.Background(), 999)
	wantCode(t, err, model.ENotFound, "not_found")
}

// Every read of a proposal carries the stored fingerprint of its current
// revision.
func testProposalCarriesItsRevisionsFingerprint(t *testing.T, h Harness) {
	w := newWorld(t, h)
	ctx := context.Background()
	created := w.Create(fullContent("1.1"))
	rev1, err := w.S.Revision(ctx, created.ID, 1)
	check(t, err)
	if rev1.Fingerprint != model.Fingerprint(fullContent("1.1")) {
		t.Fatalf("revision 1 fingerprint %s", rev1.Fingerprint)
	}
	want := func(name string, p model.Proposal, fp string) {
		t.Helper()
		if p.Fingerprint != fp {
			t.Errorf("%s: Fingerprint %q, want %q", name, p.Fingerprint, fp)
		}
	}
	want("CreateProposal", created, rev1.Fingerprint)
	want("area", w.Area, model.Fingerprint(w.Area.Content))

	byID, err := w.S.Proposal(ctx, created.ID)
	check(t, err)
	want("Proposal", byID, rev1.Fingerprint)
	byRef, err := w.S.ProposalByRef(ctx, "1.1")
	check(t, err)
	want("ProposalByRef", byRef, rev1.Fingerprint)

	c := created.Content
	c.Title = "Ny titel"
	updated, err := w.S.UpdateProposal(w.Ctx(), created.ID, c, 1)
	check(t, err)
	rev2, err := w.S.Revision(ctx, created.ID, 2)
	check(t, err)
	if rev2.Fingerprint == rev1.Fingerprint {
		t.Fatal("revision 2 has revision 1's fingerprint")
	}
	want("UpdateProposal", updated, rev2.Fingerprint)
	ready, err := w.S.MarkReady(w.Ctx(), created.ID)
	check(t, err)
	want("MarkReady", ready, rev2.Fingerprint)

	all, err := w.S.Proposals(ctx, model.ProposalFilter{})
	check(t, err)
	for _, p := range all {
		rev, err := w.S.Revision(ctx, p.ID, p.Revision)
		check(t, err)
		want("Proposals "+p.Ref, p, rev.Fingerprint)
	}
	hits, err := w.S.Proposals(ctx, model.ProposalFilter{IDs: []int64{created.ID}})
	check(t, err)
	if len(hits) != 1 {
		t.Fatalf("%d proposals by id", len(hits))
	}
	want("Proposals by id", hits[0], rev2.Fingerprint)
}
