package meeting

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/styrgrupp/styrgrupp/model"
)

// rowText is the agenda row of the item at index i, as meeting mode shows it.
func (f *meetingModeFixture) rowText(i int) string {
	row := f.mm.listTemplate()
	f.mm.listUpdate(i, row)
	return strings.Join(labelsOf(row), " ")
}

// An outcome key pressed on a decided item changes nothing stored: the
// panel and the agenda row say it is not saved, and name the saved
// outcome, while on the item, after moving away and after coming back.
func TestMeetingModeMarksAnUnsavedChangeOnADecidedItem(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	p := f.mm.panel
	it := f.item()
	test.TypeOnCanvas(f.mm.win.Canvas(), "1")
	if p.unsaved.Hidden || !strings.Contains(p.unsaved.Text, "Ej sparat") {
		t.Errorf("an outcome chosen on an undecided item is not marked unsaved: %q", p.unsaved.Text)
	}
	if got := f.rowText(0); !strings.Contains(got, "Ej sparat: Godkänt") {
		t.Errorf("the row of the item being decided says %q", got)
	}
	f.ctrlEnter()
	f.noDialog()
	if f.stored(it.ID) == nil || f.mm.current != 1 {
		t.Fatalf("not saved, or meeting mode did not move on (on %d)", f.mm.current)
	}
	f.press(fyne.KeyPageUp)
	if !p.unsaved.Hidden {
		t.Errorf("a saved decision is marked unsaved: %q", p.unsaved.Text)
	}
	if got := f.rowText(0); !strings.Contains(got, "Godkänt") || strings.Contains(got, "sparat") {
		t.Errorf("the saved item's row says %q", got)
	}

	test.TypeOnCanvas(f.mm.win.Canvas(), "3") // Avslå, not saved
	if p.unsaved.Hidden || !strings.Contains(p.unsaved.Text, "Ej sparat") || !strings.Contains(p.unsaved.Text, "Godkänt") {
		t.Errorf("the panel says %q (hidden %v), want not saved, naming the saved Godkänt", p.unsaved.Text, p.unsaved.Hidden)
	}
	if got, want := f.rowText(0), "Ej sparat: Avslag"; !strings.Contains(got, want) || strings.Contains(got, "(sparat") {
		t.Errorf("the row says %q, want %q", got, want)
	}
	f.press(fyne.KeyPageDown)
	if got, want := f.rowText(0), "Ej sparat: Avslag"; !strings.Contains(got, want) || strings.Contains(got, "(sparat") {
		t.Errorf("after moving on, the row says %q, want %q", got, want)
	}
	if !p.unsaved.Hidden {
		t.Error("the next, untouched item is marked unsaved")
	}
	f.press(fyne.KeyPageUp)
	if p.outcome != model.OutcomeRejected || p.unsaved.Hidden {
		t.Errorf("back on the item: outcome %q, unsaved marker hidden %v", p.outcome, p.unsaved.Hidden)
	}
	if d := f.stored(it.ID); d == nil || d.Outcome != model.OutcomeApproved {
		t.Fatalf("stored %+v, want the approval untouched", d)
	}
	// Choosing the saved outcome again with its text leaves nothing unsaved.
	test.TypeOnCanvas(f.mm.win.Canvas(), "1")
	if !p.unsaved.Hidden {
		t.Error("back to the saved outcome, the panel still says unsaved")
	}
	if got := f.rowText(0); strings.Contains(got, "sparat") {
		t.Errorf("back to the saved outcome, the row says %q", got)
	}
	f.mm.onClose() // nothing is unsaved: no question
	f.noDialog()
}

// A message beside a field goes when that field is edited.
func TestMeetingModeClearsAMessageWhenItsFieldIsEdited(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	p := f.mm.panel
	test.TypeOnCanvas(f.mm.win.Canvas(), "2")
	f.ctrlEnter()
	shownError(t, p, "conditions", "Skriv villkoren för godkännandet.")
	if p.general.Hidden {
		t.Error("no message above Spara")
	}
	test.Type(p.conditions, "Finansieringen bekräftas.")
	if !p.errs["conditions"].Hidden {
		t.Errorf("the message %q stays after the conditions are typed", p.errs["conditions"].Text)
	}
	if !p.general.Hidden {
		t.Errorf("the message above Spara %q stays with nothing marked", p.general.Text)
	}

	// Returned: the reason's message goes when a part of it is typed, the
	// date's when the date is.
	f.mm.unfocus() // Esc
	f.press(fyne.KeyPageDown)
	test.TypeOnCanvas(f.mm.win.Canvas(), "5")
	p.returnBy.SetText("snart")
	f.ctrlEnter()
	shownError(t, p, "return", "")
	shownError(t, p, "return_by", "")
	test.Type(p.returnWhat, "Kostnader")
	if !p.errs["return"].Hidden || p.errs["return_by"].Hidden {
		t.Errorf("after typing what: return hidden %v, return_by hidden %v", p.errs["return"].Hidden, p.errs["return_by"].Hidden)
	}
	p.returnBy.SetText("2027-01-31")
	if !p.errs["return_by"].Hidden {
		t.Error("the date's message stays after the date is typed")
	}

	// A reservation row's message goes when the row is edited.
	f.mm.unfocus()
	f.press(fyne.KeyPageDown)
	test.TypeOnCanvas(f.mm.win.Canvas(), "3")
	test.Tap(p.reservations.add)
	test.Type(p.reservations.rows[0].text, "Jag reserverar mig.")
	f.ctrlEnter()
	shownError(t, p, "reservations", "ledamot")
	p.reservations.rows[0].member.SetSelectedIndex(0)
	if !p.errs["reservations"].Hidden {
		t.Error("the reservation's message stays after a member is chosen")
	}
}

// A reservation row just added and still empty is no unsaved change.
func TestMeetingModeAnEmptyRowIsNoUnsavedChange(t *testing.T) {
	f := newMeetingModeFixture(t, openMeetingDate)
	p := f.mm.panel
	test.Tap(p.reservations.add)
	if !p.unsaved.Hidden || p.dirty() {
		t.Error("an empty reservation row marks the form unsaved")
	}
	test.Type(p.reservations.rows[0].text, "Jag reserverar mig.")
	if p.unsaved.Hidden {
		t.Error("a typed reservation is not marked unsaved")
	}
}
