package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// atTime is a context whose clock stands at t.
func atTime(t time.Time) context.Context {
	return model.WithActor(model.WithClock(context.Background(), func() time.Time { return t }), "Bo Ek")
}

// The store obeys the meeting's time: no decision before the start, no
// sign-off before the end, no new start once decided.
func testStoreKeepsTheMeetingsTime(t *testing.T, h Harness) {
	w := newWorld(t, h)
	starts := Start.Add(7 * 24 * time.Hour)
	m := w.AddMeeting(starts)
	m.EndsAt = starts.Add(2 * time.Hour)
	m, err := w.S.UpdateMeeting(w.Ctx(), m)
	check(t, err)
	it := w.AddItem(m, w.Ready("1.1", "Insats"))
	d := model.Decision{Outcome: model.OutcomeApproved, Text: "Godkänt."}

	_, err = w.S.RecordDecision(atTime(starts.Add(-time.Minute)), it.ID, d)
	wantCode(t, err, model.EState, "decision_before_start")
	if p := w.Proposal(it.ProposalID); p.Status != model.StatusReady {
		t.Errorf("a refused decision moved the proposal to %s", p.Status)
	}
	_, err = w.S.RecordDecision(atTime(starts.Add(10*time.Minute)), it.ID, d)
	check(t, err)

	so := model.SignOff{MeetingID: m.ID, MemberID: w.Chair.ID, Role: model.RoleChair}
	_, err = w.S.SignOff(atTime(starts.Add(time.Hour)), so)
	wantCode(t, err, model.EState, "signoff_before_end")
	early := so
	early.SignedAt = starts.Add(90 * time.Minute) // a time given is checked too
	_, err = w.S.SignOff(atTime(starts.Add(3*time.Hour)), early)
	wantCode(t, err, model.EState, "signoff_before_end")

	moved := m
	moved.StartsAt, moved.EndsAt = starts.Add(24*time.Hour), starts.Add(26*time.Hour)
	_, err = w.S.UpdateMeeting(atTime(starts.Add(3*time.Hour)), moved)
	wantCode(t, err, model.EInvalid, "meeting_time_decided")
	longer := m
	longer.EndsAt = starts.Add(150 * time.Minute)
	_, err = w.S.UpdateMeeting(atTime(starts.Add(3*time.Hour)), longer)
	check(t, err)

	_, err = w.S.SignOff(atTime(starts.Add(3*time.Hour)), so)
	check(t, err)
	_, err = w.S.UpdateMeeting(atTime(starts.Add(4*time.Hour)), longer)
	check(t, err) // unchanged time is fine
	longer.EndsAt = starts.Add(3 * time.Hour)
	_, err = w.S.UpdateMeeting(atTime(starts.Add(4*time.Hour)), longer)
	wantCode(t, err, model.EInvalid, "meeting_time_signing")
}

// A decision needs the chair, the secretary and the adjuster the minutes
// name; the refusal names those missing.
func testStoreRefusesADecisionWithoutTheMinutesRoles(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	m.SecretaryID, m.AdjusterID = 0, 0
	m, err := w.S.UpdateMeeting(w.Ctx(), m)
	check(t, err)
	it := w.AddItem(m, w.Ready("1.1", "Insats"))
	w.Begin(m)
	_, err = w.S.RecordDecision(w.Ctx(), it.ID, model.Decision{Outcome: model.OutcomeApproved, Text: "Godkänt."})
	wantCode(t, err, model.EState, "meeting_roles_missing")
	if msg := model.ErrorMessage(err, model.Swedish); !strings.HasPrefix(msg, "Sammanträdet saknar sekreterare och justerare.") {
		t.Errorf("message %q", msg)
	}
	m.SecretaryID, m.AdjusterID = w.Secretary.ID, w.Adjuster.ID
	m, err = w.S.UpdateMeeting(w.Ctx(), m)
	check(t, err)
	w.Decide(it, model.OutcomeApproved)
	m.AdjusterID = 0
	_, err = w.S.UpdateMeeting(w.Ctx(), m)
	wantCode(t, err, model.EState, "meeting_roles_missing")
}
