package postgres_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// agendas returns the § of each meeting's items, in agenda order, as one
// string: "[1 2] [3]".
func agendas(t *testing.T, w *world, ms ...model.Meeting) string {
	t.Helper()
	var out []any
	for _, m := range ms {
		out = append(out, numbers(t, w, m.ID))
	}
	return fmt.Sprint(out...)
}

// A meeting's year is the year in Sweden, whatever zone its time was given
// in.
func TestSectionYearIsSwedish(t *testing.T) {
	w := newWorld(t)
	autumn := w.meeting(time.Date(2026, 10, 7, 9, 0, 0, 0, time.UTC))
	w.addItem(autumn, w.ready("1.1", "A"))
	w.addItem(autumn, w.ready("1.2", "B"))
	// 23:30 UTC on New Year's Eve is 00:30 on New Year's Day in Sweden.
	newYear := w.meeting(time.Date(2026, 12, 31, 23, 30, 0, 0, time.UTC))
	// 14:00 in Hawaii on New Year's Eve is 01:00 on New Year's Day in Sweden.
	hawaii := w.meeting(time.Date(2026, 12, 31, 14, 0, 0, 0, time.FixedZone("HST", -10*3600)))
	if it := w.addItem(newYear, w.ready("1.3", "C")); it.Number != 1 {
		t.Errorf("first item of 2027 (given in UTC) is § %d", it.Number)
	}
	if it := w.addItem(hawaii, w.ready("1.4", "D")); it.Number != 2 {
		t.Errorf("second item of 2027 (given in Hawaii time) is § %d", it.Number)
	}
	// And the last evening of 2026 in Sweden, given in a zone already in
	// 2027, is 2026.
	eve := w.meeting(time.Date(2027, 1, 1, 8, 0, 0, 0, time.FixedZone("NZDT", 13*3600)))
	if it := w.addItem(eve, w.ready("1.5", "E")); it.Number != 3 {
		t.Errorf("New Year's Eve in Sweden (given in New Zealand time) is § %d, want 3 of 2026", it.Number)
	}
}

// A new item is numbered after the meetings held before its own, not after
// the items added before it; later open meetings make room.
func TestSectionsFollowTheMeetings(t *testing.T) {
	w := newWorld(t)
	spring := w.meeting(time.Date(2027, 3, 3, 9, 0, 0, 0, time.UTC))
	autumn := w.meeting(time.Date(2027, 10, 6, 9, 0, 0, 0, time.UTC))
	next := w.meeting(time.Date(2028, 2, 2, 9, 0, 0, 0, time.UTC))
	w.addItem(autumn, w.ready("1.1", "A"))
	w.addItem(autumn, w.ready("1.2", "B"))
	w.addItem(next, w.ready("1.3", "C"))
	it := w.addItem(spring, w.ready("1.4", "D"))
	if it.Number != 1 {
		t.Errorf("spring's first item is § %d, want 1", it.Number)
	}
	if got := agendas(t, w, spring, autumn, next); got != "[1] [2 3] [1]" {
		t.Fatalf("§ %s, want [1] [2 3] [1]", got)
	}
	// Two meetings at the same time are ordered by id.
	twin := w.meeting(spring.StartsAt)
	w.addItem(twin, w.ready("1.5", "E"))
	w.addItem(spring, w.ready("1.6", "F"))
	if got := agendas(t, w, spring, twin, autumn, next); got != "[1 2] [3] [4 5] [1]" {
		t.Fatalf("§ %s, want [1 2] [3] [4 5] [1]", got)
	}

	// Removing an item closes the gap through the later open meetings.
	m, err := w.s.Meeting(w.ctx(), spring.ID)
	check(t, err)
	check(t, w.s.RemoveItem(w.ctx(), m.Items[0].ID))
	if got := agendas(t, w, spring, twin, autumn, next); got != "[1] [2] [3 4] [1]" {
		t.Fatalf("after removal § %s, want [1] [2] [3 4] [1]", got)
	}
}

// Signed-off § numbers never move: no item goes on an earlier agenda of
// the year, and a removal before them leaves its gap.
func TestSignedSectionsStay(t *testing.T) {
	w := newWorld(t)
	spring := w.meeting(time.Date(2027, 3, 3, 9, 0, 0, 0, time.UTC))
	summer := w.meeting(time.Date(2027, 6, 2, 9, 0, 0, 0, time.UTC))
	autumn := w.meeting(time.Date(2027, 10, 6, 9, 0, 0, 0, time.UTC))
	next := w.meeting(time.Date(2028, 2, 2, 9, 0, 0, 0, time.UTC))
	a := w.addItem(spring, w.ready("1.1", "A"))
	w.addItem(spring, w.ready("1.2", "B"))
	w.decide(w.addItem(summer, w.ready("1.3", "C")), model.OutcomeApproved)
	w.signOff(summer)
	w.addItem(next, w.ready("1.4", "D"))

	_, err := w.s.AddItem(w.ctx(), spring.ID, w.ready("1.5", "E").ID)
	wantCode(t, err, model.EState, "agenda_before_signed")
	if msg := model.ErrorMessage(err, model.Swedish); !strings.Contains(msg, "2027-06-02") {
		t.Errorf("message %q does not name the signed-off meeting", msg)
	}
	// After the signed-off meeting, and in another year, items are added.
	if it := w.addItem(autumn, w.proposal(w.mustRef("1.5"))); it.Number != 4 {
		t.Errorf("autumn's item is § %d, want 4", it.Number)
	}
	check(t, w.s.RemoveItem(w.ctx(), a.ID))
	if got := agendas(t, w, spring, summer, autumn, next); got != "[2] [3] [4] [1]" {
		t.Fatalf("after removal before a signed-off meeting § %s, want [2] [3] [4] [1]", got)
	}
}

// A meeting with items keeps its year and its place among the meetings
// with items, or its § numbers would no longer follow the meetings.
func TestMeetingWithItemsStaysInPlace(t *testing.T) {
	w := newWorld(t)
	spring := w.meeting(time.Date(2027, 3, 3, 9, 0, 0, 0, time.UTC))
	summer := w.meeting(time.Date(2027, 6, 2, 9, 0, 0, 0, time.UTC))
	empty := w.meeting(time.Date(2027, 9, 1, 9, 0, 0, 0, time.UTC))
	w.addItem(spring, w.ready("1.1", "A"))
	w.addItem(summer, w.ready("1.2", "B"))

	move := func(m model.Meeting, to time.Time) error {
		m.StartsAt = to
		_, err := w.s.UpdateMeeting(w.ctx(), m)
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
	empty, err := w.s.Meeting(w.ctx(), empty.ID)
	check(t, err)
	summer, err = w.s.Meeting(w.ctx(), summer.ID)
	check(t, err)
	spring, err = w.s.Meeting(w.ctx(), spring.ID)
	check(t, err)
	w.addItem(empty, w.ready("1.3", "C"))
	if got := agendas(t, w, spring, empty, summer); got != "[1] [2] [3]" {
		t.Fatalf("§ %s, want [1] [2] [3]", got)
	}
}

func (w *world) mustRef(ref string) int64 {
	w.t.Helper()
	ps, err := w.s.ProposalByRef(w.ctx(), ref)
	check(w.t, err)
	return ps.ID
}
