package pdf

import (
	"errors"
	"fmt"
	"io"

	"github.com/styrgrupp/styrgrupp/model"
)

// ErrNoSection is returned by Extract for a § that is not on the
// meeting's agenda.
var ErrNoSection = errors.New("pdf: no such § in the meeting")

// Extract writes an extract of the minutes (protokollsutdrag) to w: the
// front matter (the body, the meeting, its place and time and who
// decided), § section in full, and the secretary's certification
// (certification), which an extract of minutes not yet signed off lacks:
// it is marked as a draft and says it is not certified. It returns
// the manifest written into the document's keywords; a § not on the
// agenda is ErrNoSection.
func Extract(w io.Writer, in MinutesInput, section int, opts Options) (Manifest, error) {
	opts.Now = opts.now()
	it, ok := in.Meeting.Item(section)
	if !ok {
		return Manifest{}, fmt.Errorf("%w: § %d", ErrNoSection, section)
	}
	if err := checkRevisions(in, []model.Item{it}); err != nil {
		return Manifest{}, err
	}
	man := meetingManifest(KindExtract, in, []Entry{itemEntry(it, in.Revisions)}, opts)
	decisions := MeetingDecisions(in, section)
	d, err := newDoc(opts, man, &decisions)
	if err != nil {
		return Manifest{}, err
	}
	m, l := in.Meeting, d.lang
	d.meetingHeader(text(l, "extract"), m)
	sec := text(l, "section_count", section)
	title := in.Revisions[it.ID].Content.Title
	d.meta(text(l, "extract")+" "+sec+" – "+m.Title+", "+d.meetingDate(m.StartsAt),
		sec+" "+title+", "+d.body, author(in, d.body))

	d.pdf.AddPage()
	d.titleBlock(text(l, "extract"), m.Title)
	d.frontMatter(in, false)
	d.section(in, it)
	d.certification(in)
	return man, d.finish(w)
}

// certification writes the secretary's certification of an extract
// (utdragsbestyrkande). Of minutes signed off: the day they were, "Rätt
// utdraget betygar", a line to sign on, and "Utdragsbestyrkande: [the
// meeting's secretary], [the day the extract is made]". Of minutes not
// signed off there is nothing to certify, and it says so instead.
func (d *docWriter) certification(in MinutesInput) {
	l, p, m := d.lang, d.pdf, in.Meeting
	d.gap(10)
	d.ensure(45)
	d.rule(marginL, pageW-marginR)
	d.gap(5)
	if !m.SignedOff() {
		d.font("B", 10, ink)
		d.para(marginL, textW, text(l, "certification"))
		d.font("", 10, ink)
		d.para(marginL, textW, text(l, "not_certified"))
		return
	}
	d.font("", 9, muted)
	d.para(marginL, textW, text(l, "minutes_signed", d.moment(m.SignedOffAt())))
	d.gap(2)
	d.font("", 10, ink)
	d.para(marginL, textW, text(l, "certify"))
	y := p.GetY() + 14
	p.SetDrawColor(muted.r, muted.g, muted.b)
	p.SetLineWidth(0.3)
	p.Line(marginL, y, marginL+sigW-12, y)
	p.SetY(y + 1.5)
	d.font("B", 10, ink)
	d.para(marginL, textW, text(l, "certified_by", memberName(in.Members, m.SecretaryID), date(l, model.DateOf(d.made))))
}
