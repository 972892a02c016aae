package model

import "strings"

// PersonLine writes a person as the minutes' front page and the meetings
// window list them, one a line: the name, and the title after an en dash,
// "Maja Strand – processledare för En kommun fri från våld,
// Kommunledningskontoret". Without a title it is the name alone.
func PersonLine(name, title string) string {
	name, title = strings.TrimSpace(name), strings.TrimSpace(title)
	if title == "" {
		return name
	}
	return name + " – " + title
}

// SplitGuest splits a guest, whose name and title are written in one
// field, into the two: at the first en dash, or else at the first comma,
// as "Maja Strand, processledare för …" is commonly written.
func SplitGuest(s string) (name, title string) {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, " – "); i >= 0 {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(" – "):])
	}
	if i := strings.Index(s, ","); i >= 0 {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	}
	return s, ""
}

// GuestLine writes a guest as PersonLine writes a member.
func GuestLine(s string) string { return PersonLine(SplitGuest(s)) }
