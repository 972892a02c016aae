package model_test

import (
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestQuorumRuleNeeded(t *testing.T) {
	cases := []struct {
		rule model.QuorumRule
		of   int
		want int
	}{
		{model.QuorumRule{Kind: model.QuorumMoreThanHalf}, 7, 4},
		{model.QuorumRule{Kind: model.QuorumMoreThanHalf}, 8, 5},
		{model.QuorumRule{Kind: model.QuorumAtLeastHalf}, 7, 4},
		{model.QuorumRule{Kind: model.QuorumAtLeastHalf}, 8, 4},
		{model.QuorumRule{Kind: model.QuorumTwoThirds}, 9, 6},
		{model.QuorumRule{Kind: model.QuorumTwoThirds}, 10, 7},
		{model.QuorumRule{Kind: model.QuorumAtLeast, N: 3}, 10, 3},
	}
	for _, c := range cases {
		if got := c.rule.Needed(c.of); got != c.want {
			t.Errorf("%+v of %d: %d, want %d", c.rule, c.of, got, c.want)
		}
	}
	assertKeys(t, model.QuorumRule{Kind: model.QuorumAtLeast}.Validate(), "quorum_rule_invalid")
	assertKeys(t, model.QuorumRule{Kind: "most"}.Validate(), "quorum_rule_invalid")
	assertNoErr(t, model.DefaultGroupRules().Validate())
	if r := model.DefaultGroupRules(); r.Quorum.Kind != model.QuorumMoreThanHalf || !r.CastingVote {
		t.Errorf("default rules %+v", r)
	}
}

// TestQuorumPerItemWithLateArrivalsAndRecusals: seven deciding members, of
// whom 6 is absent, 7 leaves after § 11 and 4 arrives at § 11; more than
// half (4) must take part.
func TestQuorumPerItemWithLateArrivalsAndRecusals(t *testing.T) {
	m := voteMeeting()
	m.Attendees[3].From = 11 // member 4 arrives at § 11
	rule := model.DefaultGroupRules().Quorum
	recused := []model.Recusal{{MemberID: 2}, {MemberID: 3}}
	cases := []struct {
		n        int
		recusals []model.Recusal
		taking   int
		met      bool
	}{
		{10, nil, 5, true},      // 1 2 3 5 7
		{11, nil, 6, true},      // 1 2 3 4 5 7
		{12, nil, 5, true},      // 1 2 3 4 5
		{10, recused, 3, false}, // 1 5 7
		{11, recused, 4, true},  // 1 4 5 7
		{12, recused, 3, false}, // 1 4 5
	}
	for _, c := range cases {
		q := m.QuorumAt(c.n, c.recusals, rule)
		if q.Taking != c.taking || q.Of != 7 || q.Needed != 4 || q.Met != c.met {
			t.Errorf("§ %d with %d recused: %+v, want %d taking, met %v", c.n, len(c.recusals), q, c.taking, c.met)
		}
	}
	if got, want := m.QuorumAt(12, recused, rule).Text(model.Swedish), "Inte beslutsför: 3 av 7 beslutande deltar, minst 4 behövs."; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
	if q := (model.Meeting{}).QuorumAt(1, nil, rule); q.Met {
		t.Error("a meeting without deciding members is quorate")
	}
}

func TestAttendanceFromSectionToSection(t *testing.T) {
	a := model.Attendee{MemberID: 1, Present: true, Decides: true, From: 11, To: 12}
	for n, want := range map[int]bool{10: false, 11: true, 12: true, 13: false, 0: true} {
		if a.PresentAt(n) != want {
			t.Errorf("PresentAt(%d) = %v", n, !want)
		}
	}
	if (model.Attendee{Present: false, From: 1}).PresentAt(1) {
		t.Error("an absent attendee is present")
	}
	m := voteMeeting()
	m.StartsAt = m.CreatedAt.AddDate(2026, 0, 0)
	m.Place = "Rådhuset"
	m.Attendees[0].From, m.Attendees[0].To = 12, 11
	m.Attendees[1].From = 14
	assertKeys(t, m.Validate(), "attendance_leaves_before_arriving", "attendance_section_unknown")
	if !m.DecidingAt(7, 11) || m.DecidingAt(7, 12) || m.DecidingAt(8, 11) {
		t.Error("DecidingAt does not follow the § range and the deciding mark")
	}
}
