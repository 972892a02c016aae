package model_test

import (
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// StarCounts counts the interventions that list each area, of those the
// ones decided with an approving outcome, and of the approved those whose
// follow-up is in progress or completed; areas, withdrawn ones and ones
// not listing the area do not count, nor a follow-up of one not approved.
func TestStarCountsCountInterventionsPerAreaAndTheirFollowUp(t *testing.T) {
	a0, a1 := model.ProblemAreas[0], model.ProblemAreas[1]
	p := func(id int64, kind model.Kind, s model.Status, o model.Outcome, areas ...model.ProblemArea) model.Proposal {
		return model.Proposal{ID: id, Status: s, Outcome: o, Content: model.Content{Kind: kind, ProblemAreas: areas}}
	}
	ps := []model.Proposal{
		p(1, model.KindIntervention, model.StatusDecided, model.OutcomeApproved, a0, a1),
		p(2, model.KindIntervention, model.StatusDecided, model.OutcomeApprovedConditions, a0),
		p(3, model.KindIntervention, model.StatusDecided, model.OutcomeApproved, a0),
		p(4, model.KindIntervention, model.StatusReady, "", a0),
		p(5, model.KindIntervention, model.StatusWithdrawn, "", a0),
		p(6, model.KindArea, model.StatusDecided, model.OutcomeApproved, a1),
		p(7, model.KindIntervention, model.StatusDecided, model.OutcomeRejected, a1),
	}
	entry := func(id int64, s model.FollowUpStatus) model.FollowUpEntry {
		return model.FollowUpEntry{Proposal: model.Proposal{ID: id}, FollowUp: model.FollowUp{ProposalID: id, Status: s}}
	}
	es := []model.FollowUpEntry{entry(1, model.FollowUpInProgress), entry(2, model.FollowUpCompleted),
		entry(3, model.FollowUpStopped), entry(6, model.FollowUpInProgress), entry(7, model.FollowUpCompleted)}
	got := model.StarCounts(ps, es)
	if len(got) != len(model.ProblemAreas) {
		t.Fatalf("%d points, want %d", len(got), len(model.ProblemAreas))
	}
	want := map[model.ProblemArea]model.StarCount{
		a0: {Area: a0, Proposed: 4, Approved: 3, InProgress: 1, Completed: 1},
		a1: {Area: a1, Proposed: 2, Approved: 1, InProgress: 1},
	}
	for i, c := range got {
		w, ok := want[c.Area]
		if !ok {
			w = model.StarCount{Area: model.ProblemAreas[i]}
		}
		if c != w || c.Area != model.ProblemAreas[i] {
			t.Errorf("point %d: %+v, want %+v", i, c, w)
		}
	}
}
