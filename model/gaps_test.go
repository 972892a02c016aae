package model_test

import (
	"slices"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestDecisionGaps(t *testing.T) {
	bare := model.Content{Ref: "6.5", Kind: model.KindIntervention, Title: "Bara en titel"}
	if got, want := bare.DecisionGaps(), []string{"summary", "evidence", "problem_areas", "responsible"}; !slices.Equal(got, want) {
		t.Errorf("a bare intervention lacks %v, want %v", got, want)
	}
	area := model.Content{Ref: "6", Kind: model.KindArea, Title: "Område", Summary: "Kort"}
	if got, want := area.DecisionGaps(), []string{"evidence"}; !slices.Equal(got, want) {
		t.Errorf("an area lacks %v, want %v", got, want)
	}
	full := bare
	full.Summary, full.Responsible = "Kort", "Socialförvaltningen"
	full.Evidence = []model.Evidence{{Kind: model.EvidenceResearch, Citation: "En studie"}}
	full.ProblemAreas = []model.ProblemArea{model.ProblemAreas[0]}
	if got := full.DecisionGaps(); got != nil {
		t.Errorf("a complete intervention lacks %v", got)
	}
}
