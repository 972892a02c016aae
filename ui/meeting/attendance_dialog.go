package meeting

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// attendanceDialog is Närvaro during the meeting: for each attendee
// present, the first and the last § they were there for (blank: from the
// start, to the end), so that a member who came late or left early is
// counted for the §§ they took part in. It is saved with UpdateMeeting;
// the store refuses a change that would leave a vote or a reservation by
// someone not taking part, and its message shows in the dialog.
type attendanceDialog struct {
	m       *meetingMode
	rows    []attendanceRow
	problem *widget.Label
	dlg     *dialog.CustomDialog
	saving  bool
}

// attendanceRow is the from and to of one attendee, by index in the
// meeting's attendees.
type attendanceRow struct {
	index    int
	from, to *widget.Select
}

// openAttendance opens Närvaro … on the meeting shown, unless it may not
// be changed or a question is open.
func (q *quorumLine) openAttendance() {
	m := q.p.host
	if q.p.readOnly || m.locked || m.ask != nil {
		return
	}
	a := &attendanceDialog{m: m}
	a.dlg = dialog.NewCustomWithoutButtons(lang.L("meetingattendance.title"), a.build(), m.win)
	save := widgets.NewButton(lang.L("meetingattendance.save"), a.save)
	save.Importance = widget.HighImportance
	uikit.EnableIf(save, len(a.rows) > 0)
	a.dlg.SetButtons([]fyne.CanvasObject{widgets.NewButton(lang.L("meetingattendance.cancel"), a.dlg.Hide), save})
	m.ask, q.dialog = a.dlg, a
	uikit.DialogKeys(a.dlg, m.win.Canvas(), a.save, func() { m.ask, q.dialog = nil, nil })
	a.dlg.Resize(fyne.NewSize(720, a.dlg.MinSize().Height))
	a.dlg.Show()
}

// sectionOptions are the choices of a from or to select: blank first
// (from the start or to the end), then the agenda's §§.
func sectionOptions(mt model.Meeting, blank string) []string {
	out := []string{blank}
	for _, n := range mt.Sections() {
		out = append(out, "§ "+strconv.Itoa(n))
	}
	return out
}

func (a *attendanceDialog) build() fyne.CanvasObject {
	mt := a.m.meeting
	intro := widget.NewLabel(lang.L("meetingattendance.intro"))
	intro.Wrapping = fyne.TextWrapWord
	grid := container.New(layout.NewGridLayoutWithColumns(3))
	grid.Add(widget.NewLabel(""))
	grid.Add(fieldHeading(lang.L("meetingattendance.from")))
	grid.Add(fieldHeading(lang.L("meetingattendance.to")))
	sections := mt.Sections()
	for i, at := range mt.Attendees {
		if !at.Present {
			continue
		}
		name := at.Name
		if at.MemberID != 0 {
			name = a.m.memberName(at.MemberID)
		}
		kind := lang.L("meetingattendance.other")
		if at.Decides {
			kind = lang.L("meetingattendance.deciding")
		}
		label := widget.NewLabel(name + " (" + kind + ")")
		row := attendanceRow{index: i,
			from: widget.NewSelect(sectionOptions(mt, lang.L("meetingattendance.start")), nil),
			to:   widget.NewSelect(sectionOptions(mt, lang.L("meetingattendance.end")), nil)}
		for sel, n := range map[*widget.Select]int{row.from: at.From, row.to: at.To} {
			sel.SetSelectedIndex(0)
			for k, s := range sections {
				if s == n {
					sel.SetSelectedIndex(k + 1)
				}
			}
		}
		a.rows = append(a.rows, row)
		grid.Add(widgets.CutWhenNarrow(label))
		grid.Add(row.from)
		grid.Add(row.to)
	}
	a.problem = uikit.ErrorLabel()
	if len(a.rows) == 0 {
		none := widget.NewLabel(lang.L("meetingattendance.none"))
		none.Wrapping = fyne.TextWrapWord
		return container.NewVBox(intro, none)
	}
	list := container.NewVScroll(grid)
	list.SetMinSize(fyne.NewSize(grid.MinSize().Width, min(grid.MinSize().Height, 420)))
	return container.NewVBox(intro, list, a.problem)
}

// attendees are the meeting's attendees with the from and to chosen.
func (a *attendanceDialog) attendees() []model.Attendee {
	sections := a.m.meeting.Sections()
	out := append([]model.Attendee(nil), a.m.meeting.Attendees...)
	at := func(s *widget.Select) int {
		if i := s.SelectedIndex(); i > 0 && i <= len(sections) {
			return sections[i-1]
		}
		return 0
	}
	for _, r := range a.rows {
		out[r.index].From, out[r.index].To = at(r.from), at(r.to)
	}
	return out
}

// save stores the attendance; once stored, meeting mode reads the
// meeting again, keeping what the decision panel holds, so that quorum
// and votes follow at once.
func (a *attendanceDialog) save() {
	m := a.m
	if a.saving || len(a.rows) == 0 {
		return
	}
	mt := m.meeting
	mt.Attendees = a.attendees()
	if err := mt.Validate(); err != nil {
		a.showProblem(err)
		return
	}
	// The store checks the decisions again; asking here names the § at
	// fault before anything is written.
	for _, it := range mt.Items {
		if it.Decision == nil {
			continue
		}
		if err := it.Decision.CheckParticipants(mt, it.Number, m.memberName); err != nil {
			a.showProblem(err)
			return
		}
	}
	a.saving = true
	ctx := m.ctx()
	m.background(func() {
		_, err := m.store.UpdateMeeting(ctx, mt)
		fyne.Do(func() {
			a.saving = false
			if err != nil {
				a.showProblem(err)
				return
			}
			a.dlg.Hide()
			m.keepDraft()
			m.load(func() {
				m.goTo(m.current)
				m.setStatus(lang.L("meetingattendance.saved"))
			})
		})
	})
}

// showProblem shows a fault of the attendance in the dialog; another
// error goes to meeting mode's error dialog.
func (a *attendanceDialog) showProblem(err error) {
	if model.ErrorCode(err) != model.EInvalid {
		a.m.showError(err)
		return
	}
	a.problem.SetText(model.ErrorMessage(err, uikit.Language()))
	a.problem.Show()
}

// keepDraft keeps what the decision panel holds on the item shown as its
// draft, so that reading the meeting again does not lose it.
func (m *meetingMode) keepDraft() {
	if m.locked || m.current < 0 || m.current >= len(m.meeting.Items) || !m.panel.dirty() {
		return
	}
	d, _ := m.panel.decision()
	m.drafts[m.meeting.Items[m.current].ID] = d
}

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
