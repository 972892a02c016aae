package meeting

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/protocol"
	"github.com/styrgrupp/styrgrupp/ui/async"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// Window lists the steering group's meetings and shows the chosen
// one: its time, place, roles, attendees and agenda, with the actions that
// prepare it, run it (meeting mode), sign it off and export its minutes.
type Window struct {
	app        fyne.App
	store      Store
	win        fyne.Window
	background async.Runner
	shell      Shell

	meetings  []model.Meeting
	members   map[int64]model.Member
	proposals map[int64]model.Proposal
	// protocols holds how far each signed-off meeting's protocol has come.
	protocols map[int64]protocol.Status
	// rounds holds the justering round of each meeting not signed off.
	rounds   map[int64]model.JusteringRound
	selected int64          // the meeting shown, 0 for none
	item     int            // the agenda row chosen, -1 for none
	adding   *addItemDialog // the add-item dialog opened last
	modes    []*meetingMode // meeting mode windows open from here
	// loads shows a reading only if it is still the latest (reload).
	loads async.Latest

	list *widget.List
	// agendaEmpty says what to do while the agenda shown has no items.
	agendaEmpty *widget.Label
	heading     *widget.Label
	facts       *widget.Label
	when        *widget.Label // before the start or the end: meetingNotice
	people      *widget.Label
	locked      *widget.Label
	agenda      *widget.List

	newBtn, editBtn, addBtn, removeBtn, upBtn, downBtn, modeBtn, signBtn, exportBtn *widget.Button
	protocolBtn                                                                     *widget.Button // Signera protokollet
	justBtn                                                                         *widget.Button // Justering…
	// why says why what the login may not do is disabled (rightsNote).
	why *widget.Label
	// banner says that the store's server cannot be reached, from the
	// failed reading or writing that found it until a reading succeeds.
	banner *uikit.Banner
}

