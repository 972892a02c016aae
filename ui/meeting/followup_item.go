package meeting

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// The agenda item "Uppföljning av beslut" (model.Meeting.FollowUpSection)
// is offered at the top of Lägg till ärende while the meeting has none,
// shows last on the agenda, and is taken off with Ta bort like an item.

// newFollowUpCheck makes Lägg till ärende's box for the item, which adds
// on Enter and closes on Escape as the proposals' boxes do.
func (a *addItemDialog) newFollowUpCheck() *addCheck {
	c := newAddCheck()
	c.Text = lang.L("followupitem.offer")
	c.onEnter = a.submit
	c.onEscape = func() { a.dlg.Hide() }
	c.OnChanged = func(bool) { a.refreshAddButton() }
	return c
}

// followUpChosen tells whether the item is to be added with the
// proposals chosen.
func (a *addItemDialog) followUpChosen() bool {
	return a.followUp.Visible() && a.followUp.Checked
}

// showFollowUpOffer offers the item when mt does not have it.
func (a *addItemDialog) showFollowUpOffer(mt model.Meeting) {
	offered := mt.FollowUpSection == 0
	if !offered {
		a.followUp.SetChecked(false)
	}
	uikit.ShowIf(a.followUp, offered)
}

// addFollowUpItem puts the item on the meeting's agenda, last.
func (m *Window) addFollowUpItem(meetingID int64) error {
	_, err := m.store.SetFollowUpItem(m.ctx(), meetingID, true)
	return err
}

// removeFollowUpItem takes the item off mt's agenda, after asking.
func (m *Window) removeFollowUpItem(mt model.Meeting) {
	msg := lang.L("followupitem.remove_confirm", map[string]any{"Number": mt.FollowUpSection})
	ask := uikit.NewConfirm(lang.L("meetings.remove_item"), msg, func(ok bool) {
		if !ok {
			return
		}
		if _, err := m.store.SetFollowUpItem(m.ctx(), mt.ID, false); err != nil {
			m.showError(err)
			return
		}
		m.item = -1
		m.agenda.UnselectAll()
		m.changed()
	}, m.win)
	uikit.CloseOnKeys(ask, m.win.Canvas())
	ask.Show()
}

// followUpText writes what the item reports, a follow-up a paragraph:
// ref and title, then status, progress, review date and whether it is
// overdue, then its latest note; or that there is nothing to report.
func followUpText(lines []model.FollowUpLine) string {
	if len(lines) == 0 {
		return lang.L("followupitem.none")
	}
	l := uikit.Language()
	parts := []string{lang.L("followupitem.intro")}
	for _, f := range lines {
		head := f.Ref + "  " + f.Title
		if f.RegistryNumber != "" {
			head += "  (" + f.RegistryNumber + ")"
		}
		facts := []string{f.Status.Label(l)}
		if f.Status == model.FollowUpInProgress || f.Progress != 0 {
			facts = append(facts, lang.L("followupitem.progress", map[string]any{"N": f.Progress}))
		}
		if !f.ReviewDate.IsZero() {
			facts = append(facts, lang.L("followupitem.review", map[string]any{"Date": uikit.FormatDate(f.ReviewDate)}))
		}
		switch f.Overdue {
		case model.OverdueReview:
			facts = append(facts, lang.L("followupitem.late"))
		case model.OverdueNoNotes:
			facts = append(facts, lang.L("followupitem.silent", map[string]any{"N": model.FollowUpSilence}))
		}
		p := head + "\n" + strings.Join(facts, " · ")
		if f.Note != "" {
			p += "\n" + lang.L("followupitem.note", map[string]any{"Date": uikit.FormatDate(f.NoteDate), "Text": f.Note})
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "\n\n")
}
