package storetest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// agendas returns the § of each meeting's items, in agenda order, as one
// string: "[1 2] [3]".
func agendas(t *testing.T, w *World, ms ...model.Meeting) string {
	t.Helper()
	var out []any
	for _, m := range ms {
		out = append(out, numbers(t, w, m.ID))
	}
	return fmt.Sprint(out...)
}

// A meeting's year is the year in Sweden, whatever zone its time was given
// in.
func testSectionYearIsSwedish(t *testing.T, h Harness) {
	w := newWorld(t, h)
	autumn := w.AddMeeting(time.Date(2026, 10, 7, 9, 0, 0, 0, time.UTC))
	w.AddItem(autumn, w.Ready("1.1", "A"))
	w.AddItem(autumn, w.Ready("1.2", "B"))
	// 23:30 UTC on New Year's Eve is 00:30 on New Year's Day in Sweden.
	newYear := w.AddMeeting(time.Date(2026, 12, 31, 23, 30, 0, 0, time.UTC))
	// 14:00 in Hawaii on New Year's Eve is 01:00 on New Year's Day in Sweden.
	hawaii := w.AddMeeting(time.Date(2026, 12, 31, 14, 0, 0, 0, time.FixedZone("HST", -10*3600)))
	if it := w.AddItem(newYear, w.Ready("1.3", "C")); it.Number != 1 {
		t.Errorf("first item of 2027 (given in UTC) is § %d", it.Number)
	}
	if it := w.AddItem(hawaii, w.Ready("1.4", "D")); it.Number != 2 {
		t.Errorf("second item of 2027 (given in Hawaii time) is § %d", it.Number)
	}
	// And the last evening of 2026 in Sweden, given in a zone already in
	// 2027, is 2026.
	eve := w.AddMeeting(time.Date(2027, 1, 1, 8, 0, 0, 0, time.FixedZone("NZDT", 13*3600)))
	if it := w.AddItem(eve, w.Ready("1.5", "E")); it.Number != 3 {
		t.Errorf("New Year's Eve in Sweden (given in New Zealand time) is § %d, want 3 of 2026", it.Number)
	}
}

// A new item is numbered after the meetings held before its own, not after
// the items added before it; later open meetings make room.
func testSectionsFollowTheMeetings(t *testing.T, h Harness) {
	w := newWorld(t, h)
	spring := w.AddMeeting(time.Date(2027, 3, 3, 9, 0, 0, 0, time.UTC))
	autumn := w.AddMeeting(time.Date(2027, 10, 6, 9, 0, 0, 0, time.UTC))
	next := w.AddMeeting(time.Date(2028, 2, 2, 9, 0, 0, 0, time.UTC))
	w.AddItem(autumn, w.Ready("1.1", "A"))
	w.AddItem(autumn, w.Ready("1.2", "B"))
	w.AddItem(next, w.Ready("1.3", "C"))
	it := w.AddItem(spring, w.Ready("1.4", "D"))
	if it.Number != 1 {
		t.Errorf("spring's first item is § %d, want 1", it.Number)
	}
	if got := agendas(t, w, spring, autumn, next); got != "[1] [2 3] [1]" {
		t.Fatalf("§ %s, want [1] [2 3] [1]", got)
	}
	// Two meetings at the same time are ordered by id.
	twin := w.AddMeeting(spring.StartsAt)
	w.AddItem(twin, w.Ready("1.5", "E"))
	w.AddItem(spring, w.Ready("1.6", "F"))
	if got := agendas(t, w, spring, twin, autumn, next); got != "[1 2] [3] [4 5] [1]" {
		t.Fatalf("§ %s, want [1 2] [3] [4 5] [1]", got)
	}

	// Removing an item closes the gap through the later open meetings.
	m, err := w.S.Meeting(w.Ctx(), spring.ID)
	check(t, err)
	check(t, w.S.RemoveItem(w.Ctx(), m.Items[0].ID))
	if got := agendas(t, w, spring, twin, autumn, next); got != "[1] [2] [3 4] [1]" {
		t.Fatalf("after removal § %s, want [1] [2] [3 4] [1]", got)
	}
}

