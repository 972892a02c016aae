package model_test

import (
	"slices"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestMergeContent(t *testing.T) {
	base := model.Content{
		Ref: "1.2", Kind: model.KindIntervention, Title: "Titel", Summary: "Sammanfattning",
		RiskFactors: []string{"a", "b"}, Cost: model.Money{Ore: 100, Set: true},
	}
	mine := base
	mine.Title = "Min titel"
	mine.RiskFactors = []string{"a", "b", "c"}
	mine.Funding = "Egen"
	theirs := base
	theirs.Title = "Deras titel"
	theirs.Summary = "Deras sammanfattning"
	theirs.Cost = model.Money{}
	theirs.Funding = "Egen"

	got, clashes := model.MergeContent(base, mine, theirs)
	want := base
	want.Title = "Min titel"                   // both changed: mine kept
	want.RiskFactors = []string{"a", "b", "c"} // only mine changed
	want.Summary = "Deras sammanfattning"      // only theirs changed
	want.Cost = model.Money{}                  // only theirs changed (to empty)
	want.Funding = "Egen"                      // both made the same change
	if !got.Equal(want) {
		t.Errorf("merged\n%s\nwant\n%s", model.Canonical(got), model.Canonical(want))
	}
	if !slices.Equal(clashes, []string{"title"}) {
		t.Errorf("clashes %v, want [title]", clashes)
	}
}

func TestMergeContentWithoutEditsIsTheirs(t *testing.T) {
	base := model.Content{Ref: "1", Kind: model.KindArea, Title: "Område"}
	theirs := base
	theirs.Description = "Ny beskrivning"
	got, clashes := model.MergeContent(base, base, theirs)
	if !got.Equal(theirs) || clashes != nil {
		t.Errorf("got %s, clashes %v", model.Canonical(got), clashes)
	}
	got, clashes = model.MergeContent(base, theirs, base)
	if !got.Equal(theirs) || clashes != nil {
		t.Errorf("only mine: got %s, clashes %v", model.Canonical(got), clashes)
	}
}
