package meeting

import (
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
)

// keptAttendance is the attendance the meeting form saves: a row for each
// member the form lists, present and deciding as ticked, keeping from
// was the §§ a member still present came and went at (Närvaro in meeting
// mode records them) and the guests, whom the form does not list.
func keptAttendance(was []model.Attendee, members []model.Member, present, decides map[int64]*widget.Check) []model.Attendee {
	before := map[int64]model.Attendee{}
	for _, a := range was {
		if a.MemberID != 0 {
			before[a.MemberID] = a
		}
	}
	var out []model.Attendee
	for _, mb := range members {
		p, ok := present[mb.ID]
		if !ok {
			continue
		}
		a := model.Attendee{MemberID: mb.ID, Present: p.Checked, Decides: decides[mb.ID].Checked}
		if a.Present {
			a.From, a.To = before[mb.ID].From, before[mb.ID].To
		}
		out = append(out, a)
	}
	for _, a := range was {
		if a.MemberID == 0 {
			out = append(out, a)
		}
	}
	return out
}
