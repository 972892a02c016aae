package meeting

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

func TestMeetingModeSavesReservationsNotesAndRecipients(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	p := f.mm.panel
	it := f.item()
	test.TypeOnCanvas(f.mm.win.Canvas(), "3")
	test.Tap(p.reservations.add)
	row := p.reservations.rows[0]
	if !p.extras.Items[0].Open || f.mm.win.Canvas().Focused() != row.text {
		t.Error("the new reservation's text has no focus, or its section is folded")
	}
	if got, want := row.text.Theme().Size(theme.SizeNameText), projectorSizes[theme.SizeNameText]; got < want {
		t.Errorf("the new row's text is %v high, want the window's large %v", got, want)
	}
	test.Type(row.text, "Jag reserverar mig.")
	f.ctrlEnter()
	shownError(t, p, "reservations", "ledamot")
	if f.stored(it.ID) != nil {
		t.Fatal("a reservation without a member was stored")
	}
	row.member.SetSelectedIndex(1)
	test.Tap(p.notes.add)
	p.notes.rows[0].member.SetSelectedIndex(0) // the meeting itself
	test.Type(p.notes.rows[0].text, "Ärendet följs upp i juni.")
	p.recipients.SetText("Socialförvaltningen\n\nKommunledningskontoret\n")
	f.ctrlEnter()
	f.noDialog()
	d := f.stored(it.ID)
	if d == nil || d.Outcome != model.OutcomeRejected {
		t.Fatalf("stored %+v", d)
	}
	if len(d.Reservations) != 1 || d.Reservations[0].MemberID != row.ids[1] || d.Reservations[0].Text != "Jag reserverar mig." {
		t.Errorf("reservations %+v", d.Reservations)
	}
	if len(d.Notes) != 1 || d.Notes[0].MemberID != 0 || d.Notes[0].Text != "Ärendet följs upp i juni." {
		t.Errorf("notes %+v", d.Notes)
	}
	if strings.Join(d.Recipients, "|") != "Socialförvaltningen|Kommunledningskontoret" {
		t.Errorf("recipients %q", d.Recipients)
	}
}

func TestMeetingModeKeepsADraftWhenMovingOn(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	test.TypeOnCanvas(f.mm.win.Canvas(), "4")
	f.press(fyne.KeyPageDown)
	if f.mm.panel.outcome != "" {
		t.Fatalf("the next item shows the outcome %q", f.mm.panel.outcome)
	}
	f.press(fyne.KeyPageUp)
	if f.mm.panel.outcome != model.OutcomeDeferred {
		t.Errorf("back on the item, the chosen outcome is %q", f.mm.panel.outcome)
	}
	if f.stored(f.item().ID) != nil {
		t.Error("moving on saved the draft")
	}
}

func TestMeetingModeIsTranslated(t *testing.T) {
	f := meetingModeStore(t)
	if err := uikit.SetLanguage(model.English); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { uikit.SetLanguage(model.Swedish) })
	f.open(openMeetingDate)
	if !strings.HasPrefix(f.mm.win.Title(), "Meeting mode – ") || !strings.HasPrefix(f.mm.position.Text, "Item 1 of ") {
		t.Errorf("title %q, position %q", f.mm.win.Title(), f.mm.position.Text)
	}
	test.TypeOnCanvas(f.mm.win.Canvas(), "1")
	if f.mm.panel.text.Text != model.DefaultDecisionText(model.OutcomeApproved, model.English) {
		t.Errorf("decision text %q", f.mm.panel.text.Text)
	}
}

func TestMeetingModeAsksBeforeClosingWithUnsavedDecisions(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	test.TypeOnCanvas(f.mm.win.Canvas(), "1")
	f.mm.onClose()
	if f.mm.win.Canvas().Overlays().Top() == nil {
		t.Fatal("closing with an unsaved decision asks nothing")
	}
	if got := strings.Join(labelsOf(f.mm.win.Canvas().Overlays().Top()), " "); !strings.Contains(got, "inte sparat") {
		t.Errorf("the question says %q", got)
	}
}

