package meeting

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// projectorLink is meeting mode's side of the projector window: the
// button that opens it, the choice of display, and the window while it
// is open.
type projectorLink struct {
	btn      *widget.Button
	screen   *widget.Select
	shown    *projector // nil while closed
	monitors []projectorMonitor
	choosing bool // the choice is being set, not chosen by the user
	// displays and after are the window system's displays and time.After
	// when nil; tests set fakes.
	displays projectorDisplays
	after    func(time.Duration) <-chan time.Time
	// closeLater runs close a moment later (projector.close); tests run
	// it at once.
	closeLater func(close func())
}

// projector is the window the room sees, on the projector: the meeting,
// the item meeting mode shows with its basis and, once saved, its
// decision, in type read from the back of the room. It shows only what is
// stored, never the form the secretary types in: meeting mode tells it
// which item to show when it moves (followOnProjector) and when a
// decision is saved (showOnProjector). Its pause view shows the meeting
// and the time.
type projector struct {
	host *meetingMode
	win  fyne.Window
	at   int // the agenda row shown, as meeting mode counts them; -1 for none

	heading                        *widget.Label // the meeting
	section, title, summary, basis *widget.Label
	decision                       *fyne.Container
	outcome, text, conditionsHead  *widget.Label
	conditions, vote               *widget.Label
	item                           fyne.CanvasObject
	itemScroll                     *container.Scroll
	pause                          *projectorPause
}

// projectorControls is the button that opens and closes the projector
// window (F5), and the choice of display beside it when there are
// several, under meeting mode's agenda (its bars have no room left at
// 1280 pixels).
func (m *meetingMode) projectorControls() fyne.CanvasObject {
	m.proj.btn = widget.NewButtonWithIcon(lang.L("projector.open"), theme.ComputerIcon(), m.toggleProjector)
	m.proj.screen = widget.NewSelect(nil, nil)
	m.proj.screen.OnChanged = func(string) { m.chooseScreen(m.proj.screen.SelectedIndex()) }
	m.proj.screen.Hide()
	return container.NewVBox(widget.NewSeparator(), m.proj.btn, m.proj.screen)
}

// toggleProjector opens the projector window (F5), or closes it when it
// is open. Closing it leaves meeting mode as it was.
func (m *meetingMode) toggleProjector() {
	if p := m.proj.shown; p != nil {
		p.close()
		return
	}
	p := newProjector(m)
	m.proj.shown = p
	m.proj.btn.SetText(lang.L("projector.close"))
	p.show(m.current)
	p.win.Show()
	m.showScreens()
	m.placeProjector(p)
	m.win.RequestFocus() // the secretary goes on typing in meeting mode
}

// closeProjector closes the projector window, when open, as meeting mode
// closes.
func (m *meetingMode) closeProjector() {
	if p := m.proj.shown; p != nil {
		p.close()
	}
}

// followOnProjector shows on the projector the item meeting mode shows.
func (m *meetingMode) followOnProjector() { m.showOnProjector(m.current) }

// showOnProjector shows on the projector the agenda row at, as stored:
// the item just decided stays up, with its decision, until the secretary
// moves on.
func (m *meetingMode) showOnProjector(at int) {
	if p := m.proj.shown; p != nil {
		p.show(at)
	}
}

// toggleProjectorPause switches the projector between the item and the
// pause view (P, in either window).
func (m *meetingMode) toggleProjectorPause() {
	if p := m.proj.shown; p != nil {
		p.pause.toggle()
	}
}

func newProjector(m *meetingMode) *projector {
	p := &projector{host: m, at: -1}
	p.win = m.app.NewWindow(lang.L("projector.title"))
	p.win.SetIcon(m.app.Icon())
	p.pause = newProjectorPause(p)
	p.win.Resize(fyne.NewSize(1280, 720)) // before its content, as the main window
	p.win.SetContent(container.NewThemeOverride(container.NewStack(p.build(), p.pause.content),
		&projectorTheme{app: m.app, least: projectorWindowSizes}))
	p.win.Canvas().SetOnTypedKey(p.typedKey)
	p.win.Canvas().SetOnTypedRune(func(r rune) {
		if r == 'p' || r == 'P' {
			p.pause.toggle()
		}
	})
	p.win.SetCloseIntercept(p.close)
	p.win.SetOnClosed(p.closed)
	return p
}

// projectorCloseDelay is how long a projector window closed stays hidden
// before Fyne closes it (projector.close).
const projectorCloseDelay = 500 * time.Millisecond

// close hides the window at once and has Fyne close it a moment later:
// Fyne 2.7 dereferences a nil GLFW window when a mouse event queued for a
// window is handled after its Close (window.processMouseMoved), which a
// window just moved under the pointer to its display gets; F5 pressed
// twice quickly ended the program so.
func (p *projector) close() {
	if p.host.proj.shown != p {
		return
	}
	p.closed()
	p.win.Hide()
	later := p.host.proj.closeLater
	if later == nil {
		later = func(close func()) { time.AfterFunc(projectorCloseDelay, func() { fyne.Do(close) }) }
	}
	later(p.win.Close)
}

// closed leaves meeting mode without the projector: the clock stops and
// F5 opens a new one.
func (p *projector) closed() {
	p.pause.stop()
	if m := p.host; m.proj.shown == p {
		m.proj.shown = nil
		m.proj.btn.SetText(lang.L("projector.open"))
	}
}

