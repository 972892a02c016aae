package meeting

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/handbook"
	"github.com/styrgrupp/styrgrupp/ui/help"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// meetingOutcomes are the outcomes meeting mode offers, chosen with the
// keys 1–5 in this order. Withdrawn is not among them: a proposal is
// withdrawn by those who wrote it, not decided on.
var meetingOutcomes = []model.Outcome{
	model.OutcomeApproved, model.OutcomeApprovedConditions, model.OutcomeRejected,
	model.OutcomeDeferred, model.OutcomeReturned,
}

// outcomeAction names the button that decides o: "Godkänn", "Avslå".
func outcomeAction(o model.Outcome) string {
	switch o {
	case model.OutcomeApproved:
		return lang.L("meetingmode.approve")
	case model.OutcomeApprovedConditions:
		return lang.L("meetingmode.approve_conditions")
	case model.OutcomeRejected:
		return lang.L("meetingmode.reject")
	case model.OutcomeDeferred:
		return lang.L("meetingmode.defer")
	case model.OutcomeReturned:
		return lang.L("meetingmode.return")
	}
	return o.Label(uikit.Language())
}

// decisionPanel is meeting mode's form for the decision on one item: the
// five outcomes, the decision text, the conditions, the reason for a
// return, reservations, minutes notes, recusals and recipients, with each
// message beside the field at fault. On a signed-off meeting it shows the
// decision as text instead, and nothing can be chosen or saved.
type decisionPanel struct {
	host     *meetingMode
	content  fyne.CanvasObject
	outcome  model.Outcome
	readOnly bool
	filled   string // the form's state when it was filled, to tell a change

	buttons       map[model.Outcome]*widget.Button
	chosen        *widget.Label
	unsaved       *widget.Label // what is shown differs from what is stored
	text          *widgets.Entry
	conditions    *widgets.Entry
	returnWhat    *widgets.Entry
	returnWho     *widgets.Entry
	returnBy      *widgets.Entry
	recipients    *widgets.Entry
	conditionsBox *fyne.Container
	returnBox     *fyne.Container
	reservations  *memberRows
	notes         *memberRows
	recusals      *memberRows
	extras        *widget.Accordion
	errs          map[string]*widget.Label // field → its message
	general       *widget.Label
	saveBtn       *widget.Button
	form          *fyne.Container
	shown         *widget.RichText // the decision of a signed-off meeting
	scroll        *container.Scroll
	// rules are the group's rules of procedure: the quorum and the
	// chair's casting vote.
	rules  model.GroupRules
	vote   *votePart
	quorum *quorumLine
}

