package postgres_test

import (
	"context"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// Every read of a proposal carries the stored fingerprint of its current
// revision.
func TestProposalCarriesItsRevisionsFingerprint(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	created := w.create(fullContent("1.1"))
	rev1, err := w.s.Revision(ctx, created.ID, 1)
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
	want("area", w.area, model.Fingerprint(w.area.Content))

	byID, err := w.s.Proposal(ctx, created.ID)
	check(t, err)
	want("Proposal", byID, rev1.Fingerprint)
	byRef, err := w.s.ProposalByRef(ctx, "1.1")
	check(t, err)
	want("ProposalByRef", byRef, rev1.Fingerprint)

	c := created.Content
	c.Title = "Ny titel"
	updated, err := w.s.UpdateProposal(w.ctx(), created.ID, c, 1)
	check(t, err)
	rev2, err := w.s.Revision(ctx, created.ID, 2)
	check(t, err)
	if rev2.Fingerprint == rev1.Fingerprint {
		t.Fatal("revision 2 has revision 1's fingerprint")
	}
	want("UpdateProposal", updated, rev2.Fingerprint)
	ready, err := w.s.MarkReady(w.ctx(), created.ID)
	check(t, err)
	want("MarkReady", ready, rev2.Fingerprint)

	all, err := w.s.Proposals(ctx, model.ProposalFilter{})
	check(t, err)
	for _, p := range all {
		rev, err := w.s.Revision(ctx, p.ID, p.Revision)
		check(t, err)
		want("Proposals "+p.Ref, p, rev.Fingerprint)
	}
	hits, err := w.s.Proposals(ctx, model.ProposalFilter{IDs: []int64{created.ID}})
	check(t, err)
	if len(hits) != 1 {
		t.Fatalf("%d proposals by id", len(hits))
	}
	want("Proposals by id", hits[0], rev2.Fingerprint)
}
