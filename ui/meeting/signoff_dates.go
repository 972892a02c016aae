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

// The dates the municipality keeps, as the meetings window shows them:
// where and when the minutes are to be signed off, and that they are
// late once model.SignOffDays have passed (model.Meeting.SignOffOverdue).

// overdueNotice says, of a meeting whose minutes are overdue at now, how
// long ago it was held and by when the minutes were to be signed off;
// "" for any other meeting.
func overdueNotice(mt model.Meeting, now time.Time) string {
	if !mt.SignOffOverdue(now) {
		return ""
	}
	today := model.SwedishDay(now)
	return lang.L("signoffdates.overdue", map[string]any{"N": daysBetween(mt.HeldOn(), today),
		"Days": model.SignOffDays, "Date": uikit.FormatDate(mt.SignOffDeadline())})
}

// overdueRow is what the meetings list says first of a meeting whose
// minutes are overdue at now, short enough to leave its state in view;
// "" for any other.
func overdueRow(mt model.Meeting, now time.Time) string {
	if !mt.SignOffOverdue(now) {
		return ""
	}
	return lang.L("signoffdates.overdue_row")
}

// daysBetween counts the days from a to b.
func daysBetween(a, b model.Date) int { return int(b.Time().Sub(a.Time()).Hours() / 24) }

// plannedSignOff says where and when the minutes are to be signed off,
// "Justeras: Stadshuset, 16 december 2026", or "" when nothing is
// planned.
func plannedSignOff(mt model.Meeting) string {
	var parts []string
	if p := strings.TrimSpace(mt.SignOffPlace); p != "" {
		parts = append(parts, p)
	}
	if !mt.SignOffDate.IsZero() {
		parts = append(parts, uikit.FormatDate(mt.SignOffDate))
	}
	if len(parts) == 0 {
		return ""
	}
	return lang.L("signoffdates.planned", map[string]any{"Plan": strings.Join(parts, ", ")})
}

// signOffHint is the line under the form's sign-off fields: by when the
// minutes of a meeting held on held are to be signed off, and, as a
// warning, when the day typed lies before the meeting or after that.
func signOffHint(held, planned model.Date) (text string, warn bool) {
	if held.IsZero() {
		return "", false
	}
	deadline := model.SignOffDeadlineOf(held)
	data := map[string]any{"Days": model.SignOffDays, "Date": uikit.FormatDate(deadline), "Held": uikit.FormatDate(held)}
	switch {
	case planned.IsZero():
		return lang.L("signoffdates.form_deadline", data), false
	case planned.Before(held):
		return lang.L("signoffdates.form_early", data), true
	case deadline.Before(planned):
		return lang.L("signoffdates.form_late", data), true
	}
	return lang.L("signoffdates.form_deadline", data), false
}

// showSignOffHint fills the form's hint from the meeting's day and the
// day planned for the sign-off as typed; a day not yet readable gives
// the hint for no plan.
func (f *meetingForm) showSignOffHint() {
	held, err := model.ParseISODate(strings.TrimSpace(f.date.Text))
	if err != nil {
		held = model.Date{}
	}
	planned, err := model.ParseISODate(strings.TrimSpace(f.signOffDate.Text))
	if err != nil {
		planned = model.Date{}
	}
	text, warn := signOffHint(held, planned)
	f.signOffHint.SetText(text)
	f.signOffHint.Importance = widget.MediumImportance
	if warn {
		f.signOffHint.Importance = widget.WarningImportance
	}
	f.signOffHint.Refresh()
	uikit.ShowIf(f.signOffHint, text != "")
}

// newSignOffHint is the label of the form's hint (showSignOffHint).
func newSignOffHint() *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	return l
}
