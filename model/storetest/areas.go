package storetest

import (
	"context"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// An area's interventions name it by its ref ("1" in "1.2"): renaming it
// would leave them without an area.
func testAreaWithInterventionsKeepsItsRef(t *testing.T, h Harness) {
	w := newWorld(t, h)
	w.Create(model.Content{Ref: "1.1", Kind: model.KindIntervention, Title: "Insats"})
	c := w.Area.Content
	c.Ref = "2"
	_, err := w.S.UpdateProposal(w.Ctx(), w.Area.ID, c, w.Area.Revision)
	wantCode(t, err, model.EState, "area_has_interventions")
	if msg := model.ErrorMessage(err, model.Swedish); msg == "" || msg == "area_has_interventions" {
		t.Errorf("message %q", msg)
	}
	if got := w.Proposal(w.Area.ID); got.Ref != "1" || got.Revision != 1 {
		t.Fatalf("the area changed: %s rev %d", got.Ref, got.Revision)
	}
	// Its title may still change.
	c = w.Area.Content
	c.Title = "Tidiga och samordnade insatser"
	_, err = w.S.UpdateProposal(w.Ctx(), w.Area.ID, c, w.Area.Revision)
	check(t, err)

	// An area whose ref only begins like another's ("1" and "10") has no
	// interventions of the other's, and may be renamed.
	ten := w.Create(model.Content{Ref: "10", Kind: model.KindArea, Title: "Tio"})
	w.Create(model.Content{Ref: "10.1", Kind: model.KindIntervention, Title: "Under tio"})
	empty := w.Create(model.Content{Ref: "3", Kind: model.KindArea, Title: "Tomt"})
	c = empty.Content
	c.Ref = "4"
	moved, err := w.S.UpdateProposal(w.Ctx(), empty.ID, c, empty.Revision)
	check(t, err)
	if moved.Ref != "4" {
		t.Fatalf("renamed to %s", moved.Ref)
	}
	c = ten.Content
	c.Ref = "11"
	_, err = w.S.UpdateProposal(w.Ctx(), ten.ID, c, ten.Revision)
	wantCode(t, err, model.EState, "area_has_interventions")

	// An intervention may not move under an area that does not exist.
	in := w.Create(model.Content{Ref: "4.1", Kind: model.KindIntervention, Title: "Under fyra"})
	c = in.Content
	c.Ref = "3.1"
	_, err = w.S.UpdateProposal(w.Ctx(), in.ID, c, in.Revision)
	wantCode(t, err, model.EInvalid, "area_missing")
	c.Ref = "1.5"
	_, err = w.S.UpdateProposal(w.Ctx(), in.ID, c, in.Revision)
	check(t, err)

	// Every intervention still has its area.
	ps, err := w.S.Proposals(context.Background(), model.ProposalFilter{})
	check(t, err)
	areas := map[string]bool{}
	for _, p := range ps {
		if p.Kind == model.KindArea {
			areas[p.Ref] = true
		}
	}
	for _, p := range ps {
		if p.Kind == model.KindIntervention && !areas[p.AreaRef()] {
			t.Errorf("intervention %s has no area", p.Ref)
		}
	}
}
