package pdf

import (
	"slices"
	"strconv"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// followLabelW is the label column of an intervention in the follow-up
// report.
const followLabelW = 38.0

// intervention writes one approved intervention of the follow-up report:
// its ref and title, the overdue marker when it is overdue, the decision
// and registry number, status, progress, responsible and review date,
// the conditions met or not, and the latest notes.
func (d *docWriter) intervention(in FollowUpInput, e model.FollowUpEntry, today model.Date) {
	l, p := d.lang, d.pdf
	f := e.FollowUp
	d.gap(6)
	d.ensure(60)
	y := p.GetY()
	d.font("B", 11.5, ink)
	p.SetXY(marginL, y)
	p.CellFormat(indent, d.lineH(), clean(e.Proposal.Ref), "", 0, "L", false, 0, "")
	p.SetXY(contentX, y)
	p.MultiCell(contentW, d.lineH(), flow(e.Proposal.Title), "", "L", false)
	p.SetY(p.GetY() + 1)
	d.x, d.w = contentX, contentW
	defer func() { d.x, d.w = marginL, textW }()

	if why := e.OverdueOn(today); why != model.NotOverdue {
		d.overdue(d.overdueReason(e, why))
	}
	row := func(label, value string) {
		if strings.TrimSpace(value) == "" {
			value = text(l, "none")
		}
		d.pair(contentX, followLabelW, contentW, label, value, "")
	}
	row(fieldLabel(l, "registry_number"), e.Proposal.RegistryNumber)
	row(text(l, "decision"), d.decisionLine(e))
	row(text(l, "status"), f.Status.Label(l))
	d.progress(f)
	row(fieldLabel(l, "responsible"), f.Responsible)
	review := ""
	if !f.ReviewDate.IsZero() {
		review = date(l, f.ReviewDate)
	}
	row(text(l, "review_date"), review)
	if len(f.Conditions) > 0 {
		d.conditions(in, f.Conditions)
	}
	d.notes(in, f.Notes)
}

// decisionLine names the decision: its outcome, the meeting, § and day,
// and whether its minutes are signed off.
func (d *docWriter) decisionLine(e model.FollowUpEntry) string {
	l := d.lang
	s := text(l, "decision_line", e.Decision.Outcome.Label(l), e.Meeting.Title,
		text(l, "section_count", e.Section), d.meetingDate(e.Meeting.StartsAt))
	if e.SignedOffAt.IsZero() {
		s += " (" + strings.ToLower(text(l, "not_signed")) + ")"
	}
	return s
}

// overdueReason says why an overdue intervention is overdue.
func (d *docWriter) overdueReason(e model.FollowUpEntry, why model.Overdue) string {
	l := d.lang
	if why == model.OverdueReview {
		return text(l, "overdue_review", date(l, e.FollowUp.ReviewDate))
	}
	if last := e.FollowUp.LastNote(); !last.IsZero() {
		return text(l, "overdue_silent_last", model.FollowUpSilence, date(l, last))
	}
	return text(l, "overdue_silent", model.FollowUpSilence)
}

// overdue writes the overdue marker: the word in red on a pink band,
// with the reason beside it.
func (d *docWriter) overdue(reason string) {
	p := d.pdf
	d.font("B", 9.5, red)
	word := text(d.lang, "overdue")
	wordW := p.GetStringWidth(word) + 4
	d.font("", 9.5, red)
	lines := p.SplitText(clean(reason), d.w-wordW-4)
	h := float64(len(lines))*d.lineH() + 2
	d.ensure(h + 2)
	y := p.GetY()
	p.SetFillColor(pink.r, pink.g, pink.b)
	p.SetDrawColor(red.r, red.g, red.b)
	p.SetLineWidth(0.4)
	p.Rect(d.x, y, d.w, h, "FD")
	d.font("B", 9.5, red)
	p.SetXY(d.x+2, y+1)
	p.CellFormat(wordW, d.lineH(), word, "", 0, "L", false, 0, "")
	d.font("", 9.5, red)
	p.SetXY(d.x+2+wordW, y+1)
	p.MultiCell(d.w-wordW-4, d.lineH(), strings.Join(lines, "\n"), "", "L", false)
	p.SetFillColor(white.r, white.g, white.b)
	p.SetY(y + h + 2)
}

// progress writes the progress figure with a bar that shows it.
func (d *docWriter) progress(f model.FollowUp) {
	p := d.pdf
	y, page, yLabel := d.pairLabel(contentX, followLabelW, text(d.lang, "progress"))
	d.font("", 10, ink)
	figure := strconv.Itoa(f.Progress) + " %"
	p.SetXY(contentX+followLabelW, y)
	p.CellFormat(14, d.lineH(), figure, "", 1, "L", false, 0, "")
	const barW, barH = 50.0, 2.6
	x, top := contentX+followLabelW+14, y+(d.lineH()-barH)/2
	p.SetDrawColor(faint.r, faint.g, faint.b)
	p.SetLineWidth(0.25)
	p.SetFillColor(0xee, 0xf0, 0xf2)
	p.Rect(x, top, barW, barH, "FD")
	if done := barW * float64(min(max(f.Progress, 0), 100)) / 100; done > 0 {
		c := seriesColors[2]
		if f.Status == model.FollowUpCompleted {
			c = seriesColors[3]
		}
		p.SetFillColor(c.r, c.g, c.b)
		p.Rect(x, top, done, barH, "F")
	}
	p.SetFillColor(white.r, white.g, white.b)
	d.pairEnd(page, yLabel)
}

// conditions writes the conditions of an approval with conditions, each
// with whether it is met, when and by whom.
func (d *docWriter) conditions(in FollowUpInput, cs []model.FollowUpCondition) {
	l, p := d.lang, d.pdf
	y, page, yLabel := d.pairLabel(contentX, followLabelW, text(l, "conditions"))
	x, w := contentX+followLabelW, contentW-followLabelW
	p.SetY(y)
	for _, c := range cs {
		d.bullets(x, w, []string{c.Text})
		status, col := text(l, "condition_not_met"), red
		if c.Met() {
			status, col = text(l, "conditions_met", date(l, c.MetOn), memberName(in.Members, c.MetBy)), muted
		}
		d.font("I", 9, col)
		d.para(x+4, w-4, status)
		p.SetY(p.GetY() + 0.8)
	}
	d.pairEnd(page, yLabel)
}

// notes writes the latest notes, newest first, each with its day and
// author.
func (d *docWriter) notes(in FollowUpInput, ns []model.FollowUpNote) {
	l, p := d.lang, d.pdf
	if len(ns) == 0 {
		d.pair(contentX, followLabelW, contentW, text(l, "followup_notes"), text(l, "no_notes"), "I")
		return
	}
	latest := make([]model.FollowUpNote, len(ns))
	copy(latest, ns)
	// Newest first; notes of one day in the order they were written.
	for i, j := 0, len(latest)-1; i < j; i, j = i+1, j-1 {
		latest[i], latest[j] = latest[j], latest[i]
	}
	slices.SortStableFunc(latest, func(a, b model.FollowUpNote) int { return b.Date.Time().Compare(a.Date.Time()) })
	latest = latest[:min(latestNotes, len(latest))]
	d.gap(1)
	d.ensure(18)
	d.font("", 9, muted)
	d.para(contentX, contentW, text(l, "latest_notes", len(latest), len(ns)))
	p.SetY(p.GetY() + 0.5)
	for _, n := range latest {
		d.ensure(12)
		top, page := p.GetY(), p.PageNo()
		d.font("B", 8.5, muted)
		d.para(contentX+3, contentW-3, date(l, n.Date)+" · "+memberName(in.Members, n.AuthorID))
		d.font("", 10, ink)
		d.para(contentX+3, contentW-3, n.Text)
		if p.PageNo() != page {
			top = marginT
		}
		p.SetDrawColor(faint.r, faint.g, faint.b)
		p.SetLineWidth(0.6)
		p.Line(contentX, top+0.5, contentX, p.GetY()-0.5)
		p.SetY(p.GetY() + 1.5)
	}
}