// Only the deciding members present (beslutande) are offered for a
// reservation; those only present (the secretary) are offered for notes
// and recusals. A reservation by someone else is refused beside the
// field, and nothing is stored.
func TestMeetingModeOffersOnlyDecidingMembersForReservations(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	p := f.mm.panel
	mt := f.mm.meeting
	var secretary string
	for _, mb := range p.notes.members {
		if mb.ID == mt.SecretaryID {
			secretary = mb.Name
		}
	}
	if secretary == "" {
		t.Fatal("the secretary, present, is not offered for notes")
	}
	if len(p.reservations.members) == 0 {
		t.Fatal("no one is offered for reservations")
	}
	for _, mb := range p.reservations.members {
		if !mt.Deciding(mb.ID) {
			t.Errorf("%s, not deciding, is offered for a reservation", mb.Name)
		}
	}
	for _, a := range mt.Attendees {
		if a.MemberID != 0 && a.Present && a.Decides && !slices.ContainsFunc(p.reservations.members, func(mb model.Member) bool { return mb.ID == a.MemberID }) {
			t.Errorf("deciding member %d is not offered for a reservation", a.MemberID)
		}
	}
	test.TypeOnCanvas(f.mm.win.Canvas(), "3")
	test.Tap(p.reservations.add)
	row := p.reservations.rows[0]
	if slices.Contains(row.member.Options, secretary) {
		t.Errorf("the reservation's choice offers the secretary %s: %v", secretary, row.member.Options)
	}
	if p.reservations.hint.Hidden || !strings.Contains(p.reservations.hint.Text, "beslutande") {
		t.Errorf("the section does not say who can reserve: %q", p.reservations.hint.Text)
	}

	// A reservation by the secretary all the same (an old draft, another
	// window): refused beside the field.
	p.reservations.members = p.notes.members
	p.reservations.set(nil)
	test.Tap(p.reservations.add)
	row = p.reservations.rows[0]
	row.member.SetSelected(secretary)
	test.Type(row.text, "Jag reserverar mig.")
	it := f.item()
	f.ctrlEnter()
	shownError(t, p, "reservations", secretary+" är inte beslutande")
	if f.stored(it.ID) != nil {
		t.Fatal("a reservation by a member who does not decide was stored")
	}
}

// With no deciding member recorded, no reservation can be added, and the
// section says why.
func TestMeetingModeWithoutDecidingMembersTakesNoReservation(t *testing.T) {
	f := meetingModeStore(t)
	ps := freeReadyProposals(t, f.store, 1)
	m, err := f.store.CreateMeeting(f.ctx, model.Meeting{Title: "Extra", Place: "Rum 2",
		StartsAt: time.Date(2027, 3, 1, 13, 0, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.AddItem(f.ctx, m.ID, ps[0].ID); err != nil {
		t.Fatal(err)
	}
	f.open("2027-03-01")
	p := f.mm.panel
	if !p.reservations.add.Disabled() || p.reservations.none.Hidden {
		t.Error("a reservation can be added with no deciding member, or the section does not say why")
	}
	if p.notes.add.Disabled() {
		t.Error("notes cannot be added")
	}
}

// The suggested decision text names no body, so it fits whatever the
// group calls itself (the meeting's title, the minutes' body); it is
// saved as filled in, and an earlier version's text gives way to the
// chosen outcome's.
func TestMeetingModeFillsInADecisionTextWithoutABody(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	p := f.mm.panel
	it := f.item()
	test.TypeOnCanvas(f.mm.win.Canvas(), "3")
	if p.text.Text != "Förslaget avslås." {
		t.Errorf("'3' filled in %q", p.text.Text)
	}
	test.TypeOnCanvas(f.mm.win.Canvas(), "1")
	if p.text.Text != "Förslaget godkänns." {
		t.Errorf("'1' after '3' filled in %q", p.text.Text)
	}
	f.ctrlEnter()
	f.noDialog()
	if d := f.stored(it.ID); d == nil || d.Text != "Förslaget godkänns." {
		t.Fatalf("stored %+v", d)
	}
	// A draft with the text an earlier version suggested.
	f.press(fyne.KeyHome)
	p.text.SetText("Ledningsgruppen beslutar att godkänna förslaget.")
	test.TypeOnCanvas(f.mm.win.Canvas(), "4")
	if p.text.Text != "Ärendet bordläggs till ett senare sammanträde." {
		t.Errorf("an earlier suggested text did not give way: %q", p.text.Text)
	}
	// The secretary's own text stays.
	p.text.SetText("Förslaget godkänns, med återrapport i juni.")
	test.TypeOnCanvas(f.mm.win.Canvas(), "3")
	if p.text.Text != "Förslaget godkänns, med återrapport i juni." {
		t.Errorf("the secretary's text was replaced by %q", p.text.Text)
	}
}
