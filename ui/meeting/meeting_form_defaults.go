package meeting

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// usualLength is a new meeting's length when no earlier meeting gives one.
const usualLength = 2 * time.Hour

// newMeeting is what the form offers for a new meeting: a week from now
// at the previous meeting's hour (13.00 for the first), as long as the
// previous meeting was (two hours for the first), in its place; the
// members' standing chair and secretary; every active member present,
// deciding unless secretary or co-opted. The adjuster is the meeting's
// own choice and is left open.
func (m *Window) newMeeting() model.Meeting {
	hour, minute, length, place, signOffPlace := 13, 0, usualLength, "", ""
	if len(m.meetings) > 0 { // newest first
		prev := m.meetings[0]
		at := prev.StartsAt.Local()
		hour, minute, place, signOffPlace = at.Hour(), at.Minute(), prev.Place, prev.SignOffPlace
		if !prev.EndsAt.IsZero() && prev.EndsAt.After(prev.StartsAt) {
			length = prev.EndsAt.Sub(prev.StartsAt)
		}
	}
	next := m.now().Local().AddDate(0, 0, 7)
	starts := time.Date(next.Year(), next.Month(), next.Day(), hour, minute, 0, 0, time.Local)
	mt := model.Meeting{Title: lang.L("meetings.default_title"), StartsAt: starts, EndsAt: starts.Add(length), Place: place,
		SignOffPlace: signOffPlace}
	for _, mb := range m.sortedMembers() {
		if !mb.Active {
			continue
		}
		switch mb.Role {
		case model.MemberRoleChair:
			mt.ChairID = mb.ID
		case model.MemberRoleSecretary:
			mt.SecretaryID = mb.ID
		}
		mt.Attendees = append(mt.Attendees, model.Attendee{MemberID: mb.ID, Present: true,
			Decides: mb.Role != model.MemberRoleSecretary && mb.Role != model.MemberRoleCoOpted})
	}
	return mt
}

// keepLength moves the end with the start, keeping the meeting's length,
// until the end is typed in by hand.
func (f *meetingForm) keepLength() {
	length := f.meeting.EndsAt.Sub(f.meeting.StartsAt)
	if f.meeting.EndsAt.IsZero() || length <= 0 {
		return
	}
	moving := false // the end is being set from the start
	f.end.OnChanged = func(string) {
		if !moving {
			length = 0 // typed by hand: it stays
		}
	}
	f.start.OnChanged = func(s string) {
		at, err := time.Parse("15:04", strings.ReplaceAll(strings.TrimSpace(s), ".", ":"))
		if err != nil || length <= 0 {
			return
		}
		moving = true
		f.end.SetText(at.Add(length).Format("15:04"))
		moving = false
	}
}

// showMissingRoles says under the roles which of chair, secretary and
// adjuster are not chosen: the minutes need them before the first
// decision (model.Meeting.CheckRoles).
func (f *meetingForm) showMissingRoles() {
	mt := f.meeting
	mt.ChairID, mt.SecretaryID, mt.AdjusterID = f.memberAt(f.chair), f.memberAt(f.secretary), f.memberAt(f.adjuster)
	f.roles.SetText(missingRoles(mt, "meetings.form_roles_missing"))
	uikit.ShowIf(f.roles, f.roles.Text != "" && len(f.members) > 0)
}

// noMembers is, when the store has no members, what says so and opens
// Inställningar to add them; otherwise an empty space.
func (f *meetingForm) noMembers() fyne.CanvasObject {
	if len(f.members) > 0 {
		return container.NewVBox()
	}
	note := widget.NewLabel(lang.L("meetings.no_members"))
	note.Importance = widget.WarningImportance
	note.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(note)
	box.Add(container.NewHBox(widgets.NewButtonWithIcon(lang.L("meetings.add_members"), theme.AccountIcon(), func() {
		f.dlg.Hide()
		// Members added there are offered in the form at once.
		f.owner.shell.OpenSettings(func() { f.owner.reload(0) })
	})))
	return box
}
