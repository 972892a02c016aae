package uikit

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// FormatDate writes a date as people read it: "1 mars 2027" in Swedish,
// "1 March 2027" in English.
func FormatDate(d model.Date) string { return d.Long(current) }

// FormatPeriod writes a start and end date as one period.
func FormatPeriod(start, end model.Date) string {
	switch {
	case start.IsZero() && end.IsZero():
		return ""
	case end.IsZero():
		return FormatDate(start) + " –"
	case start.IsZero():
		return "– " + FormatDate(end)
	}
	return FormatDate(start) + " – " + FormatDate(end)
}

// FormatMoney writes an amount the Swedish way, which is also how it is
// written in the English interface of a Swedish programme.
func FormatMoney(m model.Money) string { return m.Swedish() }

// StatusText names where a proposal stands, with the decision's outcome
// once it has one: "Beslutat – godkänt".
func StatusText(p model.Proposal) string {
	s := p.StatusLabel(current)
	if p.Status == model.StatusDraft && p.ReturnedAt > 0 {
		s += " (" + strings.ToLower(model.OutcomeReturned.Label(current)) + ")"
	}
	return s
}

var swedishShortMonths = []string{"jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."}
var englishShortMonths = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// FormatTime writes a moment in local time: "25 nov. 2026 14:03" in
// Swedish, "25 Nov 2026 14:03" in English.
func FormatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.Local()
	months := swedishShortMonths
	if current == model.English {
		months = englishShortMonths
	}
	return strconv.Itoa(t.Day()) + " " + months[t.Month()-1] + " " + strconv.Itoa(t.Year()) +
		" " + fmt.Sprintf("%02d:%02d", t.Hour(), t.Minute())
}
