package meeting

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
)

// The demo's open meeting: §§ 11–16, nine deciding members (ids 1–9),
// Anna Lindqvist (1) in the chair, Leila Rahimi (10) the secretary.
const (
	voteChair  = int64(1)
	voteAbsent = int64(6) // Per Åkesson, absent in voteFixture
	voteLate   = int64(9) // Tomas Wikström, from § 13 in voteFixture
	voteRecuse = int64(8) // Helena Forsberg, recused in the tests
)

// voteFixture opens meeting mode on the demo's open meeting after edit
// has changed its attendees and rules are stored.
func voteFixture(t *testing.T, rules model.GroupRules, edit func(a []model.Attendee)) *meetingModeFixture {
	t.Helper()
	f := meetingModeStore(t)
	mt := f.meeting(openMeetingDate)
	edit(mt.Attendees)
	if _, err := f.store.UpdateMeeting(f.ctx, mt); err != nil {
		t.Fatal(err)
	}
	if err := f.store.SetGroupRules(f.ctx, rules); err != nil {
		t.Fatal(err)
	}
	f.open(openMeetingDate)
	return f
}

// voteAttendee returns the attendee of member id in list.
func voteAttendee(t *testing.T, list []model.Attendee, id int64) *model.Attendee {
	t.Helper()
	for i := range list {
		if list[i].MemberID == id {
			return &list[i]
		}
	}
	t.Fatalf("no attendee %d", id)
	return nil
}

// voteAbsentAndLate makes voteAbsent absent and voteLate arrive at § 13.
func voteAbsentAndLate(t *testing.T) func([]model.Attendee) {
	return func(a []model.Attendee) {
		voteAttendee(t, a, voteAbsent).Present = false
		voteAttendee(t, a, voteLate).From = 13
	}
}

// voteRecused adds a recusal of id to the panel's form.
func voteRecused(f *meetingModeFixture, id int64) {
	f.mm.panel.recusals.addRow(memberText{MemberID: id, Text: "Styrelseledamot i föreningen"})
	f.mm.panel.edited("recusals")
}

// voteTie gives each row a choice so that ja and nej tie, the chair
// voting ja, and returns the ids in the rows' order.
func voteTie(t *testing.T, v *voteDialog) []int64 {
	t.Helper()
	var ids []int64
	yes, no := 0, 0
	for _, r := range v.rows {
		ids = append(ids, r.id)
		switch {
		case r.id == voteChair || yes <= no && yes < len(v.rows)/2:
			r.choice.SetSelected("ja")
			yes++
		default:
			r.choice.SetSelected("nej")
			no++
		}
	}
	if yes != no {
		t.Fatalf("no tie: %d ja, %d nej", yes, no)
	}
	return ids
}

// The dialog lists the members taking part with no vote chosen, shows the
// recused, the absent and the late greyed out with why, counts a tie as
// the chair's casting vote breaks it, and puts the vote into the decision,
// which stores it.
func TestVoteDialogCountsTheTakingPartAndIsSavedWithTheDecision(t *testing.T) {
	f := voteFixture(t, model.DefaultGroupRules(), voteAbsentAndLate(t))
	if f.item().Number != 11 {
		t.Fatalf("meeting mode shows § %d", f.item().Number)
	}
	voteRecused(f, voteRecuse)
	f.mm.panel.typedRune('v')
	v := f.mm.panel.vote.dialog
	if v == nil || f.mm.ask == nil {
		t.Fatal("V opened no vote dialog")
	}
	var ids []int64
	for _, r := range v.rows {
		ids = append(ids, r.id)
		if r.choice.Selected != "" {
			t.Errorf("member %d has %q chosen before voting", r.id, r.choice.Selected)
		}
	}
	if want := []int64{1, 2, 3, 4, 5, 7}; !slices.Equal(ids, want) {
		t.Fatalf("voting: %v, want %v", ids, want)
	}
	shown := labelsOf(f.mm.win.Canvas().Overlays().Top())
	for _, want := range []string{"Per Åkesson", "frånvarande", "Tomas Wikström", "anländer vid § 13", "Helena Forsberg", "jäv – deltar inte"} {
		if !contains(shown, want) {
			t.Errorf("the dialog does not show %q: %q", want, shown)
		}
	}
	if !strings.HasPrefix(v.yes.Text, "det föreslagna beslutet") || v.no.Text != "" {
		t.Errorf("propositions offered: %q / %q", v.yes.Text, v.no.Text)
	}

	v.no.SetText("Mats Hedlunds yrkande om avslag")
	v.submit() // nobody has voted
	if v.problem.Hidden || !strings.Contains(v.problem.Text, "Anna Lindqvist") || f.mm.panel.vote.vote != nil {
		t.Fatalf("a vote without ballots was taken: %q", v.problem.Text)
	}
	voteTie(t, v)
	vt, _ := v.vote()
	want := vt.Count(voteChair).Text(model.Swedish, vt)
	if v.result.Hidden || v.result.Text != want || !strings.Contains(want, "utslagsröst") {
		t.Errorf("result shown %q, want %q", v.result.Text, want)
	}
	if !v.problem.Hidden {
		t.Error("the message about missing votes stays once everyone has voted")
	}
	v.submit()
	if f.mm.ask != nil || f.mm.panel.vote.dialog != nil {
		t.Fatal("the dialog stays open after OK")
	}
	if s := f.mm.panel.vote.summary; s.Hidden || !strings.Contains(s.Text, "Omröstning:") || !f.mm.panel.dirty() {
		t.Errorf("the panel shows %q (hidden %v), dirty %v", s.Text, s.Hidden, f.mm.panel.dirty())
	}

	f.mm.panel.choose(model.OutcomeApproved)
	f.mm.panel.text.SetText("Ledningsgruppen godkänner insatsen.")
	id := f.item().ID
	f.mm.save()
	f.noDialog()
	d := f.stored(id)
	if d == nil || d.Vote == nil {
		t.Fatalf("no vote stored: %+v", d)
	}
	if !d.Vote.CastingVote || len(d.Vote.Ballots) != 6 || d.Vote.No != "Mats Hedlunds yrkande om avslag" {
		t.Errorf("stored vote %+v", *d.Vote)
	}
	if r := d.Vote.Count(voteChair); !r.ByCastingVote || r.Carried != model.VoteYes {
		t.Errorf("stored vote counts %+v", r)
	}
}

