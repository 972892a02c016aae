package meeting

import (
	"encoding/json"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// votePart is the decision panel's line about the vote: "Omröstning …"
// before one is taken, then its result with Ändra and Ta bort. The vote
// belongs to the decision drafted in the panel and is saved with it
// (RecordDecision), never on its own.
type votePart struct {
	p       *decisionPanel
	vote    *model.Vote
	summary *widget.Label
	open    *widget.Button
	change  *widget.Button
	remove  *widget.Button
	content fyne.CanvasObject
	dialog  *voteDialog // while it is open
}

func newVotePart(p *decisionPanel) *votePart {
	v := &votePart{p: p}
	v.summary = widget.NewLabel("")
	v.summary.Wrapping = fyne.TextWrapWord
	v.open = widget.NewButtonWithIcon(lang.L("meetingvote.open"), theme.ListIcon(), v.openDialog)
	v.change = widget.NewButtonWithIcon(lang.L("meetingvote.change"), theme.DocumentCreateIcon(), v.openDialog)
	v.remove = widget.NewButtonWithIcon(lang.L("meetingvote.remove"), theme.DeleteIcon(), func() { v.set(nil); p.edited("vote") })
	p.errs["vote"] = uikit.ErrorLabel()
	v.content = container.NewVBox(v.summary, container.NewHBox(v.open, v.change, v.remove), p.errs["vote"])
	v.set(nil)
	return v
}

// set shows vote (nil for none); the panel keeps a copy of its own.
func (v *votePart) set(vote *model.Vote) {
	v.vote = nil
	if vote != nil {
		c := *vote
		c.Ballots = append([]model.Ballot(nil), vote.Ballots...)
		v.vote = &c
	}
	v.show()
}

// show names the result, and offers what can be done with the vote.
func (v *votePart) show() {
	has := v.vote != nil
	if has {
		r := v.vote.Count(v.p.host.meeting.ChairID)
		v.summary.SetText(lang.L("meetingvote.summary", map[string]any{"Result": r.Text(uikit.Language(), *v.vote)}))
	}
	uikit.ShowIf(v.summary, has)
	uikit.ShowIf(v.open, !has)
	uikit.ShowIf(v.change, has)
	uikit.ShowIf(v.remove, has)
	for _, b := range []*widget.Button{v.open, v.change, v.remove} {
		uikit.EnableIf(b, !v.p.readOnly)
	}
}

// state is the vote as one string, to tell a change.
func (v *votePart) state() string {
	if v.vote == nil {
		return ""
	}
	b, _ := json.Marshal(v.vote)
	return string(b)
}

// openDialog opens Omröstning on the item shown, with the members taking
// part as the panel's recusals have them now and the group's rule for a
// tie.
func (v *votePart) openDialog() {
	m := v.p.host
	if v.p.readOnly || m.ask != nil || m.current < 0 || m.current >= len(m.meeting.Items) {
		return
	}
	it := m.meeting.Items[m.current]
	v.dialog = newVoteDialog(m.win, m.meeting, it.Number, v.p.currentRecusals(), v.vote, v.p.text.Text,
		v.p.rules.CastingVote, m.memberName, func(vt model.Vote) {
			v.set(&vt)
			v.p.edited("vote")
		})
	m.ask = v.dialog.dlg
	uikit.DialogKeys(v.dialog.dlg, m.win.Canvas(), v.dialog.submit, func() { m.ask, v.dialog = nil, nil })
	v.dialog.dlg.Resize(fyne.NewSize(min(1040, m.win.Canvas().Size().Width-40), v.dialog.dlg.MinSize().Height))
	v.dialog.dlg.Show()
}

// currentRecusals are the recusals the form holds now, saved or not;
// rows without a member are left out.
func (p *decisionPanel) currentRecusals() []model.Recusal {
	items, _ := p.recusals.read()
	var out []model.Recusal
	for _, it := range items {
		if it.MemberID != 0 {
			out = append(out, model.Recusal{MemberID: it.MemberID, Reason: it.Text})
		}
	}
	return out
}

// typedRune opens Omröstning on V and Närvaro on N, when the panel may be
// changed and no question is open.
func (p *decisionPanel) typedRune(r rune) {
	if p.readOnly || p.host.ask != nil || p.host.entryFocused() || p.host.onFollowUp() {
		return
	}
	switch r {
	case 'v', 'V':
		p.vote.openDialog()
	case 'n', 'N':
		p.quorum.openAttendance()
	}
}

// voteText writes a vote for reading: the propositions, each member's
// vote and the result.
func voteText(v model.Vote, chairID int64, name func(int64) string) string {
	l := uikit.Language()
	lines := []string{
		lang.L("meetingvote.yes_is", map[string]any{"Text": v.Yes}),
		lang.L("meetingvote.no_is", map[string]any{"Text": v.No}),
	}
	for _, b := range v.Ballots {
		lines = append(lines, "– "+name(b.MemberID)+": "+b.Choice.Label(l))
	}
	lines = append(lines, v.Count(chairID).Text(l, v))
	return strings.Join(lines, "\n")
}
