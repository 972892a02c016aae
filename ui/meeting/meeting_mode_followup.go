package meeting

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// In meeting mode the item "Uppföljning av beslut" is the agenda's last
// row: shown, it lists what it reports (followUpText) where a proposal's
// summary goes, and takes no decision, so the form is hidden.

// agendaLen is the number of rows of the agenda: the items, and the item
// "Uppföljning av beslut" when the meeting has it.
func (m *meetingMode) agendaLen() int {
	if m.meeting.FollowUpSection != 0 {
		return len(m.meeting.Items) + 1
	}
	return len(m.meeting.Items)
}

// onFollowUp tells whether the row shown is the item "Uppföljning av
// beslut".
func (m *meetingMode) onFollowUp() bool {
	return m.meeting.FollowUpSection != 0 && m.current == len(m.meeting.Items)
}

// followUpRow shows the item's row in the agenda: its § and title above
// the word for what it does.
func (m *meetingMode) followUpRow(o fyne.CanvasObject) {
	box := o.(*fyne.Container)
	head, state := box.Objects[0].(*fyne.Container).Objects[1].(*widget.Label), widgets.CutLabel(box.Objects[1])
	head.SetText(lang.L("meetings.section_one", map[string]any{"N": m.meeting.FollowUpSection}) + "  " + lang.L("followupitem.title"))
	state.Text = lang.L("followupitem.report")
	state.Importance, state.TextStyle = widget.MediumImportance, fyne.TextStyle{}
	widgets.RefreshCut(state)
}

// showFollowUps shows the item: its §, title and what it reports, with
// the decision form hidden.
func (m *meetingMode) showFollowUps() {
	m.position.SetText(lang.L("meetingmode.position", map[string]any{"N": m.current + 1, "Total": m.agendaLen()}))
	m.section.SetText(lang.L("meetings.section_one", map[string]any{"N": m.meeting.FollowUpSection}))
	m.title.SetText(lang.L("followupitem.title"))
	m.warning.Hide()
	m.summary.SetText(followUpText(m.followUps))
	m.basis.SetText(lang.L("followupitem.no_decision"))
	if m.meeting.SignedOff() {
		m.fingerprint.SetText(lang.L("followupitem.frozen"))
	} else {
		m.fingerprint.SetText("")
	}
	m.panel.content.Hide()
	uikit.EnableIf(m.prevBtn, m.current > 0)
	uikit.EnableIf(m.nextBtn, false)
	m.itemScroll.Content.Refresh()
	m.itemScroll.ScrollToTop()
}
