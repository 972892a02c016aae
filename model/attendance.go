package model

import (
	"fmt"
	"slices"
)

// PresentAt tells whether the attendee is present for § n: present at the
// meeting, and arrived by n (From) and not yet gone (To). n 0 asks about
// the meeting as a whole.
func (a Attendee) PresentAt(n int) bool {
	if !a.Present {
		return false
	}
	if n == 0 {
		return true
	}
	return (a.From == 0 || n >= a.From) && (a.To == 0 || n <= a.To)
}

// PartTime tells whether the attendee was present for only some of the
// meeting's §§ (arrived late or left early).
func (a Attendee) PartTime() bool { return a.Present && (a.From != 0 || a.To != 0) }

// DecidingAt tells whether the member takes part in the decisions
// (beslutande) and is present for § n.
func (m Meeting) DecidingAt(memberID int64, n int) bool {
	if memberID == 0 {
		return false
	}
	for _, a := range m.Attendees {
		if a.MemberID == memberID && a.Decides && a.PresentAt(n) {
			return true
		}
	}
	return false
}

// Participants returns the deciding members who take part in § n: present
// for it and not recused (jäv), in the attendance list's order. They are
// those who count towards the quorum and who vote.
func (m Meeting) Participants(n int, recusals []Recusal) []int64 {
	var out []int64
	for _, a := range m.Attendees {
		if a.MemberID == 0 || !a.Decides || !a.PresentAt(n) {
			continue
		}
		if slices.ContainsFunc(recusals, func(r Recusal) bool { return r.MemberID == a.MemberID }) {
			continue
		}
		out = append(out, a.MemberID)
	}
	return out
}

// DecidingMembers is the number of the meeting's deciding members
// (ordinarie beslutande), present or not: the number a quorum rule takes
// its share of.
func (m Meeting) DecidingMembers() int {
	n := 0
	for _, a := range m.Attendees {
		if a.MemberID != 0 && a.Decides {
			n++
		}
	}
	return n
}

// checkAttendance refuses an arrival after a departure and, once the
// agenda has §§, an arrival or departure at a § the meeting does not
// have.
func (m Meeting) checkAttendance() Errors {
	var errs Errors
	first, last := m.SectionRange()
	for _, a := range m.Attendees {
		if !a.Present {
			continue
		}
		if a.From != 0 && a.To != 0 && a.From > a.To {
			errs = append(errs, FieldError("attendees", "attendance_leaves_before_arriving", a.From, a.To))
			continue
		}
		for _, n := range []int{a.From, a.To} {
			if n != 0 && last != 0 && (n < first || n > last) {
				errs = append(errs, FieldError("attendees", "attendance_section_unknown", n, first, last))
			}
		}
	}
	return errs
}

// PartTimeLabel is how the minutes mark an attendee present for only some
// §§: "(§ 11–12)", "(§ 12)"; "" for one present throughout or absent.
func (m Meeting) PartTimeLabel(a Attendee) string {
	if !a.PartTime() {
		return ""
	}
	first, last := m.SectionRange()
	from, to := a.From, a.To
	if from == 0 {
		from = first
	}
	if to == 0 {
		to = last
	}
	if from == to {
		return fmt.Sprintf("(§ %d)", from)
	}
	return fmt.Sprintf("(§ %d–%d)", from, to)
}
