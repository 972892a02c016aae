package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/styrgrupp/styrgrupp/model"
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
	if err := SetLanguage(model.English); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { SetLanguage(model.Swedish) })
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
