package ui

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
)

func (m *meetingsWindow) agendaLength() int {
	mt, _ := m.current()
	return len(mt.Items)
}

func (m *meetingsWindow) agendaTemplate() fyne.CanvasObject {
	number := widget.NewLabelWithStyle("§ 000", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	outcome := widget.NewLabel("")
	return container.NewBorder(nil, nil, number, outcome, widget.NewLabel(""))
}

func (m *meetingsWindow) agendaUpdate(id widget.ListItemID, o fyne.CanvasObject) {
	mt, _ := m.current()
	if id >= len(mt.Items) {
		return
	}
	it := mt.Items[id]
	row := o.(*fyne.Container)
	title := row.Objects[0].(*widget.Label)
	number := row.Objects[1].(*widget.Label)
	outcome := row.Objects[2].(*widget.Label)
	number.SetText(fmt.Sprintf("§ %d", it.Number))
	p := m.proposals[it.ProposalID]
	text := p.Ref + "  " + p.Title
	if p.Revision > it.Revision && !mt.SignedOff() {
		text += "  ⚠ " + lang.L("meetings.changed_since", map[string]any{"From": it.Revision, "To": p.Revision})
	}
	title.SetText(text)
	title.Truncation = fyne.TextTruncateEllipsis
	if it.Decision != nil {
		outcome.SetText(it.Decision.Outcome.Label(current))
	} else {
		outcome.SetText(lang.L("meetings.undecided"))
	}
}

// onAddItem offers the proposals that are ready for decision and not yet
// on this agenda; the one chosen goes last, with the next §.
func (m *meetingsWindow) onAddItem() {
	mt, ok := m.current()
	if !ok {
		return
	}
	var ready []model.Proposal
	for _, p := range m.proposals {
		if p.Status == model.StatusReady && !slices.ContainsFunc(mt.Items, func(it model.Item) bool { return it.ProposalID == p.ID }) {
			ready = append(ready, p)
		}
	}
	slices.SortFunc(ready, func(a, b model.Proposal) int { return model.CompareRefs(a.Ref, b.Ref) })
	if len(ready) == 0 {
		dialog.ShowInformation(lang.L("meetings.add_item"), lang.L("meetings.none_ready"), m.win)
		return
	}
	shown := ready
	chosen := -1
	list := widget.NewList(func() int { return len(shown) }, func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(shown[id].Ref + "  " + shown[id].Title)
		})
	list.OnSelected = func(id widget.ListItemID) { chosen = id }
	filter := widget.NewEntry()
	filter.SetPlaceHolder(lang.L("meetings.filter"))
	filter.OnChanged = func(q string) {
		q = strings.ToLower(strings.TrimSpace(q))
		shown = shown[:0:0]
		for _, p := range ready {
			if q == "" || strings.Contains(strings.ToLower(p.Ref+" "+p.Title), q) {
				shown = append(shown, p)
			}
		}
		chosen = -1
		list.UnselectAll()
		list.Refresh()
	}
	content := container.NewBorder(filter, nil, nil, nil, list)
	d := dialog.NewCustomConfirm(lang.L("meetings.add_item"), lang.L("meetings.add"), lang.L("meetings.cancel"), content, func(ok bool) {
		if !ok || chosen < 0 || chosen >= len(shown) {
			return
		}
		m.addItem(mt.ID, shown[chosen].ID)
	}, m.win)
	d.Resize(fyne.NewSize(640, 460))
	d.Show()
}

func (m *meetingsWindow) addItem(meetingID, proposalID int64) {
	if _, err := m.store.AddItem(m.ctx, meetingID, proposalID); err != nil {
		m.showError(err)
		return
	}
	m.changed()
}

// onRemoveItem takes the chosen item off the agenda, after asking; a
// decision on it is undone.
func (m *meetingsWindow) onRemoveItem() {
	mt, ok := m.current()
	if !ok || m.item < 0 || m.item >= len(mt.Items) {
		return
	}
	it := mt.Items[m.item]
	p := m.proposals[it.ProposalID]
	msg := lang.L("meetings.remove_confirm", map[string]any{"Number": it.Number, "Ref": p.Ref, "Title": p.Title})
	if it.Decision != nil {
		msg += "\n" + lang.L("meetings.remove_undoes")
	}
	dialog.ShowConfirm(lang.L("meetings.remove_item"), msg, func(ok bool) {
		if !ok {
			return
		}
		if err := m.store.RemoveItem(m.ctx, it.ID); err != nil {
			m.showError(err)
			return
		}
		m.item = -1
		m.agenda.UnselectAll()
		m.changed()
	}, m.win)
}

// onMove moves the chosen item one place up or down.
func (m *meetingsWindow) onMove(delta int) {
	mt, ok := m.current()
	if !ok || m.item < 0 || m.item >= len(mt.Items) {
		return
	}
	if err := m.store.MoveItem(m.ctx, mt.Items[m.item].ID, delta); err != nil {
		m.showError(err)
		return
	}
	m.item += delta
	m.agenda.Select(m.item)
	m.reload(0)
}
