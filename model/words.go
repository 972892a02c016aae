package model

// The words the window, the documents and the command line share: Swedish
// time, the names of the months, and where a proposal stands.

import (
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // Europe/Stockholm also where the system has no zoneinfo (Windows)
)

// Stockholm is Swedish time: the zone a meeting's day and the calendar
// year of its § numbers are counted in, and the documents give times in.
// The embedded tzdata makes the load succeed everywhere; the fixed CET
// zone is a last resort, and gives the same years, since New Year falls
// in winter time.
var Stockholm = func() *time.Location {
	if loc, err := time.LoadLocation("Europe/Stockholm"); err == nil {
		return loc
	}
	return time.FixedZone("CET", 3600)
}()

var monthNames = map[Language][12]string{
	Swedish: {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"},
	English: {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

// MonthName names month m in l: "oktober", "October".
func MonthName(l Language, m time.Month) string {
	names, ok := monthNames[l]
	if !ok {
		names = monthNames[English]
	}
	return names[m-1]
}

// Long writes the date as people read it, "14 oktober 2026" or
// "14 October 2026"; the zero date is "".
func (d Date) Long(l Language) string {
	if d.IsZero() {
		return ""
	}
	return strconv.Itoa(d.Day) + " " + MonthName(l, d.Month) + " " + strconv.Itoa(d.Year)
}

// StatusLabel names where a proposal stands, with the decision's outcome
// once it has one: "Beslutat – godkänt".
func (p Proposal) StatusLabel(l Language) string {
	s := p.Status.Label(l)
	if p.Status == StatusDecided && p.Outcome != "" {
		s += " – " + strings.ToLower(p.Outcome.Label(l))
	}
	return s
}
