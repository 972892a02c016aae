package meeting

import (
	"slices"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// voteDialog is Omröstning on one §: the proposition a ja vote supports
// and the one a nej vote supports, a row for each deciding member of the
// meeting with ja / nej / avstår for those taking part and why not for the
// others, and the result counted as the votes are given. Nothing is chosen
// at first: an abstention is a vote the member gives, not one the form
// assumes, and OK names whoever has none yet.
type voteDialog struct {
	mt       model.Meeting
	n        int // the §
	casting  bool
	yes, no  *widgets.Entry
	rows     []voteRow
	tally    *widget.Label
	result   *widget.Label
	problem  *widget.Label
	dlg      *dialog.CustomDialog
	done     func(model.Vote)
	memberOf func(int64) string
}

// voteRow is one taking part member's choice.
type voteRow struct {
	id     int64
	choice *widget.RadioGroup
}

// voteChoiceLabels are the options of a row, in the order of
// model.VoteChoices.
func voteChoiceLabels() []string {
	var out []string
	for _, c := range model.VoteChoices {
		out = append(out, c.Label(uikit.Language()))
	}
	return out
}

// newVoteDialog builds the dialog for § n of mt with the item's recusals
// as the form holds them; was is the vote recorded so far (nil for none)
// and text the drafted decision, which the ja proposition names. done is
// given the vote on OK.
func newVoteDialog(win fyne.Window, mt model.Meeting, n int, recusals []model.Recusal, was *model.Vote,
	text string, casting bool, name func(int64) string, done func(model.Vote)) *voteDialog {
	v := &voteDialog{mt: mt, n: n, casting: casting, done: done, memberOf: name}
	v.yes = widgets.NewEntry(true, 3)
	v.no = widgets.NewEntry(true, 3)
	v.no.SetPlaceHolder(lang.L("meetingvote.no_hint"))
	given := map[int64]model.VoteChoice{}
	if was != nil {
		v.yes.SetText(was.Yes)
		v.no.SetText(was.No)
		for _, b := range was.Ballots {
			given[b.MemberID] = b.Choice
		}
	} else {
		v.yes.SetText(proposedDecision(text))
	}
	v.tally = widget.NewLabel("")
	v.result = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.result.Wrapping = fyne.TextWrapWord
	v.problem = uikit.ErrorLabel()

	taking := mt.Participants(n, recusals)
	grid := container.New(layout.NewFormLayout())
	for _, a := range mt.Attendees {
		if a.MemberID == 0 || !a.Decides {
			continue
		}
		nameLabel := widget.NewLabel(name(a.MemberID))
		if !slices.Contains(taking, a.MemberID) {
			nameLabel.Importance = widget.LowImportance
			why := widget.NewLabel(absenceReason(a, n, recusals))
			why.Importance = widget.LowImportance
			why.TextStyle = fyne.TextStyle{Italic: true}
			grid.Add(nameLabel)
			grid.Add(why)
			continue
		}
		row := voteRow{id: a.MemberID, choice: widget.NewRadioGroup(voteChoiceLabels(), func(string) { v.count() })}
		row.choice.Horizontal = true
		if c, ok := given[a.MemberID]; ok {
			row.choice.SetSelected(c.Label(uikit.Language()))
		}
		v.rows = append(v.rows, row)
		grid.Add(nameLabel)
		grid.Add(row.choice)
	}
	rule := lang.L("meetingvote.casting_off")
	if casting {
		rule = lang.L("meetingvote.casting_on")
	}
	ruleLabel := widget.NewLabel(rule)
	ruleLabel.Wrapping = fyne.TextWrapWord
	none := widget.NewLabel(lang.L("meetingvote.none_taking_part"))
	none.Importance = widget.WarningImportance
	none.Wrapping = fyne.TextWrapWord
	uikit.ShowIf(none, len(v.rows) == 0)
	// The propositions and the result on the left, the members on the
	// right, so that fifteen of them fit a projector's 1280 × 720.
	list := container.NewVScroll(grid)
	list.SetMinSize(fyne.NewSize(grid.MinSize().Width, min(grid.MinSize().Height, 440)))
	fill := container.NewHBox(
		widgets.NewButton(lang.L("meetingvote.all_yes"), func() { v.fill(model.VoteYes) }),
		widgets.NewButton(lang.L("meetingvote.all_abstain"), func() { v.fill(model.VoteAbstain) }))
	left := container.NewVBox(
		fieldHeading(lang.L("meetingvote.yes_label")), v.yes,
		fieldHeading(lang.L("meetingvote.no_label")), v.no,
		widget.NewSeparator(), v.tally, v.result, ruleLabel, v.problem)
	right := container.NewBorder(container.NewVBox(fieldHeading(lang.L("meetingvote.members")), none), fill, nil, nil, list)
	content := container.NewGridWithColumns(2, left, right)
	v.dlg = dialog.NewCustomWithoutButtons(lang.L("meetingvote.title", map[string]any{"N": n}), content, win)
	ok := widgets.NewButton(lang.L("meetingvote.ok"), v.submit)
	ok.Importance = widget.HighImportance
	uikit.EnableIf(ok, len(v.rows) > 0)
	v.dlg.SetButtons([]fyne.CanvasObject{widgets.NewButton(lang.L("meetingvote.cancel"), v.dlg.Hide), ok})
	for _, e := range []*widgets.Entry{v.yes, v.no} {
		e.OnEscape = v.dlg.Hide
		e.OnSave = v.submit
	}
	v.count()
	return v
}

// proposedDecision is the ja proposition offered: the drafted decision,
// named and shortened, or "det föreslagna beslutet" before it is written.
func proposedDecision(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	if text == "" {
		return lang.L("meetingvote.proposed")
	}
	const most = 60
	if utf8.RuneCountInString(text) > most {
		text = strings.TrimSpace(string([]rune(text)[:most])) + "…"
	}
	return lang.L("meetingvote.proposed_text", map[string]any{"Text": text})
}

// absenceReason says why a deciding member does not vote on § n:
// recused, not yet arrived, already gone, or absent.
func absenceReason(a model.Attendee, n int, recusals []model.Recusal) string {
	for _, r := range recusals {
		if r.MemberID == a.MemberID {
			return lang.L("meetingvote.recused")
		}
	}
	switch {
	case !a.Present:
		return lang.L("meetingvote.absent")
	case a.From != 0 && n < a.From:
		return lang.L("meetingvote.not_yet", map[string]any{"N": a.From})
	case a.To != 0 && n > a.To:
		return lang.L("meetingvote.left", map[string]any{"N": a.To})
	}
	return lang.L("meetingvote.absent")
}

// fill gives c to every taking part member who has no vote yet.
func (v *voteDialog) fill(c model.VoteChoice) {
	for _, r := range v.rows {
		if r.choice.Selected == "" {
			r.choice.SetSelected(c.Label(uikit.Language()))
		}
	}
	v.count()
}

// vote reads the form, and names the members without a vote.
func (v *voteDialog) vote() (model.Vote, []string) {
	vt := model.Vote{Yes: strings.TrimSpace(v.yes.Text), No: strings.TrimSpace(v.no.Text), CastingVote: v.casting}
	var missing []string
	labels := voteChoiceLabels()
	for _, r := range v.rows {
		i := slices.Index(labels, r.choice.Selected)
		if i < 0 {
			missing = append(missing, v.memberOf(r.id))
			continue
		}
		vt.Ballots = append(vt.Ballots, model.Ballot{MemberID: r.id, Choice: model.VoteChoices[i]})
	}
	return vt, missing
}

// count shows the votes so far and, once everyone has voted, the result.
func (v *voteDialog) count() {
	vt, missing := v.vote()
	r := vt.Count(v.mt.ChairID)
	v.tally.SetText(lang.L("meetingvote.tally", map[string]any{"Yes": r.Yes, "No": r.No, "Abstain": r.Abstain, "Missing": len(missing)}))
	if len(missing) > 0 || len(vt.Ballots) == 0 {
		v.result.SetText("")
		v.result.Hide()
	} else {
		if vt.Yes == "" || vt.No == "" { // the result names them; say what is there
			vt.Yes, vt.No = orEllipsis(vt.Yes), orEllipsis(vt.No)
		}
		v.result.SetText(r.Text(uikit.Language(), vt))
		v.result.Show()
	}
	if v.problem.Visible() && len(missing) == 0 {
		v.problem.Hide()
	}
}

func orEllipsis(s string) string {
	if s == "" {
		return "…"
	}
	return s
}

// submit hands the vote on when it is whole, and otherwise says what is
// missing; the vote's own rules are checked again when the decision is
// saved.
func (v *voteDialog) submit() {
	vt, missing := v.vote()
	if len(missing) > 0 {
		v.problem.SetText(lang.L("meetingvote.missing", map[string]any{"Names": strings.Join(missing, ", ")}))
		v.problem.Show()
		return
	}
	if err := vt.Validate(); err != nil {
		v.problem.SetText(model.ErrorMessage(err, uikit.Language()))
		v.problem.Show()
		return
	}
	v.dlg.Hide()
	v.done(vt)
}
