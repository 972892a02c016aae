package meeting

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/model"
)

// peopleText names the meeting's roles and where and when the minutes
// are to be signed off (plannedSignOff), then under their headings those
// deciding, the others present and those absent, a person a line with the
// title after an en dash, as the minutes' front page lists them
// (model.PersonLine).
func (m *Window) peopleText(mt model.Meeting) string {
	name := func(id int64) string {
		if mb, ok := m.members[id]; ok {
			return mb.Name
		}
		return "–"
	}
	var deciding, others, absent []string
	for _, a := range mt.Attendees {
		line := model.GuestLine(a.Name)
		if a.MemberID != 0 {
			mb := m.members[a.MemberID]
			line = model.PersonLine(orDash(mb.Name), mb.Title)
		}
		switch {
		case !a.Present:
			absent = append(absent, line)
		case a.Decides:
			deciding = append(deciding, line)
		default:
			others = append(others, line)
		}
	}
	lines := []string{
		lang.L("meetings.chair") + ": " + name(mt.ChairID) + "   " + lang.L("meetings.secretary") + ": " + name(mt.SecretaryID) +
			"   " + lang.L("meetings.adjuster") + ": " + name(mt.AdjusterID),
	}
	if plan := plannedSignOff(mt); plan != "" {
		lines = append(lines, plan)
	}
	group := func(heading string, people []string, always bool) {
		if len(people) == 0 && !always {
			return
		}
		if len(people) == 0 {
			people = []string{"–"}
		}
		lines = append(lines, heading)
		for _, p := range people {
			lines = append(lines, "    "+p)
		}
	}
	group(lang.L("meetings.deciding"), deciding, true)
	group(lang.L("meetings.others"), others, false)
	group(lang.L("meetings.absent"), absent, false)
	return strings.Join(lines, "\n")
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}