func newDecisionPanel(host *meetingMode) *decisionPanel {
	p := &decisionPanel{host: host, buttons: map[model.Outcome]*widget.Button{}, errs: map[string]*widget.Label{},
		rules: model.DefaultGroupRules()}
	grid := container.NewGridWithColumns(2)
	for i, o := range meetingOutcomes {
		b := widget.NewButton(strconv.Itoa(i+1)+"   "+outcomeAction(o), func() { p.choose(o) })
		p.buttons[o] = b
		grid.Add(b)
	}
	p.chosen = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.chosen.Wrapping = fyne.TextWrapWord
	for _, f := range []string{"outcome", "text", "conditions", "return", "return_by", "recipients"} {
		p.errs[f] = uikit.ErrorLabel()
	}
	p.general = uikit.ErrorLabel()
	p.vote = newVotePart(p)
	p.quorum = newQuorumLine(p)

	p.text = p.entry(true, 3)
	p.conditions = p.entry(true, 3)
	p.conditions.SetPlaceHolder(lang.L("meetingmode.conditions_hint"))
	p.returnWhat = p.entry(true, 2)
	p.returnWho = p.entry(false, 1)
	p.returnBy = p.entry(false, 1)
	p.returnBy.SetPlaceHolder(lang.L("meetingmode.date_hint"))
	p.recipients = p.entry(true, 3)
	p.recipients.SetPlaceHolder(lang.L("meetingmode.recipients_hint"))
	// Editing a field takes away the message about it: it may be right now.
	for e, fields := range map[*widgets.Entry][]string{
		p.text: {"text"}, p.conditions: {"conditions"}, p.returnWhat: {"return"}, p.returnWho: {"return"},
		p.returnBy: {"return", "return_by"}, p.recipients: {"recipients"},
	} {
		e.OnChanged = func(string) { p.edited(fields...) }
	}
	p.reservations = newMemberRows(p, lang.L("meetingmode.add_reservation"), lang.L("meetingmode.reservation_text"), false)
	p.reservations.none.SetText(lang.L("meetingmode.no_deciding"))
	p.reservations.hint.SetText(lang.L("meetingmode.reservation_hint"))
	p.reservations.hint.Show()
	p.notes = newMemberRows(p, lang.L("meetingmode.add_note"), lang.L("meetingmode.note_text"), true)
	p.recusals = newMemberRows(p, lang.L("meetingmode.add_recusal"), lang.L("meetingmode.recusal_reason"), false)
	p.errs["reservations"], p.errs["notes"], p.errs["recusals"] = p.reservations.errLabel, p.notes.errLabel, p.recusals.errLabel
	p.reservations.field, p.notes.field, p.recusals.field = "reservations", "notes", "recusals"
	p.reservations.explain(help.Link(host.app, host.win, handbook.Reservation))
	p.recusals.explain(help.Link(host.app, host.win, handbook.Recusal))
	p.unsaved = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.unsaved.Importance = widget.WarningImportance
	p.unsaved.Wrapping = fyne.TextWrapWord
	p.unsaved.Hide()

	p.conditionsBox = container.NewVBox(fieldHeading(lang.L("meetingmode.conditions")), p.conditions, p.errs["conditions"])
	p.returnBox = container.NewVBox(
		fieldHeading(lang.L("meetingmode.return_what")), p.returnWhat,
		container.NewGridWithColumns(2,
			container.NewVBox(fieldHeading(lang.L("meetingmode.return_who")), p.returnWho),
			container.NewVBox(fieldHeading(lang.L("meetingmode.return_by")), p.returnBy)),
		p.errs["return_by"], p.errs["return"])
	p.extras = widget.NewAccordion(
		widget.NewAccordionItem("", p.reservations.content),
		widget.NewAccordionItem("", p.notes.content),
		widget.NewAccordionItem("", p.recusals.content),
		widget.NewAccordionItem("", container.NewVBox(p.recipients, p.errs["recipients"])))
	p.extras.MultiOpen = true
	p.form = container.NewVBox(fieldHeading(lang.L("meetingmode.text")), p.text, p.errs["text"], p.vote.content,
		p.conditionsBox, p.returnBox, p.extras)
	p.shown = widget.NewRichText()
	p.shown.Wrapping = fyne.TextWrapWord
	p.shown.Hide()

	p.saveBtn = widget.NewButtonWithIcon(lang.L("meetingmode.save"), theme.DocumentSaveIcon(), host.save)
	p.saveBtn.Importance = widget.HighImportance
	// The outcomes, the form and its folded sections scroll as one, so
	// that all of it can be reached on a projector's 1280 × 720; Spara
	// stays in sight below.
	top := container.NewVBox(p.quorum.content, grid, p.chosen, p.unsaved, p.errs["outcome"])
	bottom := container.NewVBox(p.general, container.NewHBox(layout.NewSpacer(), p.saveBtn))
	p.scroll = container.NewVScroll(container.NewVBox(top, p.form, p.shown))
	p.content = container.NewBorder(nil, bottom, nil, nil, widgets.Reflow(p.scroll))
	p.show(nil, false)
	return p
}

