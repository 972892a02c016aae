package meeting

import (
	"slices"
	"strings"

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

// addChoice is a row of Lägg till ärende: a proposal that can go on the
// agenda, or one shown greyed out with the reason it cannot (Waits), or
// the heading of a part of the list (Header), which has no proposal.
type addChoice struct {
	Proposal model.Proposal
	Part     model.OfferPart
	Why      string // the earlier decision that brings it back, in words
	Waits    string // why it cannot be added now; "" when it can
	// Elsewhere is set when it cannot because it waits on another agenda.
	Elsewhere bool
	Header    string
}

// addable tells whether the row is a proposal that can be added.
func (c addChoice) addable() bool { return c.Header == "" && c.Waits == "" }

// addItemDialog is Lägg till ärende: the proposals ready for decision and
// not yet on the agenda, those that can be added first, each with a
// check box. The checked ones go on the agenda in the order listed; a
// double-click adds the proposal clicked (with any checked), and Enter
// adds the checked ones, or the only one a search has left. It follows
// the store while it is open (follow).
type addItemDialog struct {
	m         *Window
	meetingID int64
	open      bool
	choices   []addChoice // the proposals, in the order model.AgendaOffers gives
	shown     []addChoice // those the search lets through, under their parts' headings
	checked   map[int64]bool
	list      *widget.List
	filter    *widgets.Entry
	empty     *widget.Label // nothing ready, or no match for the search
	note      *widget.Label // why some are greyed out, which meetings are renumbered
	addBtn    *widgets.Button
	dlg       *dialog.CustomDialog
	// followUp offers the item "Uppföljning av beslut" (followup_item.go).
	followUp *addCheck
}

// onAddItem opens Lägg till ärende on the meeting shown; the proposals
// chosen go last on its agenda, each with the next §.
func (m *Window) onAddItem() {
	mt, ok := m.current()
	if !ok {
		return
	}
	a := &addItemDialog{m: m, meetingID: mt.ID, checked: map[int64]bool{}}
	m.adding = a
	a.build()
	a.update(mt)
	a.open = true
	a.dlg.Show()
	m.win.Canvas().Focus(a.filter)
}

func (a *addItemDialog) build() {
	a.list = widget.NewList(func() int { return len(a.shown) }, a.newRow, a.updateRow)
	a.list.OnSelected = func(id widget.ListItemID) { // Space on the list
		a.list.Unselect(id)
		a.toggle(id)
	}
	a.filter = widgets.NewEntry(false, 1)
	a.filter.SetPlaceHolder(lang.L("meetings.filter"))
	a.filter.OnChanged = func(string) { a.applyFilter() }
	a.filter.OnSubmitted = func(string) { a.submit() }
	a.filter.OnEscape = func() { a.dlg.Hide() }
	a.empty = widget.NewLabel("")
	a.empty.Wrapping = fyne.TextWrapWord
	a.empty.Importance = widget.LowImportance
	a.note = widget.NewLabel("")
	a.note.Wrapping = fyne.TextWrapWord
	a.note.Importance = widget.LowImportance
	a.addBtn = widgets.NewButtonWithIcon(lang.L("meetings.add"), theme.ContentAddIcon(), a.submit)
	a.addBtn.Importance = widget.HighImportance
	a.followUp = a.newFollowUpCheck()
	content := container.NewBorder(container.NewVBox(a.filter, a.note, a.followUp), nil, nil, nil,
		container.NewStack(a.list, container.NewVBox(a.empty)))
	a.dlg = dialog.NewCustomWithoutButtons(lang.L("meetings.add_item"), content, a.m.win)
	a.dlg.SetButtons([]fyne.CanvasObject{widgets.NewButton(lang.L("meetings.cancel"), a.dlg.Hide), a.addBtn})
	uikit.DialogKeys(a.dlg, a.m.win.Canvas(), a.submit, func() { a.open = false })
	a.dlg.Resize(fyne.NewSize(640, 500))
}

// update lists what can be added to mt now, keeping the search and the
// boxes checked that can still be added.
func (a *addItemDialog) update(mt model.Meeting) {
	a.choices = a.m.addChoices(mt)
	for id := range a.checked {
		if !slices.ContainsFunc(a.choices, func(c addChoice) bool { return c.Proposal.ID == id && c.addable() }) {
			delete(a.checked, id)
		}
	}
	var notes []string
	if slices.ContainsFunc(a.choices, func(c addChoice) bool { return c.Elsewhere }) {
		notes = append(notes, lang.L("meetings.waits_note"))
	}
	notes = append(notes, a.m.renumberedBy(mt)...)
	a.note.SetText(strings.Join(notes, "\n\n"))
	uikit.ShowIf(a.note, len(notes) > 0)
	a.showFollowUpOffer(mt)
	a.applyFilter()
}

// follow shows what the meetings window has read again: the meeting may
// have new proposals to offer, or be signed off (and the dialog closes).
func (a *addItemDialog) follow() {
	if !a.open {
		return
	}
	i := slices.IndexFunc(a.m.meetings, func(mt model.Meeting) bool { return mt.ID == a.meetingID })
	if i < 0 || a.m.meetings[i].SignedOff() {
		a.dlg.Hide()
		return
	}
	a.update(a.m.meetings[i])
}

// applyFilter shows the choices the search lets through, each part
// under its heading when more than one part shows, or says why there are
// none.
func (a *addItemDialog) applyFilter() {
	q := strings.ToLower(strings.TrimSpace(a.filter.Text))
	var found []addChoice
	for _, c := range a.choices {
		if q == "" || strings.Contains(strings.ToLower(c.Proposal.Ref+" "+c.Proposal.Title), q) {
			found = append(found, c)
		}
	}
	a.shown = withHeaders(found)
	a.fitHeadings()
	a.list.UnselectAll()
	a.list.Refresh()
	switch {
	case len(a.choices) == 0:
		a.empty.SetText(lang.L("meetings.none_ready"))
	case len(a.shown) == 0:
		a.empty.SetText(lang.L("meetings.no_match"))
	}
	uikit.ShowIf(a.empty, len(a.shown) == 0)
	a.refreshAddButton()
}

// chosen are the proposals Lägg till adds: those checked, in the order
// listed (a search may hide some), or else the only one the search shows.
func (a *addItemDialog) chosen() []int64 {
	var out []int64
	for _, c := range a.choices {
		if a.checked[c.Proposal.ID] {
			out = append(out, c.Proposal.ID)
		}
	}
	if len(out) == 0 && !a.followUpChosen() && len(a.shown) == 1 && a.shown[0].addable() {
		out = append(out, a.shown[0].Proposal.ID)
	}
	return out
}

// refreshAddButton names how many Lägg till adds, and enables it when it
// adds any.
func (a *addItemDialog) refreshAddButton() {
	n := len(a.chosen())
	if a.followUpChosen() {
		n++
	}
	text := lang.L("meetings.add")
	if n > 1 {
		text = lang.L("meetings.add_many", map[string]any{"N": n})
	}
	if a.addBtn.Text != text {
		a.addBtn.SetText(text)
	}
	uikit.EnableIf(a.addBtn, n > 0)
}

// toggle checks or unchecks the proposal shown at row id, unless it
// cannot be added or the row is a heading.
func (a *addItemDialog) toggle(id int) {
	if id < 0 || id >= len(a.shown) || !a.shown[id].addable() {
		return
	}
	a.setChecked(id, !a.checked[a.shown[id].Proposal.ID])
}

func (a *addItemDialog) setChecked(id int, on bool) {
	if id < 0 || id >= len(a.shown) || !a.shown[id].addable() {
		return
	}
	if on {
		a.checked[a.shown[id].Proposal.ID] = true
	} else {
		delete(a.checked, a.shown[id].Proposal.ID)
	}
	a.list.RefreshItem(id)
	a.refreshAddButton()
}

// addRowNow adds the proposal at row id, with those checked.
func (a *addItemDialog) addRowNow(id int) {
	if id < 0 || id >= len(a.shown) || !a.shown[id].addable() {
		return
	}
	a.checked[a.shown[id].Proposal.ID] = true
	a.submit()
}

// submit closes the dialog and adds the proposals chosen, and the item
// "Uppföljning av beslut" when it is checked.
func (a *addItemDialog) submit() {
	ids, followUp := a.chosen(), a.followUpChosen()
	if len(ids) == 0 && !followUp {
		return
	}
	a.dlg.Hide()
	a.m.addItems(a.meetingID, ids, followUp)
}

// addItems puts the proposals on the meeting's agenda in this order, and
// with followUp the item "Uppföljning av beslut" last; a draft (returned
// for rework, with a new revision) is marked ready for decision first.
// The first refusal is shown and stops the rest.
func (m *Window) addItems(meetingID int64, proposalIDs []int64, followUp bool) {
	if followUp {
		if err := m.addFollowUpItem(meetingID); err != nil {
			m.showError(err)
			m.changed()
			return
		}
	}
	for _, id := range proposalIDs {
		var err error
		if m.proposals[id].Status == model.StatusDraft {
			err = m.markReady(id)
		}
		if err == nil {
			_, err = m.store.AddItem(m.ctx(), meetingID, id)
		}
		if err != nil {
			m.showError(err)
			break
		}
	}
	m.changed()
}

// markReady marks a draft ready for decision, unless the store says it
// is no longer a draft (the window's reading may be older).
func (m *Window) markReady(id int64) error {
	p, err := m.store.Proposal(m.ctx(), id)
	if err != nil || p.Status != model.StatusDraft {
		return err
	}
	_, err = m.store.MarkReady(m.ctx(), id)
	return err
}

// addItem puts one proposal on the meeting's agenda.
func (m *Window) addItem(meetingID, proposalID int64) {
	m.addItems(meetingID, []int64{proposalID}, false)
}
