package ui

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
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

// addChoice is a proposal the add dialog lists: one that can go on the
// agenda, or one shown greyed out with the reason it cannot (Waits).
type addChoice struct {
	Proposal model.Proposal
	Waits    string // where it waits for its decision; "" when it can be added
}

// addItemDialog is the dialog that puts a proposal on the agenda.
type addItemDialog struct {
	choices []addChoice // every ready proposal not on this agenda
	shown   []addChoice // those the filter lets through
	chosen  int         // index in shown, -1 for none
	list    *widget.List
	filter  *widget.Entry
	note    *widget.Label // why some are greyed out
	dlg     *dialog.ConfirmDialog
}

// waitingElsewhere says, for each proposal that waits for its decision on
// the agenda of a meeting other than mt and not signed off, where it
// waits. Such a proposal cannot go on mt's agenda (the store refuses it):
// decided at one meeting, it could not be decided at the other.
func (m *meetingsWindow) waitingElsewhere(mt model.Meeting) map[int64]string {
	out := map[int64]string{}
	// m.meetings is newest first: go from the oldest, so the first
	// meeting it waits on is named, as the store does.
	for i := len(m.meetings) - 1; i >= 0; i-- {
		o := m.meetings[i]
		if o.ID == mt.ID || o.SignedOff() {
			continue
		}
		for _, it := range o.Items {
			if _, ok := out[it.ProposalID]; ok || it.Decision != nil {
				continue
			}
			out[it.ProposalID] = lang.L("meetings.waits_elsewhere", map[string]any{
				"Date": formatDate(model.DateOf(o.StartsAt.Local())), "Number": it.Number})
		}
	}
	return out
}

// renumberedBy says which later meetings of mt's calendar year a new item
// on mt's agenda renumbers: § runs on through the year, so each of their
// items moves one § up. A signed-off meeting is never renumbered.
func (m *meetingsWindow) renumberedBy(mt model.Meeting) []string {
	var out []string
	for i := len(m.meetings) - 1; i >= 0; i-- { // oldest first
		o := m.meetings[i]
		if o.ID == mt.ID || o.SignedOff() || len(o.Items) == 0 || o.StartsAt.Year() != mt.StartsAt.Year() || !o.StartsAt.After(mt.StartsAt) {
			continue
		}
		first, last := o.SectionRange()
		out = append(out, lang.L("meetings.renumbers", map[string]any{
			"Date": formatDate(model.DateOf(o.StartsAt.Local())), "Old": sectionSpan(first, last), "New": sectionSpan(first+1, last+1)}))
	}
	return out
}

// addChoices lists the proposals that are ready for decision and not yet
// on mt's agenda, by ref; those waiting on another agenda say so.
func (m *meetingsWindow) addChoices(mt model.Meeting) []addChoice {
	waits := m.waitingElsewhere(mt)
	var out []addChoice
	for _, p := range m.proposals {
		if p.Status == model.StatusReady && !slices.ContainsFunc(mt.Items, func(it model.Item) bool { return it.ProposalID == p.ID }) {
			out = append(out, addChoice{Proposal: p, Waits: waits[p.ID]})
		}
	}
	slices.SortFunc(out, func(a, b addChoice) int { return model.CompareRefs(a.Proposal.Ref, b.Proposal.Ref) })
	return out
}

// onAddItem offers the proposals that are ready for decision and not yet
// on this agenda; the one chosen goes last, with the next §. A proposal
// that waits for its decision on another meeting's agenda is shown
// greyed out, with where it waits, and cannot be chosen.
func (m *meetingsWindow) onAddItem() {
	mt, ok := m.current()
	if !ok {
		return
	}
	a := &addItemDialog{choices: m.addChoices(mt), chosen: -1}
	m.adding = a
	if len(a.choices) == 0 {
		dialog.ShowInformation(lang.L("meetings.add_item"), lang.L("meetings.none_ready"), m.win)
		return
	}
	a.shown = a.choices
	a.list = widget.NewList(func() int { return len(a.shown) },
		func() fyne.CanvasObject {
			why := widget.NewLabel("")
			why.SizeName = theme.SizeNameCaptionText
			why.Importance = widget.LowImportance
			why.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(widget.NewLabel(""), why)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(a.shown) {
				return
			}
			c := a.shown[id]
			box := o.(*fyne.Container)
			title, why := box.Objects[0].(*widget.Label), box.Objects[1].(*widget.Label)
			title.SetText(c.Proposal.Ref + "  " + c.Proposal.Title)
			title.Importance = widget.MediumImportance
			if c.Waits != "" {
				title.Importance = widget.LowImportance
			}
			title.Refresh()
			why.SetText(c.Waits)
			showIf(why, c.Waits != "")
		})
	a.list.OnSelected = func(id widget.ListItemID) {
		if id < 0 || id >= len(a.shown) || a.shown[id].Waits != "" {
			a.chosen = -1
			a.list.Unselect(id)
			return
		}
		a.chosen = id
	}
	a.filter = widget.NewEntry()
	a.filter.SetPlaceHolder(lang.L("meetings.filter"))
	a.filter.OnChanged = func(q string) {
		q = strings.ToLower(strings.TrimSpace(q))
		a.shown = a.shown[:0:0]
		for _, c := range a.choices {
			if q == "" || strings.Contains(strings.ToLower(c.Proposal.Ref+" "+c.Proposal.Title), q) {
				a.shown = append(a.shown, c)
			}
		}
		a.chosen = -1
		a.list.UnselectAll()
		a.list.Refresh()
	}
	var notes []string
	if slices.ContainsFunc(a.choices, func(c addChoice) bool { return c.Waits != "" }) {
		notes = append(notes, lang.L("meetings.waits_note"))
	}
	notes = append(notes, m.renumberedBy(mt)...)
	a.note = widget.NewLabel(strings.Join(notes, "\n\n"))
	a.note.Wrapping = fyne.TextWrapWord
	a.note.Importance = widget.LowImportance
	showIf(a.note, len(notes) > 0)
	content := container.NewBorder(container.NewVBox(a.filter, a.note), nil, nil, nil, a.list)
	a.dlg = dialog.NewCustomConfirm(lang.L("meetings.add_item"), lang.L("meetings.add"), lang.L("meetings.cancel"), content, func(ok bool) {
		if !ok || a.chosen < 0 || a.chosen >= len(a.shown) || a.shown[a.chosen].Waits != "" {
			return
		}
		m.addItem(mt.ID, a.shown[a.chosen].Proposal.ID)
	}, m.win)
	a.dlg.Resize(fyne.NewSize(640, 460))
	a.dlg.Show()
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