func (m *Window) build() fyne.CanvasObject {
	m.list = widget.NewList(func() int { return len(m.meetings) },
		func() fyne.CanvasObject {
			// A long state ends in "…" here; the facts line has it whole.
			return container.NewVBox(widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
				widgets.CutWhenNarrow(widget.NewLabel("")))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			mt := m.meetings[id]
			box.Objects[0].(*widget.Label).SetText(uikit.FormatTime(mt.StartsAt))
			state := meetingState(mt, m.protocols[mt.ID])
			if r := sectionRange(mt); r != "" {
				state += " · " + r
			}
			label := widgets.CutLabel(box.Objects[1])
			label.Importance = widget.MediumImportance
			if late := overdueRow(mt, m.now()); late != "" {
				state = late + " · " + state
				label.Importance = widget.WarningImportance
			}
			label.Text = state
			widgets.RefreshCut(label)
		})
	m.list.OnSelected = m.onSelect
	m.newBtn = widget.NewButtonWithIcon(lang.L("meetings.new"), theme.ContentAddIcon(), func() { m.onNew() })
	m.newBtn.Importance = widget.HighImportance
	left := container.NewBorder(nil, m.newBtn, nil, nil, m.list)

	m.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	m.heading.SizeName = theme.SizeNameSubHeadingText
	m.facts = widget.NewLabel("")
	m.when = newNoticeLabel()
	m.people = widget.NewLabel("")
	m.people.Wrapping = fyne.TextWrapWord
	m.locked = widget.NewLabelWithStyle(lang.L("meetings.locked"), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	m.locked.Hide()
	m.agenda = widget.NewList(m.agendaLength, m.agendaTemplate, m.agendaUpdate)
	m.agenda.OnSelected = func(id widget.ListItemID) { m.item = id; m.refreshButtons() }
	m.agenda.OnUnselected = func(widget.ListItemID) { m.item = -1; m.refreshButtons() }

	m.editBtn = widget.NewButtonWithIcon(lang.L("meetings.edit"), theme.DocumentCreateIcon(), func() { m.onEdit() })
	m.addBtn = widget.NewButtonWithIcon(lang.L("meetings.add_item"), theme.ContentAddIcon(), m.onAddItem)
	m.removeBtn = widget.NewButtonWithIcon(lang.L("meetings.remove_item"), theme.ContentRemoveIcon(), m.onRemoveItem)
	m.upBtn = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { m.onMove(-1) })
	m.downBtn = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { m.onMove(+1) })
	m.modeBtn = widget.NewButtonWithIcon(lang.L("meetings.mode"), theme.MediaPlayIcon(), m.onMeetingMode)
	m.modeBtn.Importance = widget.HighImportance
	m.signBtn = widget.NewButtonWithIcon(lang.L("meetings.sign_off"), theme.ConfirmIcon(), func() { m.onSignOff() })
	m.justBtn = widget.NewButtonWithIcon(lang.L("justering.button"), theme.DocumentIcon(), func() { m.onJustering() })
	m.exportBtn = widget.NewButtonWithIcon(lang.L("meetings.export"), theme.DocumentSaveIcon(), func() { m.onExport() })
	m.protocolBtn = widget.NewButtonWithIcon(lang.L("protocol.sign"), theme.ConfirmIcon(), func() { m.onSignProtocol() })
	m.protocolBtn.Importance = widget.HighImportance
	m.why = widget.NewLabel("")
	m.why.Wrapping = fyne.TextWrapWord
	m.why.Importance = widget.LowImportance

	// The meeting's facts and people, a person a line, scroll above the
	// agenda; the split between them can be dragged.
	facts := container.NewVScroll(container.NewVBox(m.heading, m.facts, m.when, m.people, m.locked))
	top := container.NewVBox(container.NewHBox(m.editBtn, m.modeBtn, m.justBtn, m.signBtn, m.protocolBtn, m.exportBtn),
		m.why, widget.NewSeparator(),
		widget.NewLabelWithStyle(lang.L("meetings.agenda"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	agendaBar := container.NewHBox(m.addBtn, m.removeBtn, m.upBtn, m.downBtn)
	m.agendaEmpty = widget.NewLabel(lang.L("meetings.agenda_empty"))
	m.agendaEmpty.Wrapping = fyne.TextWrapWord
	m.agendaEmpty.Importance = widget.LowImportance
	m.agendaEmpty.Hide()
	agenda := container.NewBorder(top, agendaBar, nil, nil, container.NewStack(m.agenda, container.NewVBox(m.agendaEmpty)))
	right := container.NewVSplit(facts, agenda)
	right.Offset = 0.45
	split := container.NewHSplit(left, container.NewPadded(right))
	split.Offset = 0.3
	m.refreshButtons()
	m.banner = uikit.NewBanner()
	return m.banner.Above(split)
}

// reload reads the meetings, members and proposals off the UI goroutine,
// then shows the meeting with id show (or the one shown, or none), and
// what can now be added in Lägg till ärende while it is open, and the
// meeting modes a member follows (followModes). The main
// window calls it on every change to the store (checkStore), so the
// window follows what is done elsewhere.
func (m *Window) reload(show int64) {
	if show == 0 {
		show = m.selected
	}
	ctx := m.ctx()
	m.loads.Do(m.background, func() func() {
		meetings, err := m.store.Meetings(ctx)
		var members []model.Member
		var proposals []model.Proposal
		if err == nil {
			members, err = m.store.Members(ctx)
		}
		if err == nil {
			proposals, err = m.store.Proposals(ctx, model.ProposalFilter{})
		}
		var protocols map[int64]protocol.Status
		if err == nil {
			protocols, err = protocolStates(ctx, m.store, meetings)
		}
		var rounds map[int64]model.JusteringRound
		if err == nil {
			rounds, err = justeringRounds(ctx, m.store, meetings)
		}
		return func() {
			if err != nil {
				m.showError(err)
				return
			}
			m.banner.Hide()
			// Newest first: the meeting being prepared is at the top.
			m.meetings = m.meetings[:0]
			for i := len(meetings) - 1; i >= 0; i-- {
				m.meetings = append(m.meetings, meetings[i])
			}
			m.members = map[int64]model.Member{}
			for _, mb := range members {
				m.members[mb.ID] = mb
			}
			m.protocols, m.rounds = protocols, rounds
			m.proposals = map[int64]model.Proposal{}
			for _, p := range proposals {
				m.proposals[p.ID] = p
			}
			m.list.Refresh()
			m.show(show)
			m.followModes()
			if m.adding != nil {
				m.adding.follow()
			}
		}
	})
}

// show selects the meeting with id, or the first one when id is 0 or gone.
func (m *Window) show(id int64) {
	at := -1
	for i, mt := range m.meetings {
		if mt.ID == id {
			at = i
		}
	}
	if at < 0 && len(m.meetings) > 0 {
		at = 0
	}
	m.selected = 0
	if at >= 0 {
		if m.meetings[at].ID != id {
			m.item = -1
			m.agenda.UnselectAll()
		}
		m.selected = m.meetings[at].ID
		// Selecting the row already selected calls no OnSelected.
		m.list.Select(at)
	}
	m.showMeeting()
}

func (m *Window) onSelect(id widget.ListItemID) {
	if id < 0 || id >= len(m.meetings) {
		return
	}
	if m.meetings[id].ID != m.selected {
		m.item = -1
		m.agenda.UnselectAll()
	}
	m.selected = m.meetings[id].ID
	m.showMeeting()
}

// current returns the meeting shown.
func (m *Window) current() (model.Meeting, bool) {
	for _, mt := range m.meetings {
		if mt.ID == m.selected {
			return mt, true
		}
	}
	return model.Meeting{}, false
}

// showMeeting fills the right side from the meeting shown.
func (m *Window) showMeeting() {
	mt, ok := m.current()
	if !ok {
		m.heading.SetText(m.hint("meetings.none", "rights.meetings_none"))
		m.facts.SetText("")
		m.when.Hide()
		m.people.SetText("")
		m.locked.Hide()
		m.agendaEmpty.Hide()
		m.agenda.Refresh()
		m.refreshButtons()
		return
	}
	m.heading.SetText(meetingHeading(mt))
	facts := lang.L("meetings.place") + ": " + mt.Place + "   ·   " + meetingState(mt, m.protocols[mt.ID])
	if r := sectionRange(mt); r != "" {
		facts += "   ·   " + r
	}
	if r := m.rounds[mt.ID]; r.Sent() && !mt.SignedOff() {
		facts += "\n" + lang.L("justering.state", map[string]any{"When": uikit.FormatTime(r.SentAt)})
	}
	m.facts.SetText(facts)
	setNotice(m.when, mt, m.now())
	m.people.SetText(m.peopleText(mt))
	if mt.SignedOff() {
		m.locked.Show()
	} else {
		m.locked.Hide()
	}
	m.agendaEmpty.SetText(m.hint("meetings.agenda_empty", "rights.agenda_empty"))
	uikit.ShowIf(m.agendaEmpty, !mt.HasAgenda() && !mt.SignedOff())
	m.agenda.Refresh()
	m.refreshButtons()
}

// refreshButtons enables what the meeting's state and the login's rights
// allow, and says why the login may not do what it may not.
func (m *Window) refreshButtons() {
	mt, ok := m.current()
	sec := m.shell.Rights().Secretary
	open := ok && !mt.SignedOff()
	hasItem := sec && open && m.item >= 0 && m.item < len(mt.Items)
	onFollowUp := sec && open && m.item == len(mt.Items) && mt.FollowUpSection != 0
	uikit.EnableIf(m.newBtn, sec)
	uikit.EnableIf(m.editBtn, sec && open)
	uikit.EnableIf(m.addBtn, sec && open)
	uikit.EnableIf(m.removeBtn, hasItem || onFollowUp)
	uikit.EnableIf(m.upBtn, hasItem && m.item > 0)
	uikit.EnableIf(m.downBtn, hasItem && m.item < len(mt.Items)-1)
	uikit.EnableIf(m.modeBtn, ok && mt.HasAgenda())
	uikit.EnableIf(m.signBtn, open && mt.HasAgenda() && m.canSignOffNow(mt) && m.awaitsMySignOff(mt) && m.justeringWaits(mt) == "")
	_, keepsRounds := m.store.(model.JusteringStore)
	uikit.EnableIf(m.justBtn, keepsRounds && open && mt.HasAgenda())
	uikit.EnableIf(m.exportBtn, ok && mt.HasAgenda())
	uikit.ShowIf(m.protocolBtn, ok && len(m.protocolSigners(mt)) > 0)
	m.why.SetText(strings.TrimSpace(m.rightsNote(mt, open && mt.HasAgenda()) + " " + m.justeringWaits(mt)))
	uikit.ShowIf(m.why, m.why.Text != "")
}

// showError logs err and shows its message in the user's language: in
// the banner when the store's server cannot be reached, else in a dialog.
func (m *Window) showError(err error) {
	fyne.LogError("styrgrupp: meetings", err)
	if model.Unreachable(err) {
		// What is shown stays; the main window's watch loop reloads this
		// window once the server answers, which hides the banner.
		m.banner.Show(uikit.UserMessage(err))
		return
	}
	uikit.ShowErrorMessage(m.win, uikit.UserMessage(err))
}

// changed reloads this window and tells the main window.
func (m *Window) changed() {
	m.reload(0)
	m.shell.Changed()
}
