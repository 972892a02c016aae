package model

import "time"

// SignOffDays is how many days after a meeting its minutes are to be
// signed off (justeras) at the latest, as kommunallagen (2017:725) 5 kap.
// 69 § asks of a municipal body's minutes.
const SignOffDays = 14

// HeldOn is the day the meeting was held, in Swedish time; the zero Date
// for a meeting without a time.
func (m Meeting) HeldOn() Date {
	if m.StartsAt.IsZero() {
		return Date{}
	}
	return SwedishDay(m.StartsAt)
}

// SignOffDeadline is the last day the minutes are to be signed off:
// SignOffDays after the day the meeting was held; the zero Date for a
// meeting without a time.
func (m Meeting) SignOffDeadline() Date { return SignOffDeadlineOf(m.HeldOn()) }

// SignOffDeadlineOf is the last day the minutes of a meeting held on
// held are to be signed off: SignOffDays later; the zero Date for the
// zero Date.
func SignOffDeadlineOf(held Date) Date {
	if held.IsZero() {
		return held
	}
	return DateOf(held.Time().AddDate(0, 0, SignOffDays))
}

// SignOffOverdue tells whether at now the meeting's minutes should have
// been signed off and are not: SignOffDays have passed since the day it
// was held (now is on or after SignOffDeadline, in Swedish time) and
// either the chair or the adjuster has not signed off. A meeting with
// nothing on its agenda has no minutes to sign off and is never overdue.
func (m Meeting) SignOffOverdue(now time.Time) bool {
	deadline := m.SignOffDeadline()
	if deadline.IsZero() || m.SignedOff() || !m.HasAgenda() {
		return false
	}
	return !SwedishDay(now).Before(deadline)
}

// OverdueSignOffs returns the meetings in ms whose minutes are overdue at
// now (Meeting.SignOffOverdue), in the order given.
func OverdueSignOffs(ms []Meeting, now time.Time) []Meeting {
	var out []Meeting
	for _, m := range ms {
		if m.SignOffOverdue(now) {
			out = append(out, m)
		}
	}
	return out
}

// SignedOffAt is when the minutes were signed off: the time of the later
// of the chair's and the adjuster's sign-offs, which completed it; the
// zero time while the meeting is not signed off. The frozen minutes hold
// the sign-offs, so this is read from them as from the meeting.
func (m Meeting) SignedOffAt() time.Time {
	if !m.SignedOff() {
		return time.Time{}
	}
	var at time.Time
	for _, s := range m.SignOffs {
		if s.SignedAt.After(at) {
			at = s.SignedAt
		}
	}
	return at
}
