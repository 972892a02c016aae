package meeting

import (
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/uitest"

	"fyne.io/fyne/v2"

	"github.com/styrgrupp/styrgrupp/model"
)

// The meetings window's dialogs close on Escape also once Tab has put the
// keyboard on one of their buttons, which Fyne's own buttons swallow
// Escape on.
func TestMeetingDialogsCloseOnEscapeFromTheirButtons(t *testing.T) {
	for _, d := range []struct {
		name string
		open func(f *meetingsFixture)
	}{
		{"Nytt möte", func(f *meetingsFixture) { f.w.onNew() }},
		{"Lägg till ärende", func(f *meetingsFixture) { f.w.list.Select(0); f.w.onAddItem() }},
		{"Ta bort ärende", func(f *meetingsFixture) { f.w.list.Select(0); f.w.agenda.Select(0); f.w.onRemoveItem() }},
		{"Justering", func(f *meetingsFixture) { f.shell.me = f.decidedMeeting().SecretaryID; f.w.onJustering() }},
		{"Justera", func(f *meetingsFixture) { f.decidedMeeting(); f.w.onSignOff() }},
		{"Exportera", func(f *meetingsFixture) { f.decidedMeeting(); f.w.onExport() }},
	} {
		t.Run(d.name, func(t *testing.T) {
			f := newMeetingsFixture(t)
			c := f.w.win.Canvas()
			d.open(f)
			if c.Overlays().Top() == nil {
				t.Fatal("no dialog opened")
			}
			label := uitest.TabToButton(t, c)
			c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
			if top := c.Overlays().Top(); top != nil {
				t.Errorf("Escape on %q left %q open", label, labelsOf(top))
			}
		})
	}
}

// Meeting mode's dialogs close on Escape from their buttons too: the
// vote, the attendance, the question when the group is not quorate, and
// the one about unsaved decisions.
func TestMeetingModeDialogsCloseOnEscapeFromTheirButtons(t *testing.T) {
	for _, d := range []struct {
		name string
		open func(f *meetingModeFixture)
	}{
		{"Omröstning", func(f *meetingModeFixture) { f.mm.panel.vote.openDialog() }},
		{"Närvaro", func(f *meetingModeFixture) { f.mm.panel.quorum.openAttendance() }},
		{"Inte beslutsfört", func(f *meetingModeFixture) {
			f.mm.panel.choose(model.OutcomeApproved)
			f.mm.panel.text.SetText("Ledningsgruppen godkänner insatsen.")
			f.mm.save()
		}},
		{"Osparade beslut", func(f *meetingModeFixture) {
			f.mm.panel.choose(model.OutcomeApproved)
			f.mm.onClose()
		}},
	} {
		t.Run(d.name, func(t *testing.T) {
			f := voteFixture(t, quorumRule, voteAbsentAndLate(t))
			c := f.mm.win.Canvas()
			d.open(f)
			if c.Overlays().Top() == nil {
				t.Fatal("no dialog opened")
			}
			label := uitest.TabToButton(t, c)
			c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
			if top := c.Overlays().Top(); top != nil {
				t.Errorf("Escape on %q left %q open", label, labelsOf(top))
			}
		})
	}
}
