package meeting

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// meetingWhen says where the meeting stands in time, or "" when it is
// over: before it starts, when it is and that decisions wait for its
// start ("Mötet är 13 december 2026 kl. 13.00 – om 7 dagar."); while it
// runs, when the minutes can be signed off.
func meetingWhen(mt model.Meeting, now time.Time) string {
	if mt.SignedOff() || mt.StartsAt.IsZero() {
		return ""
	}
	start := mt.StartsAt.Local()
	if now.Before(start) {
		data := map[string]any{"Date": uikit.FormatDate(model.DateOf(start)), "Time": formatClock(start)}
		var line string
		switch days := calendarDays(now.Local(), start); days {
		case 0:
			line = lang.L("meetings.when.today", data)
		case 1:
			line = lang.L("meetings.when.tomorrow", data)
		default:
			data["N"] = days
			line = lang.L("meetings.when.days", data)
		}
		return line + " " + lang.L("meetings.when.decide_from_start")
	}
	if from := mt.SignOffFrom(); now.Before(from) {
		return lang.L("meetings.when.running", map[string]any{"Time": formatClock(from.Local())})
	}
	return ""
}

// calendarDays counts the days from a's date to b's.
func calendarDays(a, b time.Time) int {
	da := time.Date(a.Year(), a.Month(), a.Day(), 12, 0, 0, 0, time.UTC)
	db := time.Date(b.Year(), b.Month(), b.Day(), 12, 0, 0, 0, time.UTC)
	return int(db.Sub(da).Hours() / 24)
}

// formatClock writes a time of day: "13.00" in Swedish, "13:00" in
// English.
func formatClock(t time.Time) string {
	if uikit.Language() == model.Swedish {
		return t.Format("15.04")
	}
	return t.Format("15:04")
}

// missingRoles says which of the roles the minutes need the meeting
// lacks, or "" when it has them all.
func missingRoles(mt model.Meeting, key string) string {
	missing := mt.MissingRoles()
	if len(missing) == 0 {
		return ""
	}
	return lang.L(key, map[string]any{"Roles": strings.ToLower(missing.Label(uikit.Language()))})
}

// meetingNotice is what the meetings window and meeting mode say of a
// meeting not yet signed off: that its minutes are overdue
// (overdueNotice), when it is (meetingWhen) and the roles it lacks, a
// line each.
func meetingNotice(mt model.Meeting, now time.Time) string {
	if mt.SignedOff() {
		return ""
	}
	var lines []string
	for _, s := range []string{overdueNotice(mt, now), meetingWhen(mt, now), missingRoles(mt, "meetings.roles_missing")} {
		if s != "" {
			lines = append(lines, s)
		}
	}
	return strings.Join(lines, "\n")
}

// newNoticeLabel is the label a meeting's notice is shown in.
func newNoticeLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.WarningImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// setNotice shows the meeting's notice in l, or hides l when there is none.
func setNotice(l *widget.Label, mt model.Meeting, now time.Time) {
	l.SetText(meetingNotice(mt, now))
	uikit.ShowIf(l, l.Text != "")
}

// now is the meetings window's time.
func (m *Window) now() time.Time { return model.Now(m.ctx()) }

// canSignOffNow tells whether the meeting is over by the window's clock,
// so its minutes can be signed off.
func (m *Window) canSignOffNow(mt model.Meeting) bool {
	return !m.now().Before(mt.SignOffFrom())
}