// fieldHeading is the bold name above a field.
func fieldHeading(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// entry makes an entry of the form.
func (p *decisionPanel) entry(multiLine bool, rows int) *widgets.Entry {
	e := widgets.NewEntry(multiLine, rows)
	e.OnSave = p.host.save
	e.OnLeave = p.host.onClose
	e.OnEscape = p.host.unfocus
	e.OnF11 = p.host.toggleFullScreen
	e.OnWheel = func(ev *fyne.ScrollEvent) { p.scroll.Scrolled(ev) }
	e.OnFocus = func() { widgets.ScrollIntoView(p.scroll, e) } // Tab to a field below the fold
	return e
}

func (p *decisionPanel) focus(f fyne.Focusable) { p.host.focus(f) }
func (p *decisionPanel) restyle()               { p.host.restyle() }
func (p *decisionPanel) memberName(id int64) string {
	return p.host.memberName(id)
}

// openSection unfolds the section that holds detail.
func (p *decisionPanel) openSection(detail fyne.CanvasObject) {
	for i, it := range p.extras.Items {
		if it.Detail == detail && !it.Open {
			p.extras.Open(i)
		}
	}
}

// setMembers sets the members offered for notes and recusals (present)
// and for reservations (deciding). With no deciding member, no
// reservation can be added, and the section says why.
func (p *decisionPanel) setMembers(present, deciding []model.Member) {
	p.notes.members, p.recusals.members = present, present
	p.reservations.members = deciding
	p.reservations.setNone(len(deciding) == 0)
}

// show fills the form from d (nil for an item not yet decided); readOnly
// shows d as text with every button disabled.
func (p *decisionPanel) show(d *model.Decision, readOnly bool) {
	p.readOnly = readOnly
	p.clearErrors()
	var v model.Decision
	if d != nil {
		v = *d
	}
	p.outcome = v.Outcome
	p.text.SetText(v.Text)
	p.conditions.SetText(v.Conditions)
	p.returnWhat.SetText(v.Return.What)
	p.returnWho.SetText(v.Return.Who)
	p.returnBy.SetText(v.Return.By.String())
	p.recipients.SetText(strings.Join(v.Recipients, "\n"))
	var res, notes, recs []memberText
	for _, r := range v.Reservations {
		res = append(res, memberText{r.MemberID, r.Text})
	}
	for _, n := range v.Notes {
		notes = append(notes, memberText{n.MemberID, n.Text})
	}
	for _, r := range v.Recusals {
		recs = append(recs, memberText{r.MemberID, r.Reason})
	}
	p.reservations.set(res)
	p.notes.set(notes)
	p.recusals.set(recs)
	p.vote.set(v.Vote)
	p.extras.CloseAll()
	for i, n := range []int{len(res), len(notes), len(recs), len(v.Recipients)} {
		if n > 0 {
			p.extras.Open(i)
		}
	}
	if readOnly {
		p.form.Hide()
		p.shown.Segments = p.segments(d)
		p.shown.Show()
		p.shown.Refresh()
	} else {
		p.shown.Hide()
		p.form.Show()
	}
	for _, b := range p.buttons {
		uikit.EnableIf(b, !readOnly)
	}
	uikit.EnableIf(p.saveBtn, !readOnly)
	p.reservations.enableAdd()
	p.updateOutcome()
	p.changed()
	p.setFilled(p.state())
	p.scroll.ScrollToTop()
}

// setFilled takes state as what is stored ("" for a draft never saved)
// and shows whether the form differs from it.
func (p *decisionPanel) setFilled(state string) {
	p.filled = state
	p.showUnsaved()
}

// edited takes away the messages about fields, which the secretary has
// just changed, and notes the change.
func (p *decisionPanel) edited(fields ...string) {
	for _, f := range fields {
		p.hideError(f)
	}
	if p.general.Visible() && p.general.Text == lang.L("meetingmode.fix_errors") && !p.anyFieldError() {
		p.general.SetText("")
		p.general.Hide()
	}
	p.changed()
}

// anyFieldError tells whether a message shows beside some field.
func (p *decisionPanel) anyFieldError() bool {
	for _, l := range p.errs {
		if l.Visible() {
			return true
		}
	}
	return false
}

// changed names the counts in the titles of the folded sections and shows
// whether the form is saved.
func (p *decisionPanel) changed() {
	if p.extras == nil {
		return
	}
	if p.unsaved != nil {
		p.showUnsaved()
	}
	p.quorum.update()
	titles := []string{
		lang.L("meetingmode.reservations", map[string]any{"N": p.reservations.count()}),
		lang.L("meetingmode.notes", map[string]any{"N": p.notes.count()}),
		lang.L("meetingmode.recusals", map[string]any{"N": p.recusals.count()}),
		lang.L("meetingmode.recipients", map[string]any{"N": len(uikit.Lines(p.recipients.Text))}),
	}
	refresh := false
	for i, t := range titles {
		if p.extras.Items[i].Title != t {
			p.extras.Items[i].Title = t
			refresh = true
		}
	}
	if refresh {
		p.extras.Refresh()
	}
}

// state is everything the form holds, to tell whether it was changed.
func (p *decisionPanel) state() string {
	return strings.Join([]string{string(p.outcome), p.text.Text, p.conditions.Text, p.returnWhat.Text,
		p.returnWho.Text, p.returnBy.Text, p.recipients.Text,
		p.reservations.state(), p.notes.state(), p.recusals.state(), p.vote.state()}, "\x1d")
}

// dirty tells whether the form was changed since it was filled.
func (p *decisionPanel) dirty() bool { return !p.readOnly && p.state() != p.filled }
