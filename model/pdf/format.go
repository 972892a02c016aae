package pdf

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/styrgrupp/styrgrupp/model"
)

// date writes a date as people read it: "14 oktober 2026", "14 October
// 2026".
func date(l model.Language, d model.Date) string {
	return d.Long(l)
}

// clock writes a time of day: "13.00" in Swedish, "13:00" in English.
func clock(l model.Language, t time.Time) string {
	if l == model.English {
		return t.Format("15:04")
	}
	return t.Format("15.04")
}

// moment writes a date and time: "21 oktober 2026 kl. 09.30".
func (d *docWriter) moment(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.In(d.loc)
	return text(d.lang, "date_time", date(d.lang, model.DateOf(t)), clock(d.lang, t))
}

// meetingTime writes when a meeting was held: "14 oktober 2026
// kl. 13.00–15.30".
func (d *docWriter) meetingTime(m model.Meeting) string {
	if m.StartsAt.IsZero() {
		return ""
	}
	start := m.StartsAt.In(d.loc)
	span := clock(d.lang, start)
	if !m.EndsAt.IsZero() {
		span += "–" + clock(d.lang, m.EndsAt.In(d.loc))
	}
	return text(d.lang, "date_time", date(d.lang, model.DateOf(start)), span)
}

// meetingDate writes the day of a meeting: "14 oktober 2026".
func (d *docWriter) meetingDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return date(d.lang, model.DateOf(t.In(d.loc)))
}

// sectionRange writes the range of § of a meeting: "§§ 12–17", "§ 12".
func sectionRange(l model.Language, m model.Meeting) string {
	first, last := m.SectionRange()
	switch {
	case len(m.Items) == 0:
		return text(l, "none")
	case first == last:
		return text(l, "section_count", first)
	}
	return text(l, "section_range", first, last)
}

// fingerprintLines breaks a fingerprint into lines of eight groups of four
// hex digits, so that its 64 digits fit the column and can be read out.
func fingerprintLines(fp string) []string {
	var lines, groups []string
	for len(fp) > 0 {
		n := min(4, len(fp))
		groups = append(groups, fp[:n])
		fp = fp[n:]
		if len(groups) == 8 {
			lines = append(lines, strings.Join(groups, " "))
			groups = nil
		}
	}
	if len(groups) > 0 {
		lines = append(lines, strings.Join(groups, " "))
	}
	return lines
}

// period writes a start and end date as one period.
func period(l model.Language, start, end model.Date) string {
	switch {
	case start.IsZero() && end.IsZero():
		return ""
	case end.IsZero():
		return date(l, start) + " –"
	case start.IsZero():
		return "– " + date(l, end)
	}
	return date(l, start) + " – " + date(l, end)
}

// lowerFirst lowers the first letter of a title for the middle of a
// Swedish sentence ("Socialchef" → "socialchef"), but not an acronym
// ("HR-chef").
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	if next, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
