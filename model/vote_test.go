package model_test

import (
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// voteMeeting has seven deciding members (1–7, 1 the chair), one of them
// absent (6) and one who left after § 11 (7), one only present (8) and a
// guest, on the agenda §§ 10–12.
func voteMeeting() model.Meeting {
	m := model.Meeting{ChairID: 1, Items: []model.Item{{Number: 10}, {Number: 11}, {Number: 12}}}
	for id := int64(1); id <= 5; id++ {
		m.Attendees = append(m.Attendees, model.Attendee{MemberID: id, Present: true, Decides: true})
	}
	m.Attendees = append(m.Attendees,
		model.Attendee{MemberID: 6, Present: false, Decides: true},
		model.Attendee{MemberID: 7, Present: true, Decides: true, To: 11},
		model.Attendee{MemberID: 8, Present: true},
		model.Attendee{Name: "Gäst", Present: true})
	return m
}

func ballots(choices map[int64]model.VoteChoice) []model.Ballot {
	var out []model.Ballot
	for id := int64(1); id <= 9; id++ {
		if c, ok := choices[id]; ok {
			out = append(out, model.Ballot{MemberID: id, Choice: c})
		}
	}
	return out
}

func TestVoteCountsMajorityTieAndCastingVote(t *testing.T) {
	y, n, a := model.VoteYes, model.VoteNo, model.VoteAbstain
	cases := []struct {
		name    string
		choices map[int64]model.VoteChoice
		casting bool
		want    model.VoteResult
	}{
		{"yes wins", map[int64]model.VoteChoice{1: y, 2: y, 3: n, 4: a}, true, model.VoteResult{Yes: 2, No: 1, Abstain: 1, Carried: y}},
		{"no wins against the chair", map[int64]model.VoteChoice{1: y, 2: n, 3: n}, true, model.VoteResult{Yes: 1, No: 2, Carried: n}},
		{"tie, chair's casting vote yes", map[int64]model.VoteChoice{1: y, 2: n, 3: a}, true, model.VoteResult{Yes: 1, No: 1, Abstain: 1, Carried: y, ByCastingVote: true}},
		{"tie, chair's casting vote no", map[int64]model.VoteChoice{1: n, 2: y}, true, model.VoteResult{Yes: 1, No: 1, Carried: n, ByCastingVote: true}},
		{"tie without the casting vote rule", map[int64]model.VoteChoice{1: y, 2: n}, false, model.VoteResult{Yes: 1, No: 1}},
		{"tie, the chair abstained", map[int64]model.VoteChoice{1: a, 2: y, 3: n}, true, model.VoteResult{Yes: 1, No: 1, Abstain: 1}},
		{"tie, the chair did not vote", map[int64]model.VoteChoice{2: y, 3: n}, true, model.VoteResult{Yes: 1, No: 1}},
		{"all abstain", map[int64]model.VoteChoice{1: a, 2: a}, true, model.VoteResult{Abstain: 2}},
	}
	for _, c := range cases {
		v := model.Vote{Yes: "A", No: "B", Ballots: ballots(c.choices), CastingVote: c.casting}
		if got := v.Count(1); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestVoteBallotsAreThoseTakingPart(t *testing.T) {
	m := voteMeeting()
	names := func(id int64) string {
		return map[int64]string{1: "Anna", 5: "Eva", 6: "Filip", 7: "Gun", 8: "Hans"}[id]
	}
	y := model.VoteYes
	all := map[int64]model.VoteChoice{1: y, 2: y, 3: y, 4: y, 5: y}
	d := validDecision(model.OutcomeApproved)
	d.Vote = &model.Vote{Yes: "A", No: "B", Ballots: ballots(all)}
	// § 12: Gun has left; § 11 she is there and must vote.
	assertNoErr(t, d.Validate())
	assertNoErr(t, d.CheckParticipants(m, 12, names))
	assertKeys(t, d.CheckParticipants(m, 11, names), "vote_missing")

	// Absent, not deciding and recused members have no vote.
	for _, id := range []int64{6, 8} {
		c := map[int64]model.VoteChoice{id: y}
		for k, v := range all {
			c[k] = v
		}
		d.Vote.Ballots = ballots(c)
		assertKeys(t, d.CheckParticipants(m, 12, names), "vote_not_taking_part")
	}
	d.Vote.Ballots = ballots(all)
	d.Recusals = []model.Recusal{{MemberID: 5, Reason: "Jäv"}}
	err := d.CheckParticipants(m, 12, names)
	assertKeys(t, err, "vote_not_taking_part")
	if !strings.Contains(model.ErrorMessage(err, model.Swedish), "Eva deltar inte i beslutet i § 12") {
		t.Errorf("message %q", model.ErrorMessage(err, model.Swedish))
	}
	delete(all, 5)
	d.Vote.Ballots = ballots(all)
	assertNoErr(t, d.CheckParticipants(m, 12, names))
}

func TestVoteValidate(t *testing.T) {
	v := model.Vote{Ballots: []model.Ballot{{MemberID: 1, Choice: "kanske"}, {MemberID: 1, Choice: model.VoteYes}}}
	assertKeys(t, v.Validate(), "vote_propositions_required", "vote_choice_invalid", "vote_twice")
	assertKeys(t, model.Vote{Yes: "A", No: "B"}.Validate(), "vote_no_ballots")
	d := validDecision(model.OutcomeApproved)
	d.Vote = &v
	assertKeys(t, d.Validate(), "vote_propositions_required", "vote_choice_invalid", "vote_twice")
}

func TestVoteResultText(t *testing.T) {
	v := model.Vote{Yes: "ordförandens förslag", No: "Bos yrkande"}
	cases := []struct {
		r    model.VoteResult
		l    model.Language
		want string
	}{
		{model.VoteResult{Yes: 5, No: 2, Carried: model.VoteYes}, model.Swedish, "Med 5 ja-röster mot 2 nej-röster har mötet beslutat enligt ordförandens förslag."},
		{model.VoteResult{Yes: 2, No: 4, Abstain: 1, Carried: model.VoteNo}, model.Swedish, "Med 2 ja-röster mot 4 nej-röster har mötet beslutat enligt Bos yrkande. 1 avstod från att rösta."},
		{model.VoteResult{Yes: 3, No: 3, Carried: model.VoteNo, ByCastingVote: true}, model.Swedish, "Röstetalet blev lika, 3 ja-röster mot 3 nej-röster. Ordföranden har utslagsröst och röstade nej; mötet har beslutat enligt Bos yrkande."},
		{model.VoteResult{Yes: 3, No: 3}, model.English, "The votes were tied, 3 yes to 3 no, and neither proposal won a majority."},
	}
	for _, c := range cases {
		if got := c.r.Text(c.l, v); got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
}

func TestExportedDecisionCarriesTheVote(t *testing.T) {
	d := validDecision(model.OutcomeApproved)
	d.Vote = &model.Vote{Yes: "A", No: "B", CastingVote: true, Ballots: []model.Ballot{
		{MemberID: 1, Choice: model.VoteNo}, {MemberID: 2, Choice: model.VoteYes}, {MemberID: 3, Choice: model.VoteAbstain}}}
	names := func(id int64) string { return map[int64]string{1: "Anna", 2: "Bo", 3: "Cia"}[id] }
	m := model.Meeting{ID: 4, ChairID: 1}
	got := model.ExportDecision(model.PlaceOf(m, model.Item{Number: 7}), d, names).Vote
	want := &model.ExportedVote{Yes: "A", No: "B", NoVotes: 1, YesVotes: 1, Abstained: 1, Carried: model.VoteNo, ByCastingVote: true,
		Ballots: []model.ExportedEntry{{Member: "Anna", Text: "no"}, {Member: "Bo", Text: "yes"}, {Member: "Cia", Text: "abstain"}}}
	if got == nil || got.Yes != want.Yes || got.Carried != want.Carried || !got.ByCastingVote || got.YesVotes != 1 ||
		got.NoVotes != 1 || got.Abstained != 1 || len(got.Ballots) != 3 || got.Ballots[0] != want.Ballots[0] || got.Ballots[2] != want.Ballots[2] {
		t.Errorf("exported vote %+v, want %+v", got, want)
	}
	d.Vote = nil
	if model.ExportDecision(model.PlaceOf(m, model.Item{Number: 7}), d, names).Vote != nil {
		t.Error("a decision without a vote exports one")
	}
}
