package meeting

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// quorumLine is the line at the top of the decision panel that says
// whether the group is quorate on the § shown (model.Meeting.QuorumAt),
// counting the recusals as the form holds them, with Närvaro … beside it
// to record who came late or left early. A meeting without attendance
// recorded says nothing: there is nothing to count.
type quorumLine struct {
	p          *decisionPanel
	label      *widget.Label
	attendance *widgets.Button
	content    fyne.CanvasObject
	dialog     *attendanceDialog // Närvaro, while it is open
}

func newQuorumLine(p *decisionPanel) *quorumLine {
	q := &quorumLine{p: p}
	q.label = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	q.label.Wrapping = fyne.TextWrapWord
	q.attendance = widgets.NewButtonWithIcon(lang.L("meetingattendance.open"), theme.AccountIcon(), q.openAttendance)
	q.content = container.NewBorder(nil, nil, nil, q.attendance, q.label)
	return q
}

// quorumWith is the quorum on the item shown with recusals, and whether it
// can be told: an item is shown and the meeting has deciding members.
func (p *decisionPanel) quorumWith(recusals []model.Recusal) (model.Quorum, bool) {
	m := p.host
	if m.current < 0 || m.current >= len(m.meeting.Items) || m.meeting.DecidingMembers() == 0 {
		return model.Quorum{}, false
	}
	return m.meeting.QuorumAt(m.meeting.Items[m.current].Number, recusals, p.rules.Quorum), true
}

// update says whether the group is quorate now, in a warning colour when
// it is not.
func (q *quorumLine) update() {
	qu, known := q.p.quorumWith(q.p.currentRecusals())
	uikit.ShowIf(q.label, known)
	if known {
		q.label.Importance = widget.SuccessImportance
		if !qu.Met {
			q.label.Importance = widget.DangerImportance
		}
		q.label.SetText(qu.Text(uikit.Language()))
	}
	uikit.EnableIf(q.attendance, !q.p.readOnly)
}

// askUnlessQuorate calls record at once when the group is quorate on the
// item with the decision's recusals; otherwise it asks first, and Escape
// or Avbryt records nothing.
func (m *meetingMode) askUnlessQuorate(d model.Decision, n int, record func()) {
	qu, known := m.panel.quorumWith(d.Recusals)
	if !known || qu.Met {
		record()
		return
	}
	text := widget.NewLabel(lang.L("meetingquorum.ask", map[string]any{"Quorum": qu.Text(uikit.Language()), "N": n}))
	text.Wrapping = fyne.TextWrapWord
	dlg := dialog.NewCustomWithoutButtons(lang.L("meetingquorum.ask_title"), text, m.win)
	back := widgets.NewButtonWithIcon(lang.L("meetingquorum.go_back"), theme.CancelIcon(), dlg.Hide)
	back.Importance = widget.HighImportance
	anyway := widgets.NewButton(lang.L("meetingquorum.save_anyway"), func() {
		dlg.Hide()
		record()
	})
	anyway.Importance = widget.WarningImportance
	dlg.SetButtons([]fyne.CanvasObject{anyway, back})
	uikit.DialogKeys(dlg, m.win.Canvas(), dlg.Hide, func() { m.ask = nil })
	m.ask = dlg
	dlg.Resize(fyne.NewSize(uikit.ErrorDialogWidth, dlg.MinSize().Height))
	dlg.Show()
}
