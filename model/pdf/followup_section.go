package pdf

import (
	"strconv"

	"github.com/styrgrupp/styrgrupp/model"
)

// followUpItemLabels are the words of the § "Uppföljning av beslut"; they join
// labels when the package starts.
var followUpItemLabels = map[model.Language]map[string]string{
	model.Swedish: {
		"followup_item":       "Uppföljning av beslut",
		"followup_item_intro": "Uppföljningar med granskningsdatum sedan föregående sammanträde, och de som är försenade:",
		"followup_item_none":  "Inga uppföljningar att rapportera.",
		"followup_review":     "granskas %s",
		"followup_late":       "granskningsdatum passerat",
		"followup_silent":     "ingen anteckning på %d månader",
		"followup_percent":    "%d %% klart",
		"followup_note":       "Senaste anteckning %s",
	},
	model.English: {
		"followup_item":       "Follow-up of decisions",
		"followup_item_intro": "Follow-ups with a review date since the previous meeting, and those overdue:",
		"followup_item_none":  "No follow-ups to report.",
		"followup_review":     "review %s",
		"followup_late":       "review date passed",
		"followup_silent":     "no note for %d months",
		"followup_percent":    "%d %% done",
		"followup_note":       "Latest note %s",
	},
}

func init() { addLabels(followUpItemLabels) }

// followUpSection writes the § of the item "Uppföljning av beslut": each
// follow-up it reports (in.FollowUps) with its ref, registry number,
// title, status, progress, review date and latest note, or a line saying
// there is nothing to report.
func (d *docWriter) followUpSection(in MinutesInput) {
	l, n := d.lang, in.Meeting.FollowUpSection
	from := d.sectionHead(n, text(l, "followup_item"))
	defer d.continues(from, n)
	d.pdf.SetY(d.pdf.GetY() + 1.5)
	d.rule(contentX, pageW-marginR)
	if len(in.FollowUps) == 0 {
		d.gap(3)
		d.font("I", 10, muted)
		d.para(contentX, contentW, text(l, "followup_item_none"))
		return
	}
	d.gap(3)
	d.prose(text(l, "followup_item_intro"))
	for _, f := range in.FollowUps {
		d.gap(2.5)
		d.ensure(18)
		d.font("B", 10, ink)
		d.para(contentX, contentW, f.Ref+"  "+f.Title)
		meta := ""
		add := func(s string) {
			if meta != "" {
				meta += " · "
			}
			meta += s
		}
		if f.RegistryNumber != "" {
			add(fieldLabel(l, "registry_number") + " " + f.RegistryNumber)
		}
		add(f.Status.Label(l))
		if f.Status == model.FollowUpInProgress || f.Progress != 0 {
			add(text(l, "followup_percent", f.Progress))
		}
		if !f.ReviewDate.IsZero() {
			add(text(l, "followup_review", date(l, f.ReviewDate)))
		}
		switch f.Overdue {
		case model.OverdueReview:
			add(text(l, "followup_late"))
		case model.OverdueNoNotes:
			add(text(l, "followup_silent", model.FollowUpSilence))
		}
		d.font("", 9, muted)
		d.para(contentX, contentW, meta)
		if f.Note != "" {
			d.font("I", 9, muted)
			d.para(contentX, contentW, text(l, "followup_note", date(l, f.NoteDate)))
			d.prose(f.Note)
		}
	}
}

// sectionHead writes a §'s number and title, on a new page unless there
// is room for its first lines, and returns the page it begins on.
func (d *docWriter) sectionHead(number int, title string) int {
	p := d.pdf
	d.gap(9)
	d.ensure(55)
	y := p.GetY()
	d.font("B", 13, ink)
	// "§" and its number apart, with more than a space between them:
	// pdftotext (poppler) runs "§ 1" together on a short line.
	base := y + d.lineH()*0.72
	p.Text(marginL, base, "§")
	p.Text(marginL+p.GetStringWidth("§")+2, base, strconv.Itoa(number))
	p.SetXY(contentX, y)
	p.MultiCell(contentW, d.lineH(), flow(title), "", "L", false)
	return p.PageNo()
}

// continues marks the pages after from that the current page ends as
// pages § number runs on to.
func (d *docWriter) continues(from, number int) {
	for page := from + 1; page <= d.pdf.PageNo(); page++ {
		d.continued[page] = number
	}
}
