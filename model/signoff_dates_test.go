package model_test

import (
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// A meeting held on 10 March is to be signed off by 24 March; from that
// day on, while the chair or the adjuster has not signed off, it is
// overdue. The day is Swedish: 23.30 UTC on the 23rd is already the 24th.
func TestSignOffOverdueAfterFourteenDays(t *testing.T) {
	m := meeting() // 10 March 2027, 09.00 UTC
	if got, want := m.SignOffDeadline(), model.NewDate(2027, 3, 24); got != want {
		t.Fatalf("deadline %v, want %v", got, want)
	}
	at := func(days int) time.Time { return m.StartsAt.AddDate(0, 0, days) }
	for _, tc := range []struct {
		name    string
		now     time.Time
		signOff []model.SignOff
		want    bool
	}{
		{"the day it was held", at(0), nil, false},
		{"13 days after", at(13), nil, false},
		{"13 days after, at a minute to midnight", time.Date(2027, 3, 23, 22, 59, 0, 0, time.UTC), nil, false},
		{"14 days after, just after midnight in Sweden", time.Date(2027, 3, 23, 23, 30, 0, 0, time.UTC), nil, true},
		{"14 days after", at(14), nil, true},
		{"15 days after", at(15), nil, true},
		{"15 days after, the chair alone signed off", at(15), []model.SignOff{signOff(model.RoleChair, chairID)}, true},
		{"15 days after, signed off in time", at(15),
			[]model.SignOff{signOff(model.RoleChair, chairID), signOff(model.RoleAdjuster, adjusterID)}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := m
			m.SignOffs = tc.signOff
			if got := m.SignOffOverdue(tc.now); got != tc.want {
				t.Errorf("overdue at %v: %v, want %v", tc.now, got, tc.want)
			}
		})
	}
}

// A meeting with nothing on its agenda, or without a time, has no minutes
// to be late with.
func TestSignOffOverdueNeedsMinutes(t *testing.T) {
	later := time.Date(2027, 6, 1, 12, 0, 0, 0, time.UTC)
	empty := meeting()
	empty.Items = nil
	untimed := meeting()
	untimed.StartsAt, untimed.EndsAt = time.Time{}, time.Time{}
	for name, m := range map[string]model.Meeting{"empty agenda": empty, "no time": untimed} {
		if m.SignOffOverdue(later) {
			t.Errorf("%s: overdue", name)
		}
	}
	if !untimed.SignOffDeadline().IsZero() {
		t.Errorf("no time: deadline %v", untimed.SignOffDeadline())
	}
	onlyFollowUp := empty
	onlyFollowUp.FollowUpSection = 15
	if !onlyFollowUp.SignOffOverdue(later) {
		t.Error("a meeting whose agenda is its follow-up item is not overdue")
	}
}

// OverdueSignOffs keeps the overdue meetings in their order.
func TestOverdueSignOffs(t *testing.T) {
	a, b, c := meeting(), meeting(), meeting()
	a.ID, b.ID, c.ID = 1, 2, 3
	b.SignOffs = []model.SignOff{signOff(model.RoleChair, chairID), signOff(model.RoleAdjuster, adjusterID)}
	c.StartsAt = c.StartsAt.AddDate(0, 0, 10)
	got := model.OverdueSignOffs([]model.Meeting{c, b, a}, a.StartsAt.AddDate(0, 0, 20))
	if len(got) != 1 || got[0].ID != 1 {
		t.Errorf("overdue %v, want meeting 1", got)
	}
	got = model.OverdueSignOffs([]model.Meeting{c, b, a}, a.StartsAt.AddDate(0, 0, 30))
	if len(got) != 2 || got[0].ID != 3 || got[1].ID != 1 {
		t.Errorf("overdue %v, want meetings 3 and 1", got)
	}
}

// SignedOffAt is the time of the second sign-off, whichever role made
// it; zero until both have signed off.
func TestSignedOffAtIsTheSecondSignOff(t *testing.T) {
	m := meeting()
	chair := signOff(model.RoleChair, chairID)
	adjuster := signOff(model.RoleAdjuster, adjusterID)
	adjuster.SignedAt = chair.SignedAt.Add(-3 * time.Hour)
	m.SignOffs = []model.SignOff{chair}
	if got := m.SignedOffAt(); !got.IsZero() {
		t.Errorf("one sign-off: %v", got)
	}
	m.SignOffs = []model.SignOff{adjuster, chair}
	if got := m.SignedOffAt(); !got.Equal(chair.SignedAt) {
		t.Errorf("signed off %v, want the chair's %v", got, chair.SignedAt)
	}
}