func (p *projector) build() fyne.CanvasObject {
	p.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.section = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.section.SizeName = theme.SizeNameSubHeadingText
	p.section.Wrapping = fyne.TextWrapWord
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.SizeName = theme.SizeNameHeadingText
	p.title.Wrapping = fyne.TextWrapWord
	p.summary = widget.NewLabel("")
	p.summary.Wrapping = fyne.TextWrapWord
	p.basis = widget.NewLabel("")
	p.basis.SizeName = theme.SizeNameCaptionText
	p.basis.Wrapping = fyne.TextWrapWord

	p.outcome = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.outcome.SizeName = theme.SizeNameSubHeadingText
	p.text = widget.NewLabel("")
	p.text.Wrapping = fyne.TextWrapWord
	p.conditionsHead = widget.NewLabelWithStyle(lang.L("meetingmode.conditions"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.conditions = widget.NewLabel("")
	p.conditions.Wrapping = fyne.TextWrapWord
	p.vote = widget.NewLabel("")
	p.vote.Wrapping = fyne.TextWrapWord
	p.decision = container.NewVBox(widget.NewSeparator(), p.outcome, p.text, p.conditionsHead, p.conditions, p.vote)
	p.decision.Hide()

	// The § and title at the top, and the basis and decision at the
	// bottom, always show; a summary too long for what is left between
	// them is cut, as the room cannot scroll.
	p.itemScroll = container.NewScroll(p.summary)
	p.itemScroll.Direction = container.ScrollNone
	p.item = container.NewBorder(container.NewVBox(widgets.CutWhenNarrow(p.heading), widget.NewSeparator(), p.section, p.title),
		container.NewVBox(p.basis, p.decision), nil, nil, p.itemScroll)
	return p.item
}

// show shows the agenda row at as stored: its §, ref and registry
// number, title, summary, the basis it is decided on and its decision.
func (p *projector) show(at int) {
	m := p.host
	p.at = at
	name := meetingHeading(m.meeting)
	p.win.SetTitle(lang.L("projector.window_title", map[string]any{"Meeting": name}))
	widgets.SetCutText(p.heading, name)
	p.pause.title.SetText(name)
	switch {
	case m.meeting.FollowUpSection != 0 && at == len(m.meeting.Items):
		p.showText(lang.L("meetings.section_one", map[string]any{"N": m.meeting.FollowUpSection}),
			lang.L("followupitem.title"), followUpText(m.followUps), lang.L("followupitem.no_decision"))
		p.showDecision(model.Item{})
	case at >= 0 && at < len(m.meeting.Items):
		it := m.meeting.Items[at]
		rev := m.revisions[it.ID]
		section := lang.L("meetingmode.section", map[string]any{"N": it.Number, "Ref": rev.Content.Ref})
		if n := strings.TrimSpace(rev.Content.RegistryNumber); n != "" {
			section += " · " + lang.L("detail.registry_number", map[string]any{"N": n})
		}
		summary := strings.TrimSpace(rev.Content.Summary)
		if summary == "" {
			summary = lang.L("meetingmode.no_summary")
		}
		p.showText(section, rev.Content.Title, summary,
			lang.L("meetingmode.basis", map[string]any{"N": rev.Number, "Fingerprint": model.ShortFingerprint(rev.Fingerprint)}))
		p.showDecision(it)
	default:
		p.showText("", "", "", "")
		p.showDecision(model.Item{})
	}
	p.itemScroll.Content.Refresh() // lay out the new lines
	p.itemScroll.ScrollToTop()
	p.item.Refresh() // the decision's height
}

func (p *projector) showText(section, title, summary, basis string) {
	p.section.SetText(section)
	p.title.SetText(title)
	p.summary.SetText(summary)
	p.basis.SetText(basis)
}

// showDecision shows the decision stored on it: its outcome, text and
// conditions, and the vote's result; nothing when none is stored.
func (p *projector) showDecision(it model.Item) {
	d := it.Decision
	if d == nil {
		for _, l := range []*widget.Label{p.outcome, p.text, p.conditions, p.vote} {
			l.SetText("")
		}
		p.decision.Hide()
		return
	}
	p.outcome.SetText(lang.L("meetingmode.chosen", map[string]any{"Outcome": d.Outcome.Label(uikit.Language())}))
	p.outcome.Importance = outcomeImportance(d.Outcome)
	p.outcome.Refresh()
	p.text.SetText(d.Text)
	uikit.ShowIf(p.text, strings.TrimSpace(d.Text) != "")
	p.conditions.SetText(d.Conditions)
	uikit.ShowIf(p.conditionsHead, strings.TrimSpace(d.Conditions) != "")
	uikit.ShowIf(p.conditions, strings.TrimSpace(d.Conditions) != "")
	vote := p.voteResult(it)
	p.vote.SetText(vote)
	uikit.ShowIf(p.vote, vote != "")
	p.decision.Show()
}

// voteResult is the result of the vote taken on it, in words, for the
// room: the count and which proposition won (each member's vote is in the
// minutes); "" when none was taken.
func (p *projector) voteResult(it model.Item) string {
	if it.Decision == nil || it.Decision.Vote == nil {
		return ""
	}
	v := *it.Decision.Vote
	return v.Count(p.host.meeting.ChairID).Text(uikit.Language(), v)
}

// typedKey: P pauses (SetOnTypedRune), F5 closes the window, F11 and Esc
// switch full screen, and the keys that move between items move meeting
// mode, which the projector follows.
func (p *projector) typedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyF5:
		p.close()
	case fyne.KeyF11:
		p.win.SetFullScreen(!p.win.FullScreen())
	case fyne.KeyEscape:
		p.win.SetFullScreen(false)
	case fyne.KeyPageDown, fyne.KeyPageUp, fyne.KeyLeft, fyne.KeyRight, fyne.KeyUp, fyne.KeyDown, fyne.KeyHome, fyne.KeyEnd:
		p.host.typedKey(k)
	}
}
