package meeting

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
)

// memberLine is what the windows say while the login is a member's.
const memberLine = "Du är inloggad som ledamot: bara sekreteraren ändrar förslag och möten."

// asMember makes the fixture's login a member's on a shared store,
// signed in as the member with id me, and shows the meeting with id
// meeting again.
func (f *meetingsFixture) asMember(me, meeting int64) {
	f.shell.member, f.shell.signedIn, f.shell.me = true, true, me
	f.w.reload(meeting)
}

// A member's login prepares no meeting: Nytt möte, Redigera möte, Lägg
// till ärende and the agenda's order are disabled, with a line that says
// why; the meeting can still be followed in meeting mode, read-only, and
// exported.
func TestRightsAMemberPreparesNoMeeting(t *testing.T) {
	f := newMeetingsFixture(t)
	open := f.w.meetings[0] // the demo's meeting not signed off
	if open.SignedOff() || len(open.Items) < 2 {
		t.Fatal("the demo's newest meeting should be open with items")
	}
	f.asMember(open.ChairID, open.ID)
	f.w.agenda.Select(1)
	for name, b := range map[string]*widget.Button{"Nytt möte": f.w.newBtn, "Redigera möte": f.w.editBtn,
		"Lägg till ärende": f.w.addBtn, "Ta bort ärende": f.w.removeBtn, "Upp": f.w.upBtn, "Ner": f.w.downBtn} {
		if !b.Disabled() {
			t.Errorf("%s is enabled for a member", name)
		}
	}
	if f.w.modeBtn.Disabled() || f.w.exportBtn.Disabled() {
		t.Error("a member cannot follow the meeting in meeting mode or export it")
	}
	if f.w.why.Hidden || !strings.Contains(f.w.why.Text, memberLine) {
		t.Errorf("the line that says why is %q (hidden %v), want %q", f.w.why.Text, f.w.why.Hidden, memberLine)
	}

	f.emptyMeeting() // and shows it
	if f.w.agendaEmpty.Hidden || f.w.agendaEmpty.Text != "Dagordningen är tom ännu." {
		t.Errorf("an empty agenda tells a member %q, want only that it is empty", f.w.agendaEmpty.Text)
	}
	f.w.reload(open.ID)

	f.w.onMeetingMode()
	mode := f.w.modes[0]
	if !mode.locked || mode.follow.Hidden || !mode.panel.saveBtn.Disabled() {
		t.Errorf("meeting mode for a member: read-only %v, line shown %v, Spara disabled %v; want all",
			mode.locked, !mode.follow.Hidden, mode.panel.saveBtn.Disabled())
	}
	if mode.banner.Visible() {
		t.Error("meeting mode tells a member that an open meeting is signed off")
	}

	// The secretary records a decision elsewhere; the main window's watch
	// reloads this window, and the member's meeting mode follows.
	it := open.Items[mode.current]
	if _, err := f.store.RecordDecision(testCtx("Sekreteraren"), it.ID, model.Decision{Outcome: model.OutcomeDeferred,
		Text: "Bordläggs till nästa möte."}); err != nil {
		t.Fatal(err)
	}
	f.w.Reload()
	if d := mode.currentDecision(); d == nil || d.Outcome != model.OutcomeDeferred {
		t.Errorf("the member's meeting mode shows %+v, want the decision the secretary recorded", d)
	}
}

// The secretary's login prepares meetings and records decisions, as
// before, and is told nothing about rights.
func TestRightsTheSecretaryPreparesMeetings(t *testing.T) {
	f := newMeetingsFixture(t)
	open := f.w.meetings[0]
	f.shell.signedIn, f.shell.me = true, open.SecretaryID
	f.w.reload(open.ID)
	f.w.agenda.Select(1)
	if f.w.newBtn.Disabled() || f.w.editBtn.Disabled() || f.w.addBtn.Disabled() || f.w.removeBtn.Disabled() {
		t.Error("the secretary cannot prepare the meeting")
	}
	if strings.Contains(f.w.why.Text, memberLine) {
		t.Error("the secretary is told that only the secretary changes meetings")
	}
	f.w.onMeetingMode()
	if mode := f.w.modes[0]; mode.locked || !mode.follow.Hidden {
		t.Error("meeting mode is read-only for the secretary")
	}
}

// On a shared store the sign-off dialog offers only the role the
// signed-in member holds at the meeting; one who holds none finds
// Justera disabled, with a line that says why.
func TestRightsSignOffOffersOnlyTheSignedInMembersRole(t *testing.T) {
	f := newMeetingsFixture(t)
	mt := f.decidedMeeting()
	f.asMember(mt.AdjusterID, mt.ID)
	if f.w.signBtn.Disabled() {
		t.Fatal("Justera is disabled for the meeting's adjuster")
	}
	d := f.w.onSignOff()
	if len(d.role.Options) != 1 || !strings.HasPrefix(d.role.Options[0], "Justerare:") || d.role.Selected != d.role.Options[0] {
		t.Errorf("the adjuster is offered %q (chosen %q), want the adjuster's role only", d.role.Options, d.role.Selected)
	}
	d.dlg.Hide()
	if _, err := f.store.SignOff(testCtx("Test"), model.SignOff{MeetingID: mt.ID, MemberID: mt.AdjusterID, Role: model.RoleAdjuster}); err != nil {
		t.Fatal(err)
	}
	f.w.reload(mt.ID)
	if !f.w.signBtn.Disabled() {
		t.Error("Justera is enabled for the adjuster who has signed off")
	}

	var other int64
	for id := range f.w.members {
		if id != mt.ChairID && id != mt.AdjusterID {
			other = id
		}
	}
	f.asMember(other, mt.ID)
	if !f.w.signBtn.Disabled() {
		t.Error("Justera is enabled for a member who is neither chair nor adjuster")
	}
	if !strings.Contains(f.w.why.Text, "varken ordförande eller justerare") {
		t.Errorf("the line that says why is %q, want it to name the roles", f.w.why.Text)
	}
	d = f.w.onSignOff()
	if len(d.role.Options) != 0 || d.message.Hidden {
		t.Errorf("a member without a role is offered %q, message shown %v", d.role.Options, !d.message.Hidden)
	}
}

// A store that knows no logins offers both roles, for whoever holds them.
func TestRightsALocalStoreOffersBothRoles(t *testing.T) {
	f := newMeetingsFixture(t)
	f.decidedMeeting()
	d := f.w.onSignOff()
	if len(d.role.Options) != 2 {
		t.Errorf("a local store offers %q, want the chair's and the adjuster's role", d.role.Options)
	}
	if !f.w.why.Hidden {
		t.Errorf("a local store says %q about rights", f.w.why.Text)
	}
}
