package model_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestSplitConditions(t *testing.T) {
	tests := map[string][]string{
		"":                                  nil,
		"Återrapport i juni.":               {"Återrapport i juni."},
		"1. Budget i mars.\n2) Avtal.\n":    {"Budget i mars.", "Avtal."},
		"- Ett\n• Två\n* Tre\n– Fyra\n\n  ": {"Ett", "Två", "Tre", "Fyra"},
		"2026 års budget.":                  {"2026 års budget."},
		"10. Tio\r\n11. Elva":               {"Tio", "Elva"},
	}
	for in, want := range tests {
		if got := model.SplitConditions(in); !slices.Equal(got, want) {
			t.Errorf("SplitConditions(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFollowUpValidate(t *testing.T) {
	ok := model.FollowUp{Responsible: strings.Repeat("å", model.MaxResponsibleLen),
		Conditions: []model.FollowUpCondition{{Text: "a"}, {Text: "b", MetOn: model.NewDate(2026, 1, 2), MetBy: 3}}}
	assertNoErr(t, ok.Validate())
	long := ok
	long.Responsible += "x"
	assertErr(t, long.Validate(), model.EInvalid, "followup_responsible_long")
	for _, c := range []model.FollowUpCondition{{Text: "a", MetOn: model.NewDate(2026, 1, 2)}, {Text: "a", MetBy: 3}} {
		f := model.FollowUp{Conditions: []model.FollowUpCondition{c}}
		assertErr(t, f.Validate(), model.EInvalid, "followup_condition_met")
	}
}

// entry is an approved intervention decided at a meeting on decided, with
// its follow-up in status s, a review date and notes on the given days.
func dueEntry(ref string, s model.FollowUpStatus, decided, review model.Date, notes ...model.Date) model.FollowUpEntry {
	e := model.FollowUpEntry{Proposal: model.Proposal{ID: int64(len(ref)), Content: model.Content{Ref: ref}},
		Meeting:  model.Meeting{StartsAt: decided.Time().Add(17 * time.Hour)},
		FollowUp: model.FollowUp{Status: s, ReviewDate: review}}
	for _, n := range notes {
		e.FollowUp.Notes = append(e.FollowUp.Notes, model.FollowUpNote{Date: n, Text: "x"})
	}
	return e
}

func TestFollowUpOverdueOn(t *testing.T) {
	today := model.NewDate(2026, 12, 7)
	d := model.NewDate
	tests := []struct {
		name string
		e    model.FollowUpEntry
		want model.Overdue
	}{
		{"review passed", dueEntry("1.1", model.FollowUpInProgress, d(2026, 11, 1), d(2026, 12, 6), d(2026, 12, 1)), model.OverdueReview},
		{"review today", dueEntry("1.1", model.FollowUpInProgress, d(2026, 11, 1), d(2026, 12, 7), d(2026, 12, 1)), model.NotOverdue},
		{"note six months ago today", dueEntry("1.1", model.FollowUpInProgress, d(2026, 1, 1), model.Date{}, d(2026, 6, 7)), model.NotOverdue},
		{"note six months and a day ago", dueEntry("1.1", model.FollowUpInProgress, d(2026, 1, 1), model.Date{}, d(2026, 6, 6)), model.OverdueNoNotes},
		{"latest note counts", dueEntry("1.1", model.FollowUpNotStarted, d(2026, 1, 1), model.Date{}, d(2026, 11, 30), d(2026, 2, 1)), model.NotOverdue},
		{"no note since the decision", dueEntry("1.1", model.FollowUpNotStarted, d(2026, 5, 1), model.Date{}), model.OverdueNoNotes},
		{"recent decision, no note", dueEntry("1.1", model.FollowUpNotStarted, d(2026, 10, 1), model.Date{}), model.NotOverdue},
		{"completed", dueEntry("1.1", model.FollowUpCompleted, d(2025, 1, 1), d(2025, 6, 1)), model.NotOverdue},
		{"stopped", dueEntry("1.1", model.FollowUpStopped, d(2025, 1, 1), d(2025, 6, 1)), model.NotOverdue},
	}
	for _, tt := range tests {
		if got := tt.e.OverdueOn(today); got != tt.want {
			t.Errorf("%s: OverdueOn = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestOverdueFollowUpsOrder(t *testing.T) {
	today := model.NewDate(2026, 12, 7)
	d := model.NewDate
	es := []model.FollowUpEntry{
		dueEntry("2.1", model.FollowUpInProgress, d(2026, 1, 1), model.Date{}),
		dueEntry("1.10", model.FollowUpInProgress, d(2026, 11, 1), d(2026, 12, 1)),
		dueEntry("1.2", model.FollowUpInProgress, d(2026, 11, 1), d(2026, 12, 1)),
		dueEntry("1.3", model.FollowUpInProgress, d(2026, 11, 1), d(2027, 1, 1)),
		dueEntry("1.1", model.FollowUpInProgress, d(2025, 1, 1), model.Date{}),
	}
	var got []string
	for _, e := range model.OverdueFollowUps(es, today) {
		got = append(got, e.Proposal.Ref)
	}
	if want := []string{"1.2", "1.10", "1.1", "2.1"}; !slices.Equal(got, want) {
		t.Errorf("overdue %v, want %v", got, want)
	}
}

func TestDueBetween(t *testing.T) {
	d := model.NewDate
	es := []model.FollowUpEntry{
		dueEntry("1.1", model.FollowUpInProgress, d(2026, 9, 1), d(2026, 10, 15), d(2026, 10, 1)), // due in the period
		dueEntry("1.2", model.FollowUpInProgress, d(2026, 9, 1), d(2026, 9, 30), d(2026, 10, 1)),  // reviewed before: overdue still
		dueEntry("1.3", model.FollowUpInProgress, d(2026, 9, 1), d(2027, 1, 1), d(2026, 10, 1)),   // later
		dueEntry("1.4", model.FollowUpCompleted, d(2026, 9, 1), d(2026, 11, 1), d(2026, 10, 1)),   // completed, reviewed in the period
		dueEntry("1.5", model.FollowUpInProgress, d(2026, 9, 1), d(2026, 10, 1), d(2026, 10, 1)),  // on the previous meeting's day
	}
	var got []string
	for _, e := range model.DueBetween(es, d(2026, 10, 1), d(2026, 11, 1)) {
		got = append(got, e.Proposal.Ref)
	}
	if want := []string{"1.1", "1.2", "1.4", "1.5"}; !slices.Equal(got, want) {
		t.Errorf("due %v, want %v", got, want)
	}
}

func TestStarCounts(t *testing.T) {
	a, b := model.ProblemAreas[0], model.ProblemAreas[1]
	p := func(id int64, k model.Kind, s model.Status, o model.Outcome, areas ...model.ProblemArea) model.Proposal {
		pr := model.Proposal{ID: id, Content: model.Content{Kind: k}, Status: s, Outcome: o}
		pr.ProblemAreas = areas
		return pr
	}
	ps := []model.Proposal{
		p(1, model.KindIntervention, model.StatusDecided, model.OutcomeApproved, a, b),
		p(2, model.KindIntervention, model.StatusDecided, model.OutcomeApprovedConditions, a),
		p(3, model.KindIntervention, model.StatusDecided, model.OutcomeApproved, a),
		p(4, model.KindIntervention, model.StatusReady, "", a),
		p(5, model.KindIntervention, model.StatusWithdrawn, model.OutcomeWithdrawn, a),
		p(6, model.KindArea, model.StatusDecided, model.OutcomeApproved, a),
		p(7, model.KindIntervention, model.StatusDecided, model.OutcomeRejected, b),
	}
	fs := []model.FollowUpEntry{
		{Proposal: ps[0], FollowUp: model.FollowUp{Status: model.FollowUpInProgress}},
		{Proposal: ps[1], FollowUp: model.FollowUp{Status: model.FollowUpCompleted}},
		{Proposal: ps[2], FollowUp: model.FollowUp{Status: model.FollowUpNotStarted}},
	}
	got := model.StarCounts(ps, fs)
	if len(got) != len(model.ProblemAreas) {
		t.Fatalf("%d points", len(got))
	}
	wantA := model.StarCount{Area: a, Proposed: 4, Approved: 3, InProgress: 1, Completed: 1}
	wantB := model.StarCount{Area: b, Proposed: 2, Approved: 1, InProgress: 1}
	if got[0] != wantA || got[1] != wantB {
		t.Errorf("star %+v %+v, want %+v %+v", got[0], got[1], wantA, wantB)
	}
}
