package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// showLateMinutes says in the window's second banner which meetings'
// minutes are not signed off in time (model.Meeting.SignOffOverdue), ms
// in the order of the meetings, with a button that opens the meetings
// window on the first of them; with none, the banner is hidden. It asks
// nothing and stays until the minutes are signed off: what a secretary
// sees each time the window is open, without a dialog in the way.
func (w *MainWindow) showLateMinutes(ms []model.Meeting) {
	if len(ms) == 0 {
		w.lateBanner.SetAction("", nil)
		w.lateBanner.Hide()
		return
	}
	data := map[string]any{"N": len(ms), "Days": model.SignOffDays}
	text, button := "signoffdates.banner_one", "signoffdates.show_one"
	if len(ms) == 1 {
		data["Held"] = uikit.FormatDate(ms[0].HeldOn())
		data["Date"] = uikit.FormatDate(ms[0].SignOffDeadline())
	} else {
		held := make([]string, len(ms))
		for i, m := range ms {
			held[i] = uikit.FormatDate(m.HeldOn())
		}
		data["Held"] = strings.Join(held, ", ")
		text, button = "signoffdates.banner_many", "signoffdates.show_many"
	}
	first := ms[0].ID
	w.lateBanner.SetAction(lang.L(button), func() { w.showLateMeeting(first) })
	w.lateBanner.Show(lang.L(text, data))
}

// showLateMeeting opens the meetings window on the meeting with id.
func (w *MainWindow) showLateMeeting(id int64) {
	w.showMeetings()
	if w.meetings != nil {
		w.meetings.ShowMeeting(id)
	}
}
