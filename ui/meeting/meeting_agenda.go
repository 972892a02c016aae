package meeting

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// agendaLength is the number of rows of the agenda: its items, and the
// item "Uppföljning av beslut" last.
func (m *Window) agendaLength() int {
	mt, _ := m.current()
	if mt.FollowUpSection != 0 {
		return len(mt.Items) + 1
	}
	return len(mt.Items)
}

func (m *Window) agendaTemplate() fyne.CanvasObject {
	number := widget.NewLabelWithStyle("§ 000", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	outcome := widget.NewLabel("")
	return container.NewBorder(nil, nil, number, outcome, widgets.CutWhenNarrow(widget.NewLabel("")))
}

func (m *Window) agendaUpdate(id widget.ListItemID, o fyne.CanvasObject) {
	mt, _ := m.current()
	row := o.(*fyne.Container)
	title := widgets.CutLabel(row.Objects[0])
	number := row.Objects[1].(*widget.Label)
	outcome := row.Objects[2].(*widget.Label)
	if id == len(mt.Items) && mt.FollowUpSection != 0 {
		number.SetText(fmt.Sprintf("§ %d", mt.FollowUpSection))
		widgets.SetCutText(title, lang.L("followupitem.title"))
		outcome.SetText(lang.L("followupitem.report"))
		return
	}
	if id >= len(mt.Items) {
		return
	}
	it := mt.Items[id]
	number.SetText(fmt.Sprintf("§ %d", it.Number))
	p := m.proposals[it.ProposalID]
	text := p.Ref + "  " + p.Title
	if p.Revision > it.Revision && !mt.SignedOff() {
		text += "  ⚠ " + lang.L("meetings.changed_since", map[string]any{"From": it.Revision, "To": p.Revision})
	}
	widgets.SetCutText(title, text)
	if it.Decision != nil {
		outcome.SetText(it.Decision.Outcome.Label(uikit.Language()))
	} else {
		outcome.SetText(lang.L("meetings.undecided"))
	}
}

// renumberedBy says which later meetings of mt's calendar year a new item
// on mt's agenda renumbers: § runs on through the year, so each of their
// items moves one § up. A signed-off meeting is never renumbered.
func (m *Window) renumberedBy(mt model.Meeting) []string {
	var out []string
	for i := len(m.meetings) - 1; i >= 0; i-- { // oldest first
		o := m.meetings[i]
		if o.ID == mt.ID || o.SignedOff() || !o.HasAgenda() || o.StartsAt.Year() != mt.StartsAt.Year() || !o.StartsAt.After(mt.StartsAt) {
			continue
		}
		first, last := o.SectionRange()
		out = append(out, lang.L("meetings.renumbers", map[string]any{
			"Date": uikit.FormatDate(model.DateOf(o.StartsAt.Local())), "Old": sectionSpan(first, last), "New": sectionSpan(first+1, last+1)}))
	}
	return out
}

// onRemoveItem takes the chosen item off the agenda, after asking; a
// decision on it is undone.
func (m *Window) onRemoveItem() {
	mt, ok := m.current()
	if ok && m.item == len(mt.Items) && mt.FollowUpSection != 0 {
		m.removeFollowUpItem(mt)
		return
	}
	if !ok || m.item < 0 || m.item >= len(mt.Items) {
		return
	}
	it := mt.Items[m.item]
	p := m.proposals[it.ProposalID]
	msg := lang.L("meetings.remove_confirm", map[string]any{"Number": it.Number, "Ref": p.Ref, "Title": p.Title})
	if it.Decision != nil {
		msg += "\n" + lang.L("meetings.remove_undoes")
	}
	ask := uikit.NewConfirm(lang.L("meetings.remove_item"), msg, func(ok bool) {
		if !ok {
			return
		}
		if err := m.store.RemoveItem(m.ctx(), it.ID); err != nil {
			m.showError(err)
			return
		}
		m.item = -1
		m.agenda.UnselectAll()
		m.changed()
	}, m.win)
	uikit.CloseOnKeys(ask, m.win.Canvas()) // Enter and Escape keep the item
	ask.Show()
}

// onMove moves the chosen item one place up or down.
func (m *Window) onMove(delta int) {
	mt, ok := m.current()
	if !ok || m.item < 0 || m.item >= len(mt.Items) {
		return
	}
	if err := m.store.MoveItem(m.ctx(), mt.Items[m.item].ID, delta); err != nil {
		m.showError(err)
		return
	}
	m.item += delta
	m.agenda.Select(m.item)
	m.reload(0)
}
