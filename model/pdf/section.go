package pdf

import (
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// section writes one § of the minutes: its number, the proposal's ref,
// registry number, kind and title, the recusals, the summary, the decision
// basis with the revision's fingerprint, a vote, and the decision with
// everything entered with it.
func (d *docWriter) section(in MinutesInput, it model.Item) {
	l, p := d.lang, d.pdf
	rev := in.Revisions[it.ID]
	c := rev.Content
	from := d.sectionHead(it.Number, c.Title)
	defer d.continues(from, it.Number)
	d.font("", 8.5, muted)
	meta := fieldLabel(l, "ref") + " " + c.Ref
	if c.RegistryNumber != "" {
		meta += " · " + fieldLabel(l, "registry_number") + " " + c.RegistryNumber
	}
	meta += " · " + c.Kind.Label(l)
	if area := c.AreaRef(); area != "" {
		meta += " · " + text(l, "area") + " " + area
	}
	d.para(contentX, contentW, meta)
	p.SetY(p.GetY() + 1.5)
	d.rule(contentX, pageW-marginR)
	d.recusals(in, it.Decision)

	if strings.TrimSpace(c.Summary) != "" {
		d.heading(text(l, "summary"))
		d.prose(c.Summary)
	}
	n, fp := itemRevision(it, in.Revisions)
	d.heading(text(l, "basis"))
	d.prose(text(l, "proposal_rev", c.Ref, n))
	d.fingerprint(contentX, contentW, fp)

	dec := it.Decision
	if dec == nil {
		d.heading(text(l, "decision"))
		d.font("I", 10, muted)
		d.para(contentX, contentW, text(l, "no_decision"))
		return
	}
	if dec.Vote != nil {
		d.vote(in, *dec.Vote)
	}
	d.heading(text(l, "decision") + " – " + strings.ToLower(dec.Outcome.Label(l)))
	d.decision(in, *dec)
}

// decision writes a decision: its text, the conditions, the reason for a
// return, reservations, minutes notes and who receives it. The recusals
// head the § (recusals) and a vote comes before the decision (vote).
func (d *docWriter) decision(in MinutesInput, dec model.Decision) {
	l := d.lang
	d.prose(dec.Text)
	if dec.Corrects != 0 {
		if pl, ok := in.Corrected[dec.Corrects]; ok {
			d.font("I", 9.5, muted)
			d.para(contentX, contentW, text(l, "corrects", d.meetingDate(pl.StartsAt), pl.Section))
		}
	}
	if strings.TrimSpace(dec.Conditions) != "" {
		d.heading(text(l, "conditions"))
		d.prose(dec.Conditions)
	}
	if r := dec.Return; dec.Outcome == model.OutcomeReturned || r.What != "" {
		d.heading(text(l, "return"))
		d.pair(contentX, 34, contentW, text(l, "return_what"), r.What, "")
		d.pair(contentX, 34, contentW, text(l, "return_who"), r.Who, "")
		d.pair(contentX, 34, contentW, text(l, "return_by"), date(l, r.By), "")
	}
	if len(dec.Reservations) > 0 {
		d.heading(text(l, "reservations"))
		for _, r := range dec.Reservations {
			d.statement(memberName(in.Members, r.MemberID), r.Text)
		}
	}
	if len(dec.Notes) > 0 {
		d.heading(text(l, "notes"))
		for _, n := range dec.Notes {
			who := text(l, "by_meeting")
			if n.MemberID != 0 {
				who = memberName(in.Members, n.MemberID)
			}
			d.statement(who, n.Text)
		}
	}
	if len(dec.Recipients) > 0 {
		d.heading(text(l, "recipients"))
		d.bullets(contentX, contentW, dec.Recipients)
	}
}

// statement writes what one person entered: their name, then the text.
func (d *docWriter) statement(who, s string) {
	d.ensure(12)
	d.font("I", 9.5, muted)
	d.para(d.x, d.w, who)
	d.prose(s)
	d.pdf.SetY(d.pdf.GetY() + 1.5)
}
