package pdf

import (
	"io"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// Minutes writes the minutes (protokoll) of in.Meeting to w as PDF: a
// front page with the meeting's place and time, who took part, the sign-off
// and the signatures, then every § in order, the item "Uppföljning av
// beslut" last. Minutes whose meeting is not
// signed off are marked as a draft on every page. It returns the manifest
// written into the document's keywords.
func Minutes(w io.Writer, in MinutesInput, opts Options) (Manifest, error) {
	opts.Now = opts.now()
	items := sortedItems(in.Meeting)
	if err := checkRevisions(in, items); err != nil {
		return Manifest{}, err
	}
	entries := make([]Entry, len(items))
	for i, it := range items {
		entries[i] = itemEntry(it, in.Revisions)
	}
	man := meetingManifest(KindMinutes, in, entries, opts)
	decisions := MeetingDecisions(in, 0)
	d, err := newDoc(opts, man, &decisions)
	if err != nil {
		return Manifest{}, err
	}
	m, l := in.Meeting, d.lang
	d.meetingHeader(text(l, "minutes"), m)
	d.initials = true
	d.meta(text(l, "minutes")+" – "+m.Title+", "+d.meetingDate(m.StartsAt),
		text(l, "minutes")+" "+sectionRange(l, m)+", "+d.body, author(in, d.body))

	d.pdf.AddPage()
	d.titleBlock(text(l, "minutes"), m.Title)
	d.frontMatter(in, true)
	d.signatures(in)
	if len(items) > 0 || m.FollowUpSection != 0 {
		d.pdf.AddPage()
	}
	for _, it := range items {
		d.section(in, it)
	}
	if m.FollowUpSection != 0 {
		d.followUpSection(in)
	}
	return man, d.finish(w)
}

// meetingHeader sets the running header of a meeting's document.
func (d *docWriter) meetingHeader(title string, m model.Meeting) {
	d.title = clean(title)
	d.subLeft = clean(m.Title)
	d.subRight = clean(text(d.lang, "meeting_date", d.meetingDate(m.StartsAt)))
	d.draft = !m.SignedOff()
}

// titleBlock writes a document's title and the line under it.
func (d *docWriter) titleBlock(title, sub string) {
	d.font("B", 22, ink)
	d.para(marginL, textW, title)
	d.font("", 13, muted)
	d.para(marginL, textW, sub)
	d.gap(7)
}

// frontMatter writes the meeting's place and time and who took part; with
// full, also the absent, the adjuster, the place and day planned for the
// sign-off, the day it was completed (Meeting.SignedOffAt, read from the
// frozen sign-offs) and the range of §.
func (d *docWriter) frontMatter(in MinutesInput, full bool) {
	m, l := in.Meeting, d.lang
	field := func(label, value string) {
		if value == "" {
			value = text(l, "none")
		}
		d.pair(marginL, labelW, textW, label, value, "")
	}
	field(text(l, "place_time"), m.Place+"\n"+d.meetingTime(m))
	deciding, others, absent := d.attendance(in)
	d.people(text(l, "deciding"), deciding)
	d.people(text(l, "others_present"), others)
	if !full {
		return
	}
	if absent != "" {
		d.people(text(l, "absent"), absent)
	}
	field(text(l, "adjuster_appointed"), memberName(in.Members, m.AdjusterID))
	signOff := m.SignOffPlace
	if !m.SignOffDate.IsZero() {
		if signOff != "" {
			signOff += ", "
		}
		signOff += date(l, m.SignOffDate)
	}
	if signOff == "" && m.SignedOff() {
		// No place and day were planned: the day of the last sign-off.
		signOff = date(l, model.DateOf(m.SignedOffAt().In(d.loc)))
	}
	field(text(l, "signoff_place_time"), signOff)
	if at := m.SignedOffAt(); !at.IsZero() {
		field(text(l, "signed_off"), date(l, model.DateOf(at.In(d.loc))))
	}
	field(text(l, "sections"), sectionRange(l, m))
	if j := in.Justering; j != nil {
		field(text(l, "justering"), justeringLine(l, *j, d.meetingDate(j.SentAt)))
	}
	if in.Record != nil {
		d.pair(marginL, labelW, textW, text(l, "minutes_fingerprint"), strings.Join(fingerprintLines(in.Record.Fingerprint), "\n"), "")
	}
}

// attendance lists, a person a line (model.PersonLine), the members
// deciding, the others present (members who do not decide, and guests,
// whose title is written after their name) and those absent.
func (d *docWriter) attendance(in MinutesInput) (deciding, others, absent string) {
	m := in.Meeting
	add := func(s *string, line string) {
		if *s != "" {
			*s += "\n"
		}
		*s += line
	}
	for _, a := range m.Attendees {
		line := model.GuestLine(a.Name)
		if a.MemberID != 0 {
			line = d.person(in, a.MemberID)
		}
		if part := m.PartTimeLabel(a); part != "" {
			line += " " + part
		}
		switch {
		case !a.Present:
			add(&absent, line)
		case a.Decides:
			add(&deciding, line)
		default:
			add(&others, line)
		}
	}
	return deciding, others, absent
}

// person writes a member as the front page lists them: "Anna Lindqvist –
// kommundirektör (ordförande)".
func (d *docWriter) person(in MinutesInput, id int64) string {
	m := in.Meeting
	s := memberName(in.Members, id)
	if t := in.Members[id].Title; t != "" {
		if d.lang == model.Swedish {
			t = lowerFirst(t)
		}
		s = model.PersonLine(s, t)
	}
	for _, r := range []struct {
		id   int64
		role model.Role
	}{{m.ChairID, model.RoleChair}, {m.SecretaryID, model.RoleSecretary}, {m.AdjusterID, model.RoleAdjuster}} {
		if r.id == id {
			s += " (" + lowerFirst(r.role.Label(d.lang)) + ")"
		}
	}
	return s
}

// justeringLine tells of the justering round: when the draft was sent,
// how many notes were left and whether all are answered.
func justeringLine(l model.Language, j model.JusteringSummary, sent string) string {
	notes := text(l, "justering_many", j.Notes)
	switch {
	case j.Notes == 0:
		return text(l, "justering_line", sent, text(l, "justering_none"))
	case j.Notes == 1:
		notes = text(l, "justering_one")
	}
	if j.Open > 0 {
		notes = text(l, "justering_open", notes, j.Open)
	} else {
		notes = text(l, "justering_answered", notes)
	}
	return text(l, "justering_line", sent, notes)
}
