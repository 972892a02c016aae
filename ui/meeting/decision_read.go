package meeting

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// Reading meeting mode's decision form into a model.Decision, showing its
// faults beside the fields, and writing a decision for reading.

// decision reads the form. Faults the model cannot see (no outcome, a date
// that does not parse, a row without a member) come back as messages by
// field; the decision's own rules are checked by Validate.
func (p *decisionPanel) decision() (model.Decision, map[string][]string) {
	msgs := map[string][]string{}
	d := model.Decision{Outcome: p.outcome, Text: strings.TrimSpace(p.text.Text), Recipients: uikit.Lines(p.recipients.Text),
		Vote: p.vote.vote}
	if p.outcome == "" {
		msgs["outcome"] = append(msgs["outcome"], lang.L("meetingmode.choose_outcome"))
	}
	if p.outcome == model.OutcomeApprovedConditions {
		d.Conditions = strings.TrimSpace(p.conditions.Text)
	}
	if p.outcome == model.OutcomeReturned {
		d.Return.What, d.Return.Who = strings.TrimSpace(p.returnWhat.Text), strings.TrimSpace(p.returnWho.Text)
		by, err := uikit.ParseDate("return_by", p.returnBy.Text)
		if err != nil {
			msgs["return_by"] = append(msgs["return_by"], model.ErrorMessage(err, uikit.Language()))
		}
		d.Return.By = by
	}
	rows := map[string]*memberRows{"reservations": p.reservations, "notes": p.notes, "recusals": p.recusals}
	for field, r := range rows {
		items, missing := r.read()
		if missing {
			msgs[field] = append(msgs[field], lang.L("meetingmode.member_required"))
		}
		for _, it := range items {
			switch field {
			case "reservations":
				d.Reservations = append(d.Reservations, model.Reservation{MemberID: it.MemberID, Text: it.Text})
			case "notes":
				d.Notes = append(d.Notes, model.MinutesNote{MemberID: it.MemberID, Text: it.Text})
			case "recusals":
				d.Recusals = append(d.Recusals, model.Recusal{MemberID: it.MemberID, Reason: it.Text})
			}
		}
	}
	return d, msgs
}

// addErrors adds the messages of err, a model.Error or model.Errors, to
// msgs by field; a message about the outcome is left out when one is
// there already.
func addErrors(msgs map[string][]string, err error) {
	list := model.ErrorList(err)
	for _, e := range list {
		if e.Field == "outcome" && len(msgs["outcome"]) > 0 {
			continue
		}
		msgs[e.Field] = append(msgs[e.Field], e.Message(uikit.Language()))
	}
}

// showErrors puts each message beside its field, or above the Spara
// button when it names none, and opens the folded section at fault.
func (p *decisionPanel) showErrors(msgs map[string][]string) {
	p.clearErrors()
	var general []string
	for field, texts := range msgs {
		l, ok := p.errs[field]
		if !ok {
			general = append(general, texts...)
			continue
		}
		l.SetText(strings.Join(texts, "\n"))
		l.Show()
		for i, f := range []string{"reservations", "notes", "recusals", "recipients"} {
			if f == field {
				p.extras.Open(i)
			}
		}
	}
	if len(general) == 0 && len(msgs) > 0 {
		general = []string{lang.L("meetingmode.fix_errors")}
	}
	p.general.SetText(strings.Join(general, "\n"))
	uikit.ShowIf(p.general, len(general) > 0)
	for _, f := range []string{"text", "conditions", "return_by", "return", "reservations", "notes", "recusals", "recipients"} {
		if len(msgs[f]) > 0 {
			p.scrollTo(f)
			break
		}
	}
}

// scrollTo scrolls the form so that the message under field shows, with
// the field above it. The message's place is summed along the containers
// that hold it: one never shown has no place on the canvas to ask for.
func (p *decisionPanel) scrollTo(field string) {
	p.scroll.Content.Refresh() // lay out the messages just shown
	p.scroll.Refresh()
	chain := []fyne.CanvasObject{p.form}
	switch field {
	case "conditions":
		chain = append(chain, p.conditionsBox)
	case "return", "return_by":
		chain = append(chain, p.returnBox)
	case "reservations", "notes", "recusals", "recipients":
		i := slices.Index([]string{"reservations", "notes", "recusals", "recipients"}, field)
		chain = append(chain, p.extras, p.extras.Items[i].Detail)
	}
	o := p.errs[field]
	var y float32
	for _, c := range append(chain, o) {
		y += c.Position().Y
	}
	// A third down the view: the field shows above it, and the message has
	// room to wrap while the message over Spara takes its place.
	view := p.scroll.Size().Height
	p.scroll.Offset.Y = max(0, min(y-view/3, p.scroll.Content.MinSize().Height-view))
	p.scroll.Refresh()
}

func (p *decisionPanel) hideError(field string) {
	if l, ok := p.errs[field]; ok {
		l.SetText("")
		l.Hide()
	}
}

func (p *decisionPanel) clearErrors() {
	for f := range p.errs {
		p.hideError(f)
	}
	p.general.SetText("")
	p.general.Hide()
}

// segments writes a decision for reading: the outcome, its text,
// conditions, the reason for a return, and who reserved, noted, was
// recused and receives it.
func (p *decisionPanel) segments(d *model.Decision) []widget.RichTextSegment {
	para := func(s string) widget.RichTextSegment {
		return &widget.TextSegment{Text: s, Style: widget.RichTextStyleParagraph}
	}
	if d == nil {
		return []widget.RichTextSegment{para(lang.L("meetingmode.undecided"))}
	}
	segs := []widget.RichTextSegment{para(d.Text)}
	heading := widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}, ColorName: theme.ColorNameForeground,
		SizeName: theme.SizeNameText} // a line of its own, unlike RichTextStyleStrong
	field := func(key, value string) {
		if strings.TrimSpace(value) != "" {
			segs = append(segs, &widget.TextSegment{Text: lang.L(key), Style: heading}, para(value))
		}
	}
	named := func(id int64, text string) string {
		if text == "" {
			return "– " + p.memberName(id)
		}
		return "– " + p.memberName(id) + ": " + text
	}
	field("meetingmode.conditions", d.Conditions)
	if d.Vote != nil {
		field("meetingvote.heading", voteText(*d.Vote, p.host.meeting.ChairID, p.memberName))
	}
	if d.Outcome == model.OutcomeReturned {
		field("meetingmode.return_what", d.Return.What)
		field("meetingmode.return_who", d.Return.Who)
		field("meetingmode.return_by", uikit.FormatDate(d.Return.By))
	}
	var res, notes, recs []string
	for _, r := range d.Reservations {
		res = append(res, named(r.MemberID, r.Text))
	}
	for _, n := range d.Notes {
		notes = append(notes, named(n.MemberID, n.Text))
	}
	for _, r := range d.Recusals {
		recs = append(recs, named(r.MemberID, r.Reason))
	}
	field("meetingmode.reservations_heading", strings.Join(res, "\n"))
	field("meetingmode.notes_heading", strings.Join(notes, "\n"))
	field("meetingmode.recusals_heading", strings.Join(recs, "\n"))
	field("meetingmode.recipients_heading", strings.Join(d.Recipients, "\n"))
	return segs
}
