package model

import (
	"strings"
	"time"
)

// The rules of a meeting's time and of what its minutes need (DESIGN.md
// §3): a decision is recorded from the meeting's start, never before; the
// minutes are signed off after its end; the time it was held is fixed once
// decisions are recorded; and a decision needs the chair, the secretary
// and the adjuster who will sign the minutes. The store calls these inside
// its transactions with the time of its clock (Now), and the window asks
// them before it offers the move, so each rule lives here only.

// CheckDecisionTime refuses a decision recorded at now, before the
// meeting has started (decision_before_start). Before the start a
// secretary may prepare the texts, but they are not decisions yet.
func (m Meeting) CheckDecisionTime(now time.Time) error {
	if now.Before(m.StartsAt) {
		return Errorf(EState, "decision_before_start", Moment(m.StartsAt))
	}
	return nil
}

// SignOffFrom is the earliest time the minutes can be signed off: the
// meeting's end, or its start when no end is known.
func (m Meeting) SignOffFrom() time.Time {
	if !m.EndsAt.IsZero() {
		return m.EndsAt
	}
	return m.StartsAt
}

// CheckSignOffTime refuses a sign-off at at before the meeting has ended
// (signoff_before_end): the minutes cannot be confirmed before the
// meeting they record is over.
func (m Meeting) CheckSignOffTime(at time.Time) error {
	if at.Before(m.SignOffFrom()) {
		return Errorf(EState, "signoff_before_end", Moment(m.SignOffFrom()))
	}
	return nil
}

// CheckTimeChange refuses to move the meeting m to the time of to once a
// decision is recorded at it (meeting_time_decided): the decisions were
// taken at the time the minutes state. The end may still be corrected (a
// meeting that ran over) until the first sign-off, after which it is fixed
// too (meeting_time_signing), since the sign-off was made after it.
func (m Meeting) CheckTimeChange(to Meeting) error {
	if m.HasDecisions() && !to.StartsAt.Equal(m.StartsAt) {
		return FieldError("starts_at", "meeting_time_decided")
	}
	if len(m.SignOffs) > 0 && !to.EndsAt.Equal(m.EndsAt) {
		return FieldError("ends_at", "meeting_time_signing")
	}
	return nil
}

// HasDecisions tells whether a decision is recorded on any of the
// meeting's items.
func (m Meeting) HasDecisions() bool {
	for _, it := range m.Items {
		if it.Decision != nil {
			return true
		}
	}
	return false
}

// CheckUpdate is what UpdateMeeting asks before the meeting m becomes
// to: its time kept once decided (CheckTimeChange), and once a decision
// is recorded, its chair, secretary and adjuster kept appointed, since
// the minutes of that decision need them (meeting_roles_missing).
func (m Meeting) CheckUpdate(to Meeting) error {
	if err := m.CheckTimeChange(to); err != nil {
		return err
	}
	if m.HasDecisions() {
		return to.CheckRoles()
	}
	return nil
}

// MissingRoles lists the roles the minutes need that the meeting has not
// appointed: chair, secretary and adjuster, in that order.
func (m Meeting) MissingRoles() RoleList {
	var out RoleList
	for _, r := range []struct {
		id   int64
		role Role
	}{{m.ChairID, RoleChair}, {m.SecretaryID, RoleSecretary}, {m.AdjusterID, RoleAdjuster}} {
		if r.id == 0 {
			out = append(out, r.role)
		}
	}
	return out
}

// CheckRoles refuses a decision at a meeting that lacks a chair, a
// secretary or an adjuster (meeting_roles_missing, naming them): the
// minutes of the decision need all three.
func (m Meeting) CheckRoles() error {
	if missing := m.MissingRoles(); len(missing) > 0 {
		return Errorf(EState, "meeting_roles_missing", missing)
	}
	return nil
}

// CheckCanDecide is what RecordDecision asks of the meeting before a
// decision at now: the roles appointed and the meeting started.
func (m Meeting) CheckCanDecide(now time.Time) error {
	if err := m.CheckRoles(); err != nil {
		return err
	}
	return m.CheckDecisionTime(now)
}

// RoleList is a list of a meeting's roles; as an argument of an Error it is
// written as a list in the message's language: "ordförande, sekreterare
// och justerare".
type RoleList []Role

// Label joins the roles' names in l.
func (rs RoleList) Label(l Language) string {
	names := make([]string, len(rs))
	for i, r := range rs {
		names[i] = r.Label(l)
		if i > 0 {
			names[i] = lowerFirst(names[i])
		}
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + label(l, "and") + " " + names[len(names)-1]
}

// Moment is a point in time as an argument of an Error, written in the
// message's language in local time: "2026-12-13 kl. 13.00",
// "2026-12-13 at 13:00".
type Moment time.Time

// Label writes the moment in l.
func (t Moment) Label(l Language) string {
	lt := time.Time(t).Local()
	if l == Swedish {
		return lt.Format("2006-01-02") + " kl. " + lt.Format("15.04")
	}
	return lt.Format("2006-01-02") + " at " + lt.Format("15:04")
}
