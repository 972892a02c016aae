package model_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func wantKey(t *testing.T, err error, key string) {
	t.Helper()
	var e *model.Error
	switch {
	case key == "" && err != nil:
		t.Errorf("refused: %v", err)
	case key == "":
	case !errors.As(err, &e) || e.Key != key:
		t.Errorf("got %v, want %s", err, key)
	}
}

// The meeting of the tests starts 2027-03-10 09:00 UTC and ends at 11:00.
func TestDecisionsAreRecordedFromTheMeetingsStart(t *testing.T) {
	m := meeting()
	wantKey(t, m.CheckDecisionTime(m.StartsAt.Add(-time.Minute)), "decision_before_start")
	wantKey(t, m.CheckDecisionTime(m.StartsAt.Add(-24*time.Hour)), "decision_before_start")
	wantKey(t, m.CheckDecisionTime(m.StartsAt), "")
	wantKey(t, m.CheckDecisionTime(m.EndsAt.Add(48*time.Hour)), "") // the secretary catches up afterwards
	wantKey(t, m.CheckCanDecide(m.StartsAt.Add(-time.Hour)), "decision_before_start")
	wantKey(t, m.CheckCanDecide(m.StartsAt.Add(time.Hour)), "")

	var e *model.Error
	if errors.As(m.CheckDecisionTime(m.StartsAt.Add(-time.Hour)), &e); !strings.Contains(e.Message(model.Swedish), "kl. ") ||
		!strings.Contains(e.Message(model.Swedish), m.StartsAt.Local().Format("2006-01-02")) {
		t.Errorf("the reason does not say when the meeting starts: %q", e.Message(model.Swedish))
	}
}

func TestMinutesAreSignedOffAfterTheMeetingsEnd(t *testing.T) {
	m := meeting()
	wantKey(t, m.CheckSignOffTime(m.EndsAt.Add(-time.Minute)), "signoff_before_end")
	wantKey(t, m.CheckSignOffTime(m.StartsAt), "signoff_before_end")
	wantKey(t, m.CheckSignOffTime(m.EndsAt), "")
	m.EndsAt = time.Time{} // no end known: from the start
	wantKey(t, m.CheckSignOffTime(m.StartsAt.Add(-time.Minute)), "signoff_before_end")
	wantKey(t, m.CheckSignOffTime(m.StartsAt.Add(time.Minute)), "")
}

func TestMeetingTimeIsFixedOnceDecided(t *testing.T) {
	m := meeting() // every item decided
	moved := m
	moved.StartsAt = m.StartsAt.Add(24 * time.Hour)
	moved.EndsAt = m.EndsAt.Add(24 * time.Hour)
	wantKey(t, m.CheckUpdate(moved), "meeting_time_decided")

	longer := m
	longer.EndsAt = m.EndsAt.Add(30 * time.Minute) // the meeting ran over
	wantKey(t, m.CheckUpdate(longer), "")
	place := m
	place.Place = "Kommunhuset"
	wantKey(t, m.CheckUpdate(place), "")

	undecided := m
	undecided.Items = []model.Item{{ID: 1, Number: 12}}
	wantKey(t, undecided.CheckUpdate(moved), "")

	signing := m
	signing.SignOffs = []model.SignOff{signOff(model.RoleChair, chairID)}
	wantKey(t, signing.CheckUpdate(longer), "meeting_time_signing")
}

func TestMinutesNeedChairSecretaryAndAdjuster(t *testing.T) {
	m := meeting()
	wantKey(t, m.CheckRoles(), "")
	m.ChairID, m.AdjusterID = 0, 0
	if got := m.MissingRoles(); len(got) != 2 || got[0] != model.RoleChair || got[1] != model.RoleAdjuster {
		t.Errorf("missing %v", got)
	}
	err := m.CheckCanDecide(m.StartsAt.Add(time.Hour))
	wantKey(t, err, "meeting_roles_missing")
	var e *model.Error
	errors.As(err, &e)
	if msg := e.Message(model.Swedish); !strings.Contains(msg, "saknar ordförande och justerare.") {
		t.Errorf("sv: %q", msg)
	}
	if msg := e.Message(model.English); !strings.Contains(msg, "has no chair and adjuster.") {
		t.Errorf("en: %q", msg)
	}
	m.SecretaryID = 0
	if got := m.MissingRoles().Label(model.Swedish); got != "Ordförande, sekreterare och justerare" {
		t.Errorf("three roles: %q", got)
	}

	// Once decided, the roles stay appointed.
	decided := meeting()
	wantKey(t, decided.CheckUpdate(m), "meeting_roles_missing")
}
