package pdf

import (
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// decisions writes the decisions taken on the proposal so far, each with
// where it was taken, its outcome and text, and which revision it was
// taken on.
func (d *docWriter) decisions(in BasisInput) {
	l := d.lang
	d.heading(text(l, "decisions"))
	if len(in.Decisions) == 0 {
		d.font("I", 10, muted)
		d.para(d.x, d.w, text(l, "no_decisions"))
		return
	}
	for i, dec := range in.Decisions {
		if i > 0 {
			d.gap(2.5)
		}
		d.ensure(22)
		head := dec.Outcome.Label(l)
		if pl, ok := in.Placements[dec.ItemID]; ok {
			head = text(l, "decided_at", d.meetingDate(pl.StartsAt), pl.Section) + " – " + head
			if !pl.SignedOff {
				head += " (" + strings.ToLower(text(l, "not_signed")) + ")"
			}
		}
		d.font("B", 10, ink)
		d.para(d.x, d.w, head)
		d.prose(dec.Text)
		if strings.TrimSpace(dec.Conditions) != "" {
			d.font("I", 9.5, muted)
			d.para(d.x, d.w, text(l, "conditions"))
			d.prose(dec.Conditions)
		}
		if r := dec.Return; r.What != "" || r.Who != "" || !r.By.IsZero() {
			d.font("I", 9.5, muted)
			d.para(d.x, d.w, text(l, "return"))
			d.pair(d.x, labelW, d.w, text(l, "return_what"), r.What, "")
			d.pair(d.x, labelW, d.w, text(l, "return_who"), r.Who, "")
			d.pair(d.x, labelW, d.w, text(l, "return_by"), date(l, r.By), "")
		}
		d.pdf.SetY(d.pdf.GetY() + 1)
		d.font("", 8.5, muted)
		if dec.Revision == in.Revision.Number && dec.Fingerprint == in.Revision.Fingerprint {
			d.para(d.x, d.w, text(l, "same_rev"))
			continue
		}
		d.para(d.x, d.w, text(l, "decided_on_rev", dec.Revision))
		d.font("", 9.5, ink)
		d.para(d.x, d.w, strings.Join(fingerprintLines(dec.Fingerprint), "\n"))
	}
}

// comments writes the proposal's comments in threads: each answer under
// the comment it answers, indented, oldest first.
func (d *docWriter) comments(in BasisInput) {
	l := d.lang
	d.heading(text(l, "comments"))
	if len(in.Comments) == 0 {
		d.font("I", 10, muted)
		d.para(d.x, d.w, text(l, "no_comments"))
		return
	}
	ids := map[int64]bool{}
	for _, c := range in.Comments {
		ids[c.ID] = true
	}
	answers := map[int64][]model.Comment{}
	var roots []model.Comment
	for _, c := range in.Comments {
		if c.ParentID != 0 && ids[c.ParentID] && c.ParentID != c.ID {
			answers[c.ParentID] = append(answers[c.ParentID], c)
		} else {
			roots = append(roots, c)
		}
	}
	seen := map[int64]bool{}
	var walk func(c model.Comment, depth int)
	walk = func(c model.Comment, depth int) {
		if seen[c.ID] { // a loop in broken data
			return
		}
		seen[c.ID] = true
		d.comment(c, in.Members, min(depth, 4))
		for _, a := range answers[c.ID] {
			walk(a, depth+1)
		}
	}
	for _, c := range roots {
		walk(c, 0)
	}
}

// comment writes one comment at depth: its author, time and whether it is
// resolved, then its text.
func (d *docWriter) comment(c model.Comment, members map[int64]model.Member, depth int) {
	l := d.lang
	x := d.x + float64(depth)*8
	w := d.w - float64(depth)*8
	d.gap(2.5)
	d.ensure(16)
	meta := memberName(members, c.AuthorID) + " · " + d.moment(c.CreatedAt)
	if c.Edited() && !c.Deleted() {
		meta += " · " + text(l, "comment_edited", d.moment(c.EditedAt))
	}
	if c.Resolved {
		meta += " · " + text(l, "resolved")
	}
	y, page := d.pdf.GetY(), d.pdf.PageNo()
	d.font("B", 8.5, muted)
	d.para(x+3, w-3, meta)
	body := c.Body
	d.font("", 10, ink)
	if c.Deleted() {
		body = text(l, "comment_deleted")
		d.font("I", 10, muted)
	}
	d.para(x+3, w-3, body)
	// A bar beside the comment; on the page it ends on, when it is
	// broken across two.
	if d.pdf.PageNo() != page {
		y = marginT
	}
	d.pdf.SetDrawColor(faint.r, faint.g, faint.b)
	d.pdf.SetLineWidth(0.6)
	d.pdf.Line(x, y+0.5, x, d.pdf.GetY()-0.5)
}
