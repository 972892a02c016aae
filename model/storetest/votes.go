package storetest

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// votingMeeting is a meeting with two items (§ 1 and § 2) at which the
// member leaves after § 1; the chair and the adjuster decide throughout
// and the secretary does not decide.
func (w *World) votingMeeting() (model.Meeting, model.Item, model.Item) {
	w.T.Helper()
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	first := w.AddItem(m, w.Ready("1.1", "Insats"))
	second := w.AddItem(m, w.Ready("1.2", "Annan insats"))
	m = w.meetingNow(m.ID)
	m = w.deciding(m)
	m.Attendees[3].To = first.Number
	m, err := w.S.UpdateMeeting(w.Ctx(), m)
	check(w.T, err)
	w.Begin(m)
	return m, first, second
}

// A vote and the attendance from § to § are kept as they were recorded,
// and the minutes freeze them.
func testVoteAndAttendanceRoundTrip(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m, first, second := w.votingMeeting()
	if a := m.Attendees[3]; a.MemberID != w.Member.ID || a.From != 0 || a.To != first.Number {
		t.Fatalf("attendee %+v, want the member present to § %d", a, first.Number)
	}
	vote := &model.Vote{Yes: "Det föreslagna beslutet", No: "Dan Åströms yrkande om avslag", CastingVote: true,
		Ballots: []model.Ballot{{MemberID: w.Chair.ID, Choice: model.VoteYes}, {MemberID: w.Adjuster.ID, Choice: model.VoteAbstain},
			{MemberID: w.Member.ID, Choice: model.VoteNo}}}
	d, err := w.S.RecordDecision(w.Ctx(), first.ID, model.Decision{Outcome: model.OutcomeApproved, Text: "Bifall.", Vote: vote})
	check(t, err)
	if !reflect.DeepEqual(d.Vote, vote) {
		t.Fatalf("vote %+v, want %+v", d.Vote, vote)
	}
	got := w.meetingNow(m.ID)
	if !reflect.DeepEqual(got.Items[0].Decision.Vote, vote) || got.Attendees[3].To != first.Number {
		t.Fatalf("read back %+v, %+v", got.Items[0].Decision.Vote, got.Attendees[3])
	}
	if r := got.Items[0].Decision.Vote.Count(got.ChairID); r.Carried != model.VoteYes || !r.ByCastingVote {
		t.Errorf("result %+v, want yes by the casting vote", r)
	}
	// The attendance must go on agreeing with the vote: the member who
	// voted cannot be made to have left before § 1.
	changed := got
	changed.Attendees = append([]model.Attendee(nil), got.Attendees...)
	changed.Attendees[2].Present = false
	_, err = w.S.UpdateMeeting(w.Ctx(), changed)
	wantCode(t, err, model.EInvalid, "attendance_has_vote")
	if again := w.meetingNow(m.ID); !again.Attendees[2].Present {
		t.Fatal("a refused attendance change was stored")
	}
	w.Decide(second, model.OutcomeDeferred)
	signed := w.SignOff(got)
	rec, err := w.S.MinutesRecord(context.Background(), signed.ID)
	check(t, err)
	frozen := rec.Minutes.Meeting
	if !reflect.DeepEqual(frozen.Items[0].Decision.Vote, vote) || frozen.Attendees[3].To != first.Number {
		t.Errorf("frozen minutes lack the vote or the attendance: %+v %+v", frozen.Items[0].Decision.Vote, frozen.Attendees[3])
	}
}

// Only the members taking part in § n vote on it: the one who has left
// may not, the one recused may not, and everyone taking part must.
func testVoteTakesBallotsOnlyFromThoseTakingPart(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m, _, second := w.votingMeeting()
	ballots := []model.Ballot{{MemberID: w.Chair.ID, Choice: model.VoteYes}, {MemberID: w.Adjuster.ID, Choice: model.VoteNo},
		{MemberID: w.Member.ID, Choice: model.VoteNo}}
	decide := func(d model.Decision) error {
		_, err := w.S.RecordDecision(w.Ctx(), second.ID, d)
		return err
	}
	base := model.Decision{Outcome: model.OutcomeApproved, Text: "Bifall."}
	left := base
	left.Vote = &model.Vote{Yes: "A", No: "B", Ballots: ballots}
	wantCode(t, decide(left), model.EInvalid, "vote_not_taking_part")
	missing := base
	missing.Vote = &model.Vote{Yes: "A", No: "B", Ballots: ballots[:1]}
	wantCode(t, decide(missing), model.EInvalid, "vote_missing")
	recused := base
	recused.Recusals = []model.Recusal{{MemberID: w.Adjuster.ID, Reason: "Jäv"}}
	recused.Vote = &model.Vote{Yes: "A", No: "B", Ballots: ballots[:2]}
	wantCode(t, decide(recused), model.EInvalid, "vote_not_taking_part")
	if got := w.meetingNow(m.ID); got.Items[1].Decision != nil {
		t.Fatalf("a refused vote was stored: %+v", got.Items[1].Decision)
	}
	recused.Vote.Ballots = ballots[:1]
	check(t, decide(recused))
	// Nor can the attendance then say that the member left before § 2 if
	// their reservation on it stands.
	if err := decide(model.Decision{Outcome: model.OutcomeRejected, Text: "Avslag.",
		Reservations: []model.Reservation{{MemberID: w.Member.ID, Text: "Jag reserverar mig."}}}); err == nil {
		t.Fatal("a member who left before § 2 entered a reservation on it")
	}
}

// The group's rules are the defaults until set, and an unknown rule is
// refused with the stored rules left as they were.
func testGroupRules(t *testing.T, h Harness) {
	w := newWorld(t, h)
	g, err := w.S.GroupRules(context.Background())
	check(t, err)
	if g != model.DefaultGroupRules() {
		t.Fatalf("rules %+v, want the defaults", g)
	}
	set := model.GroupRules{Quorum: model.QuorumRule{Kind: model.QuorumAtLeast, N: 3}}
	check(t, w.S.SetGroupRules(w.Ctx(), set))
	wantCode(t, w.S.SetGroupRules(w.Ctx(), model.GroupRules{Quorum: model.QuorumRule{Kind: "most"}}), model.EInvalid, "quorum_rule_invalid")
	if g, err = w.S.GroupRules(context.Background()); err != nil || g != set {
		t.Fatalf("rules %+v (%v), want %+v", g, err, set)
	}
	set.Quorum, set.CastingVote = model.QuorumRule{Kind: model.QuorumTwoThirds}, true
	check(t, w.S.SetGroupRules(w.Ctx(), set))
	if g, err = w.S.GroupRules(context.Background()); err != nil || g != set {
		t.Fatalf("rules %+v (%v), want %+v", g, err, set)
	}
}