// Without the chair's casting vote in the group's rules, a tie decides
// nothing, and the vote records the rule it was taken under.
func TestVoteTieWithoutTheCastingVoteDecidesNothing(t *testing.T) {
	f := voteFixture(t, model.GroupRules{Quorum: model.QuorumRule{Kind: model.QuorumMoreThanHalf}},
		voteAbsentAndLate(t))
	voteRecused(f, voteRecuse)
	f.mm.panel.vote.openDialog()
	v := f.mm.panel.vote.dialog
	voteTie(t, v)
	v.no.SetText("Avslag")
	if !strings.Contains(v.result.Text, "inget av förslagen fick majoritet") {
		t.Errorf("result %q", v.result.Text)
	}
	v.submit()
	f.mm.panel.choose(model.OutcomeDeferred)
	f.mm.panel.text.SetText("Ärendet bordläggs.")
	id := f.item().ID
	f.mm.save()
	if d := f.stored(id); d == nil || d.Vote == nil || d.Vote.CastingVote {
		t.Fatalf("stored %+v", d)
	}
}

// Ta bort takes the vote out of the draft; Escape closes the dialog and
// changes nothing.
func TestVoteRemoveAndEscape(t *testing.T) {
	f := voteFixture(t, model.DefaultGroupRules(), func([]model.Attendee) {})
	f.mm.panel.vote.openDialog()
	f.press(fyne.KeyEscape)
	if f.mm.ask != nil || f.mm.panel.vote.vote != nil {
		t.Fatal("Escape did not close the dialog, or took a vote")
	}
	f.mm.panel.vote.openDialog()
	v := f.mm.panel.vote.dialog
	v.fill(model.VoteYes)
	v.no.SetText("Avslag")
	v.submit()
	if f.mm.panel.vote.vote == nil || len(f.mm.panel.vote.vote.Ballots) != 9 {
		t.Fatalf("vote %+v", f.mm.panel.vote.vote)
	}
	test.Tap(f.mm.panel.vote.remove)
	if f.mm.panel.vote.vote != nil || !f.mm.panel.vote.summary.Hidden || f.mm.panel.vote.open.Hidden {
		t.Error("Ta bort left the vote")
	}
}

// A signed-off decision shows its vote for reading: both propositions,
// each member's vote and the result.
func TestVoteTextForReading(t *testing.T) {
	f := voteFixture(t, model.DefaultGroupRules(), func([]model.Attendee) {})
	vt := model.Vote{Yes: "bifall", No: "avslag", CastingVote: true, Ballots: []model.Ballot{
		{MemberID: 1, Choice: model.VoteYes}, {MemberID: 2, Choice: model.VoteNo}, {MemberID: 3, Choice: model.VoteAbstain}}}
	d := &model.Decision{Outcome: model.OutcomeApproved, Text: "Godkänt.", Vote: &vt}
	shown := labelsOf(widget.NewRichText(f.mm.panel.segments(d)...))
	for _, want := range []string{"Omröstning", "Ja-förslaget: bifall", "Nej-förslaget: avslag",
		"– Anna Lindqvist: ja", "– Mats Hedlund: nej", "– Karin Sjöberg: avstår",
		"Röstetalet blev lika, 1 ja-röster mot 1 nej-röster. Ordföranden har utslagsröst och röstade ja"} {
		if !contains(shown, want) {
			t.Errorf("the decision shown lacks %q: %q", want, shown)
		}
	}
}
