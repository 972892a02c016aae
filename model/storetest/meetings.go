package storetest

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func testMeetingRoundTrip(t *testing.T, h Harness) {
	w := newWorld(t, h)
	stockholm := time.FixedZone("CET", 3600)
	m := model.Meeting{
		Title:    " Ledningsgruppens sammanträde ",
		StartsAt: time.Date(2026, 11, 25, 9, 0, 0, 0, stockholm),
		EndsAt:   time.Date(2026, 11, 25, 11, 30, 0, 0, stockholm),
		Place:    "Stadshuset, sal Ängen",
		ChairID:  w.Chair.ID, SecretaryID: w.Secretary.ID, AdjusterID: w.Adjuster.ID,
		SignOffPlace: "Kommunkansliet", SignOffDate: model.NewDate(2026, 12, 2),
		Attendees: []model.Attendee{
			{MemberID: w.Chair.ID, Present: true, Decides: true},
			{MemberID: w.Secretary.ID, Present: true},
			{MemberID: w.Adjuster.ID, Present: true, Decides: true},
			{MemberID: w.Member.ID, Present: false, Decides: true},
			{Name: " Eva Gäst ", Present: true},
		},
	}
	got, err := w.S.CreateMeeting(w.Clock.At("Bo Ek"), m)
	check(t, err)
	if got.ID == 0 || got.Title != "Ledningsgruppens sammanträde" || !got.StartsAt.Equal(m.StartsAt) ||
		!got.EndsAt.Equal(m.EndsAt) || !got.CreatedAt.Equal(w.Clock.Last()) {
		t.Fatalf("created %+v", got)
	}
	m.Title = "Ledningsgruppens sammanträde"
	m.Attendees[4].Name = "Eva Gäst"
	if !reflect.DeepEqual(got.Attendees, m.Attendees) || got.SignOffDate != m.SignOffDate ||
		got.SignOffPlace != m.SignOffPlace || got.Place != m.Place || got.ChairID != m.ChairID ||
		got.SecretaryID != m.SecretaryID || got.AdjusterID != m.AdjusterID || got.Items != nil || got.SignOffs != nil {
		t.Fatalf("created %+v", got)
	}
	read, err := w.S.Meeting(context.Background(), got.ID)
	check(t, err)
	if !reflect.DeepEqual(read, got) {
		t.Fatalf("read back\n got %+v\nwant %+v", read, got)
	}

	got.Place = "Kommunhuset"
	got.EndsAt = time.Time{}
	got.Attendees = got.Attendees[:2]
	got.SecretaryID = 0
	upd, err := w.S.UpdateMeeting(w.Ctx(), got)
	check(t, err)
	if upd.Place != "Kommunhuset" || !upd.EndsAt.IsZero() || len(upd.Attendees) != 2 || upd.SecretaryID != 0 {
		t.Fatalf("updated %+v", upd)
	}

	early := w.AddMeeting(time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC))
	all, err := w.S.Meetings(context.Background())
	check(t, err)
	if len(all) != 2 || all[0].ID != early.ID || all[1].ID != got.ID || len(all[1].Attendees) != 2 {
		t.Fatalf("Meetings = %+v", all)
	}
}

func testMeetingRefusals(t *testing.T, h Harness) {
	w := newWorld(t, h)
	_, err := w.S.CreateMeeting(w.Ctx(), model.Meeting{StartsAt: Start})
	wantCode(t, err, model.EInvalid, "meeting_place_required")
	_, err = w.S.CreateMeeting(w.Ctx(), model.Meeting{StartsAt: Start, Place: "Här", ChairID: w.Chair.ID, AdjusterID: w.Chair.ID})
	wantCode(t, err, model.EInvalid, "adjuster_is_chair")
	_, err = w.S.CreateMeeting(w.Ctx(), model.Meeting{StartsAt: Start, Place: "Här", ChairID: 77})
	wantCode(t, err, model.ENotFound, "not_found")
	_, err = w.S.CreateMeeting(w.Ctx(), model.Meeting{StartsAt: Start, Place: "Här", Attendees: []model.Attendee{{Present: true}}})
	wantCode(t, err, model.EInvalid, "")
	_, err = w.S.UpdateMeeting(w.Ctx(), model.Meeting{ID: 42, StartsAt: Start, Place: "Här"})
	wantCode(t, err, model.ENotFound, "not_found")
	_, err = w.S.Meeting(context.Background(), 42)
	wantCode(t, err, model.ENotFound, "not_found")
	ms, err := w.S.Meetings(context.Background())
	check(t, err)
	if len(ms) != 0 {
		t.Fatalf("%d meetings after refusals", len(ms))
	}
}
