package meeting

import (
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// attendanceRowOf returns the dialog's row of member id.
func attendanceRowOf(t *testing.T, a *attendanceDialog, id int64) attendanceRow {
	t.Helper()
	for _, r := range a.rows {
		if a.m.meeting.Attendees[r.index].MemberID == id {
			return r
		}
	}
	t.Fatalf("no row for member %d", id)
	return attendanceRow{}
}

// Närvaro records a late arrival and an early departure from § to §; the
// quorum and the vote follow at once, and a draft in the panel is kept.
func TestAttendanceFromAndToChangesTheQuorum(t *testing.T) {
	all := model.GroupRules{Quorum: model.QuorumRule{Kind: model.QuorumAtLeast, N: 9}}
	f := voteFixture(t, all, func([]model.Attendee) {})
	quorumSays(t, f, "Beslutsför: 9 av 9 beslutande deltar (minst 9 behövs).", true)
	f.mm.panel.text.SetText("Ett utkast")
	f.mm.panel.typedRune('n')
	a := f.mm.panel.quorum.dialog
	if a == nil {
		t.Fatal("N opened no attendance dialog")
	}
	late, early := attendanceRowOf(t, a, voteLate), attendanceRowOf(t, a, voteAbsent)
	if late.from.Selected != "från början" || late.to.Selected != "till slutet" {
		t.Errorf("a member present all along shows %q – %q", late.from.Selected, late.to.Selected)
	}
	late.from.SetSelected("§ 12")
	early.to.SetSelected("§ 10") // not on the agenda: not offered
	if early.to.Selected != "till slutet" {
		t.Fatalf("a § not on the agenda was chosen: %q", early.to.Selected)
	}
	a.save()
	if f.mm.ask != nil {
		t.Fatalf("the dialog stays open: %q", a.problem.Text)
	}
	stored := f.meeting(openMeetingDate)
	if at := voteAttendee(t, stored.Attendees, voteLate); at.From != 12 || at.To != 0 {
		t.Errorf("stored %+v", *at)
	}
	quorumSays(t, f, "Inte beslutsför: 8 av 9 beslutande deltar, minst 9 behövs.", false)
	f.mm.goTo(1) // § 12
	quorumSays(t, f, "Beslutsför: 9 av 9 beslutande deltar (minst 9 behövs).", true)
	f.mm.goTo(0)
	if f.mm.panel.text.Text != "Ett utkast" {
		t.Errorf("the draft was lost: %q", f.mm.panel.text.Text)
	}
	f.mm.panel.vote.openDialog()
	for _, r := range f.mm.panel.vote.dialog.rows {
		if r.id == voteLate {
			t.Error("a member who arrives at § 12 votes in § 11")
		}
	}
}

// Arrival after departure is refused in the dialog, which stays open and
// stores nothing.
func TestAttendanceArrivalAfterDepartureIsRefused(t *testing.T) {
	f := voteFixture(t, quorumRule, func([]model.Attendee) {})
	f.mm.panel.quorum.openAttendance()
	a := f.mm.panel.quorum.dialog
	r := attendanceRowOf(t, a, voteLate)
	r.from.SetSelected("§ 14")
	r.to.SetSelected("§ 12")
	a.save()
	if a.problem.Hidden || !strings.Contains(a.problem.Text, "ankomsten måste vara före avgången") || f.mm.ask == nil {
		t.Fatalf("problem %q (hidden %v)", a.problem.Text, a.problem.Hidden)
	}
	if at := voteAttendee(t, f.meeting(openMeetingDate).Attendees, voteLate); at.From != 0 || at.To != 0 {
		t.Errorf("stored %+v", *at)
	}
}

// Attendance that would leave a recorded vote by a member not present is
// refused, with the message naming the member and the §, and nothing is
// stored.
func TestAttendanceRefusedWhenAVoteWouldBeLeftWithoutItsVoter(t *testing.T) {
	f := voteFixture(t, model.DefaultGroupRules(), func([]model.Attendee) {})
	id := f.item().ID
	f.mm.panel.vote.openDialog()
	v := f.mm.panel.vote.dialog
	v.fill(model.VoteYes)
	v.no.SetText("Avslag")
	v.submit()
	f.mm.panel.choose(model.OutcomeApproved)
	f.mm.panel.text.SetText("Ledningsgruppen godkänner insatsen.")
	f.mm.save()
	if d := f.stored(id); d == nil || d.Vote == nil {
		t.Fatal("the vote was not stored")
	}
	f.mm.goTo(0)
	f.mm.panel.quorum.openAttendance()
	a := f.mm.panel.quorum.dialog
	attendanceRowOf(t, a, voteLate).from.SetSelected("§ 12")
	a.save()
	if a.problem.Hidden || !strings.Contains(a.problem.Text, "Tomas Wikström deltar inte i beslutet i § 11") || f.mm.ask == nil {
		t.Fatalf("problem %q (hidden %v)", a.problem.Text, a.problem.Hidden)
	}
	if at := voteAttendee(t, f.meeting(openMeetingDate).Attendees, voteLate); at.From != 0 {
		t.Errorf("stored %+v", *at)
	}
}
