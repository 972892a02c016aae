package meeting

import (
	"context"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/async"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// meetingMode is the window a meeting is run from, made for a projector
// at 1280 × 720: the agenda at the side with each item's outcome so far,
// the current item in large type with the revision it is decided on and
// that revision's fingerprint, and the decision form. The keys 1–5 choose
// an outcome, PageDown and PageUp (or the arrows) move between items and
// Ctrl+Enter saves, whenever no entry has the keyboard. A signed-off
// meeting opens read-only, and so does any meeting for a login that may
// not record decisions.
type meetingMode struct {
	app   fyne.App
	store Store
	// ctx gives the context of a write started now (Shell.Context), read
	// on the UI goroutine before the work goes to the background.
	ctx        func() context.Context
	win        fyne.Window
	background async.Runner
	meetingID  int64
	// onDecided, when set, is called after a decision is saved, so the
	// window that opened meeting mode can read the meeting again.
	onDecided func()

	meeting   model.Meeting
	followUps []model.FollowUpLine     // what the item "Uppföljning av beslut" reports
	proposals map[int64]model.Proposal // by proposal id, as they are now
	revisions map[int64]model.Revision // by item id: the revision on the agenda
	names     map[int64]string         // member names by id
	locked    bool                     // the meeting is signed off, or the login may not decide
	// mayDecide tells whether the login may record decisions (the
	// secretary's right on a shared store).
	mayDecide bool
	current   int                      // index of the agenda row shown (len(meeting.Items): the follow-up item); -1 for none
	drafts    map[int64]model.Decision // what was chosen and typed on items left unsaved, by item id
	saving    bool
	ask       *dialog.CustomDialog // the question about unsaved decisions, while it is open

	override    *container.ThemeOverride
	heading     *widget.Label // the meeting
	position    *widget.Label // Punkt 3 av 7
	prevBtn     *widget.Button
	nextBtn     *widget.Button
	fullBtn     *widget.Button
	leaveBtn    *widget.Button    // Avsluta mötesläge
	banner      fyne.CanvasObject // the minutes are signed off and locked
	notice      *widget.Label     // the meeting has not started, or lacks roles: meetingNotice
	follow      *widget.Label     // the login follows the meeting and decides nothing
	list        *widget.List
	section     *widget.Label // § 14 · 1.4
	title       *widget.Label
	warning     *widget.Label // the proposal has changed since it was put on the agenda
	summary     *widget.Label
	basis       *widget.Label   // revision and short fingerprint
	fingerprint *widget.Label   // the whole fingerprint
	status      *widget.Label   // the decision is saved
	bottom      *fyne.Container // status above keys
	keys        *widget.Label   // which keys do what
	itemScroll  *container.Scroll
	panel       *decisionPanel
	proj        projectorLink // the projector window beside this one (projector.go)
}

// openMeetingMode opens meeting mode on the meeting with id meetingID and
// reads it with background, which runs work off the UI goroutine (tests
// pass one that runs it at once).
func openMeetingMode(a fyne.App, s Store, ctx func() context.Context, meetingID int64, background async.Runner, mayDecide bool) *meetingMode {
	m := &meetingMode{app: a, store: s, ctx: ctx, meetingID: meetingID, background: background, mayDecide: mayDecide,
		current: -1, drafts: map[int64]model.Decision{}, names: map[int64]string{}}
	m.win = a.NewWindow(lang.L("meetingmode.title"))
	m.win.SetIcon(a.Icon())
	m.win.Resize(fyne.NewSize(1280, 720)) // before its content, as the main window
	m.win.SetContent(m.build())
	m.addKeys()
	m.win.SetCloseIntercept(m.onClose)
	m.win.Show()
	m.load(func() { m.goTo(m.firstUndecided()) })
	return m
}

func (m *meetingMode) build() fyne.CanvasObject {
	m.heading = widget.NewLabelWithStyle(lang.L("meetingmode.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	m.position = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	m.prevBtn = widget.NewButtonWithIcon(lang.L("meetingmode.previous"), theme.NavigateBackIcon(), m.previous)
	m.nextBtn = widget.NewButtonWithIcon(lang.L("meetingmode.next"), theme.NavigateNextIcon(), m.next)
	m.nextBtn.IconPlacement = widget.ButtonIconTrailingText
	m.fullBtn = widget.NewButtonWithIcon(lang.L("meetingmode.fullscreen"), theme.ViewFullScreenIcon(), m.toggleFullScreen)
	m.leaveBtn = widget.NewButtonWithIcon(lang.L("meetingmode.leave"), theme.LogoutIcon(), m.onClose)
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(m.position, m.prevBtn, m.nextBtn, m.fullBtn, m.leaveBtn), widgets.CutWhenNarrow(m.heading))

	locked := widget.NewLabelWithStyle(lang.L("meetingmode.locked"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	shade := canvas.NewRectangle(color.NRGBA{R: 0xf0, G: 0xa0, B: 0x20, A: 0x40})
	shade.CornerRadius = 4
	m.banner = container.NewStack(shade, container.NewHBox(widget.NewIcon(theme.WarningIcon()), locked))
	m.banner.Hide()
	m.notice = newNoticeLabel()
	m.follow = widget.NewLabel(lang.L("rights.meeting_mode"))
	m.follow.Wrapping = fyne.TextWrapWord
	m.follow.Hide()

	m.list = widget.NewList(m.agendaLen, m.listTemplate, m.listUpdate)
	m.list.OnSelected = func(id widget.ListItemID) {
		m.unfocus() // the keys 1–5 and PageDown keep working after a click
		if id != m.current {
			m.goTo(id)
		}
	}
	side := container.NewBorder(fieldHeading(lang.L("meetingmode.agenda")), m.projectorControls(), nil, nil, m.list)

	m.section = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	m.section.SizeName = theme.SizeNameSubHeadingText
	m.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	m.title.SizeName = theme.SizeNameHeadingText
	m.title.Wrapping = fyne.TextWrapWord
	m.warning = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	m.warning.Importance = widget.WarningImportance
	m.warning.Wrapping = fyne.TextWrapWord
	m.warning.Hide()
	m.summary = widget.NewLabel("")
	m.summary.Wrapping = fyne.TextWrapWord
	m.basis = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	m.basis.Wrapping = fyne.TextWrapWord
	m.fingerprint = widget.NewLabel("")
	m.fingerprint.SizeName = theme.SizeNameCaptionText
	m.fingerprint.Wrapping = fyne.TextWrapBreak
	m.itemScroll = container.NewVScroll(container.NewVBox(m.section, m.title, m.warning, m.summary,
		widget.NewSeparator(), m.basis, m.fingerprint))

	m.panel = newDecisionPanel(m)
	inner := container.NewHSplit(widgets.Reflow(m.itemScroll), m.panel.content)
	inner.Offset = 0.5
	outer := container.NewHSplit(side, inner)
	outer.Offset = 0.22

	m.status = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	m.status.Importance = widget.SuccessImportance
	m.status.Wrapping = fyne.TextWrapWord
	m.status.Hide()
	m.keys = widget.NewLabel(lang.L("meetingmode.keys"))
	m.keys.SizeName = theme.SizeNameCaptionText
	m.keys.Alignment = fyne.TextAlignTrailing
	m.bottom = container.NewVBox(m.status, m.keys)

	content := container.NewBorder(container.NewVBox(bar, m.banner, m.notice, m.follow, widget.NewSeparator()), m.bottom, nil, nil, outer)
	m.override = container.NewThemeOverride(content, &projectorTheme{app: m.app})
	refreshTree(content)
	return m.override
}

// setStatus shows msg on its own line above the keys, whole (the keys
// leave too little room beside them for "Beslutet i § 11 är sparat"), or
// hides the line when msg is empty.
func (m *meetingMode) setStatus(msg string) {
	m.status.SetText(msg)
	if msg == "" {
		m.status.Hide()
	} else {
		m.status.Show()
	}
	m.bottom.Refresh()
}

// listTemplate is an agenda row: "§ 14 · 5.2 Title" on up to two lines,
// cut after the second, above the outcome so far.
func (m *meetingMode) listTemplate() fyne.CanvasObject {
	head := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	head.Truncation = fyne.TextTruncateEllipsis
	th := &projectorTheme{app: m.app}
	line := fyne.MeasureText("Åg", th.Size(theme.SizeNameText), head.TextStyle).Height
	twoLines := canvas.NewRectangle(color.Transparent)
	twoLines.SetMinSize(fyne.NewSize(0, 2*line+th.Size(theme.SizeNameLineSpacing)+2*th.Size(theme.SizeNameInnerPadding)))
	return container.NewVBox(container.NewStack(twoLines, head), widgets.CutWhenNarrow(widget.NewLabel("")))
}

// listUpdate shows an item as "§ 14 · 1.4 Title" above its outcome so
// far, in words.
func (m *meetingMode) listUpdate(id widget.ListItemID, o fyne.CanvasObject) {
	if id == len(m.meeting.Items) && m.meeting.FollowUpSection != 0 {
		m.followUpRow(o)
		return
	}
	if id < 0 || id >= len(m.meeting.Items) {
		return
	}
	it := m.meeting.Items[id]
	rev := m.revisions[it.ID]
	box := o.(*fyne.Container)
	head, state := box.Objects[0].(*fyne.Container).Objects[1].(*widget.Label), widgets.CutLabel(box.Objects[1])
	head.SetText(lang.L("meetingmode.section", map[string]any{"N": it.Number, "Ref": rev.Content.Ref}) + "  " + rev.Content.Title)
	// Not yet decided is written in italics rather than a faint colour,
	// which a projector washes out.
	// What is chosen or typed but not saved comes first, on the item shown
	// as on one left with a draft; on a decided item the saved outcome is
	// named beside it, so the two are not taken for each other.
	var unsaved model.Decision
	draft := false
	switch {
	case m.locked:
	case id == m.current && m.panel != nil: // the form tells
		unsaved, draft = model.Decision{Outcome: m.panel.outcome}, m.panel.dirty()
	default:
		unsaved, draft = m.drafts[it.ID]
	}
	saved := lang.L("meetingmode.undecided")
	if it.Decision != nil {
		saved = it.Decision.Outcome.Label(uikit.Language())
	}
	text, imp, style := saved, widget.MediumImportance, fyne.TextStyle{Italic: true}
	switch {
	case draft && unsaved.Outcome != "" && (it.Decision == nil || unsaved.Outcome != it.Decision.Outcome):
		// The outcome saved before is on the panel; the narrow agenda
		// column has room for the new one only.
		text = lang.L("meetingmode.unsaved", map[string]any{"Outcome": unsaved.Outcome.Label(uikit.Language())})
		imp, style = widget.WarningImportance, fyne.TextStyle{Bold: true}
	case draft:
		text = lang.L("meetingmode.unsaved_edit", map[string]any{"Saved": saved})
		imp, style = widget.WarningImportance, fyne.TextStyle{Bold: true}
	case it.Decision != nil:
		imp, style = outcomeImportance(it.Decision.Outcome), fyne.TextStyle{}
	}
	state.Text = text
	state.Importance, state.TextStyle = imp, style
	widgets.RefreshCut(state)
}

// refreshCurrentRow shows the current item's row in the agenda anew, so
// that it says whether the form is saved.
func (m *meetingMode) refreshCurrentRow() {
	if m.list != nil && m.current >= 0 && m.current < len(m.meeting.Items) {
		m.list.RefreshItem(m.current)
	}
}

// currentDecision is the decision stored on the item shown, nil for none.
func (m *meetingMode) currentDecision() *model.Decision {
	if m.current < 0 || m.current >= len(m.meeting.Items) {
		return nil
	}
	return m.meeting.Items[m.current].Decision
}

// outcomeImportance colours an outcome's name in the agenda, as a help
// beside the words.
func outcomeImportance(o model.Outcome) widget.Importance {
	switch o {
	case model.OutcomeApproved, model.OutcomeApprovedConditions:
		return widget.SuccessImportance
	case model.OutcomeRejected:
		return widget.DangerImportance
	case model.OutcomeReturned, model.OutcomeDeferred:
		return widget.WarningImportance
	}
	return widget.MediumImportance
}

// entryFocused tells whether an entry has the keyboard.
func (m *meetingMode) entryFocused() bool {
	switch m.win.Canvas().Focused().(type) {
	case *widgets.Entry, *widget.Entry, *widget.SelectEntry:
		return true
	}
	return false
}

func (m *meetingMode) focus(f fyne.Focusable) { m.win.Canvas().Focus(f) }
func (m *meetingMode) unfocus()               { m.win.Canvas().Unfocus() }

// restyle gives rows added to the form the window's large type.
func (m *meetingMode) restyle() {
	if m.override != nil {
		m.override.Refresh()
		refreshTree(m.override.Content)
	}
}