// Signed-off § numbers never move: no item goes on an earlier agenda of
// the year, and a removal before them leaves its gap.
func testSignedSectionsStay(t *testing.T, h Harness) {
	w := newWorld(t, h)
	spring := w.AddMeeting(time.Date(2027, 3, 3, 9, 0, 0, 0, time.UTC))
	summer := w.AddMeeting(time.Date(2027, 6, 2, 9, 0, 0, 0, time.UTC))
	autumn := w.AddMeeting(time.Date(2027, 10, 6, 9, 0, 0, 0, time.UTC))
	next := w.AddMeeting(time.Date(2028, 2, 2, 9, 0, 0, 0, time.UTC))
	a := w.AddItem(spring, w.Ready("1.1", "A"))
	w.AddItem(spring, w.Ready("1.2", "B"))
	w.Decide(w.AddItem(summer, w.Ready("1.3", "C")), model.OutcomeApproved)
	w.SignOff(summer)
	w.AddItem(next, w.Ready("1.4", "D"))

	_, err := w.S.AddItem(w.Ctx(), spring.ID, w.Ready("1.5", "E").ID)
	wantCode(t, err, model.EState, "agenda_before_signed")
	if msg := model.ErrorMessage(err, model.Swedish); !strings.Contains(msg, "2027-06-02") {
		t.Errorf("message %q does not name the signed-off meeting", msg)
	}
	// After the signed-off meeting, and in another year, items are added.
	if it := w.AddItem(autumn, w.Proposal(w.mustRef("1.5"))); it.Number != 4 {
		t.Errorf("autumn's item is § %d, want 4", it.Number)
	}
	check(t, w.S.RemoveItem(w.Ctx(), a.ID))
	if got := agendas(t, w, spring, summer, autumn, next); got != "[2] [3] [4] [1]" {
		t.Fatalf("after removal before a signed-off meeting § %s, want [2] [3] [4] [1]", got)
	}
}

// A meeting with items keeps its year and its place among the meetings
// with items, or its § numbers would no longer follow the meetings.
func testMeetingWithItemsStaysInPlace(t *testing.T, h Harness) {
	w := newWorld(t, h)
	spring := w.AddMeeting(time.Date(2027, 3, 3, 9, 0, 0, 0, time.UTC))
	summer := w.AddMeeting(time.Date(2027, 6, 2, 9, 0, 0, 0, time.UTC))
	empty := w.AddMeeting(time.Date(2027, 9, 1, 9, 0, 0, 0, time.UTC))
	w.AddItem(spring, w.Ready("1.1", "A"))
	w.AddItem(summer, w.Ready("1.2", "B"))

	move := func(m model.Meeting, to time.Time) error {
		m.StartsAt = to
		_, err := w.S.UpdateMeeting(w.Ctx(), m)
		return err
	}
	wantCode(t, move(spring, time.Date(2028, 3, 3, 9, 0, 0, 0, time.UTC)), model.EState, "meeting_move_with_items")
	wantCode(t, move(spring, time.Date(2026, 12, 31, 9, 0, 0, 0, time.UTC)), model.EState, "meeting_move_with_items")
	wantCode(t, move(spring, time.Date(2027, 7, 1, 9, 0, 0, 0, time.UTC)), model.EState, "meeting_move_with_items")
	wantCode(t, move(summer, time.Date(2027, 2, 1, 9, 0, 0, 0, time.UTC)), model.EState, "meeting_move_with_items")
	// Past a meeting without items, or within its place, it may move.
	check(t, move(summer, time.Date(2027, 10, 1, 9, 0, 0, 0, time.UTC)))
	check(t, move(spring, time.Date(2027, 1, 12, 13, 0, 0, 0, time.UTC)))
	// A meeting without items moves anywhere.
	check(t, move(empty, time.Date(2028, 1, 10, 9, 0, 0, 0, time.UTC)))
	check(t, move(empty, time.Date(2027, 2, 10, 9, 0, 0, 0, time.UTC)))
	empty, err := w.S.Meeting(w.Ctx(), empty.ID)
	check(t, err)
	summer, err = w.S.Meeting(w.Ctx(), summer.ID)
	check(t, err)
	spring, err = w.S.Meeting(w.Ctx(), spring.ID)
	check(t, err)
	w.AddItem(empty, w.Ready("1.3", "C"))
	if got := agendas(t, w, spring, empty, summer); got != "[1] [2] [3]" {
		t.Fatalf("§ %s, want [1] [2] [3]", got)
	}
}

func (w *World) mustRef(ref string) int64 {
	w.T.Helper()
	ps, err := w.S.ProposalByRef(w.Ctx(), ref)
	check(w.T, err)
	return ps.ID
}
