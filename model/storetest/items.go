package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// numbers returns the § of the meeting's items in agenda order.
func numbers(t *testing.T, w *World, id int64) []int {
	t.Helper()
	m, err := w.S.Meeting(context.Background(), id)
	check(t, err)
	var out []int
	for i, it := range m.Items {
		if it.Position != i+1 {
			t.Errorf("item %d has position %d", i, it.Position)
		}
		out = append(out, it.Number)
	}
	return out
}

func testSectionNumbersRunThroughTheYear(t *testing.T, h Harness) {
	w := newWorld(t, h)
	stockholm := time.FixedZone("CET", 3600)
	spring := w.AddMeeting(time.Date(2026, 3, 4, 9, 0, 0, 0, stockholm))
	autumn := w.AddMeeting(time.Date(2026, 10, 7, 9, 0, 0, 0, stockholm))
	// Midnight past New Year in Stockholm is still 2026 in UTC: the year is
	// the one in Swedish time.
	next := w.AddMeeting(time.Date(2027, 1, 1, 0, 30, 0, 0, stockholm))
	var ps []model.Proposal
	for i := range 7 {
		ps = append(ps, w.Ready(fmt.Sprintf("1.%d", i+1), fmt.Sprintf("Insats %d", i+1)))
	}
	for _, p := range ps[:3] {
		w.AddItem(spring, p)
	}
	for _, p := range ps[3:5] {
		w.AddItem(autumn, p)
	}
	first := w.AddItem(next, ps[5])
	w.AddItem(next, ps[6])
	if first.Number != 1 || first.Position != 1 || first.Revision != 1 || first.ProposalID != ps[5].ID || first.MeetingID != next.ID {
		t.Errorf("first item of 2027: %+v", first)
	}
	for _, tc := range []struct {
		m    model.Meeting
		want []int
	}{{spring, []int{1, 2, 3}}, {autumn, []int{4, 5}}, {next, []int{1, 2}}} {
		if got := numbers(t, w, tc.m.ID); fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("meeting of %v: § %v, want %v", tc.m.StartsAt, got, tc.want)
		}
	}
	// The same proposal may go on another meeting's agenda once deferred
	// (deferred items come back), but not twice on one.
	spring = w.meetingNow(spring.ID)
	w.Decide(spring.Items[0], model.OutcomeDeferred)
	_, err := w.S.AddItem(w.Ctx(), autumn.ID, ps[0].ID)
	check(t, err)
	_, err = w.S.AddItem(w.Ctx(), autumn.ID, ps[0].ID)
	wantCode(t, err, model.EConflict, "agenda_duplicate")
}

func (w *World) meetingNow(id int64) model.Meeting {
	w.T.Helper()
	m, err := w.S.Meeting(context.Background(), id)
	check(w.T, err)
	return m
}

// A proposal waiting for its decision on one open agenda cannot go on
// another: decided at one meeting, it could never be decided at the other,
// which then could never be signed off.
func testAddItemRefusesAProposalWaitingOnAnotherAgenda(t *testing.T, h Harness) {
	w := newWorld(t, h)
	first := w.AddMeeting(time.Date(2026, 11, 4, 13, 0, 0, 0, time.UTC))
	second := w.AddMeeting(time.Date(2026, 12, 9, 13, 0, 0, 0, time.UTC))
	p := w.Ready("1.4", "Föräldrastöd")
	it := w.AddItem(first, p)

	_, err := w.S.AddItem(w.Ctx(), second.ID, p.ID)
	wantCode(t, err, model.EConflict, "agenda_elsewhere")
	var e *model.Error
	errors.As(err, &e)
	if got := e.Message(model.Swedish); !strings.Contains(got, "1.4") || !strings.Contains(got, "2026-11-04") || !strings.Contains(got, "§ 1") {
		t.Errorf("Swedish message %q does not name the proposal, the other meeting's date and its §", got)
	}
	if got := e.Message(model.English); !strings.Contains(got, "meeting of 2026-11-04") {
		t.Errorf("English message %q", got)
	}
	if got := numbers(t, w, second.ID); len(got) != 0 {
		t.Fatalf("the refused item is on the agenda: § %v", got)
	}
	// The other way round too: the later meeting cannot take it either
	// way, and neither can a third.
	third := w.AddMeeting(time.Date(2027, 1, 20, 13, 0, 0, 0, time.UTC))
	_, err = w.S.AddItem(w.Ctx(), third.ID, p.ID)
	wantCode(t, err, model.EConflict, "agenda_elsewhere")

	// Deferred at the first meeting, it may go on the next one.
	w.Decide(it, model.OutcomeDeferred)
	next := w.AddItem(second, p)
	// Turning the deferral at the first meeting into another outcome would
	// leave the item on the second agenda undecidable: refused, while a
	// deferral again is fine.
	_, err = w.S.RecordDecision(w.Ctx(), it.ID, model.Decision{Outcome: model.OutcomeApproved, Text: "Godkänt."})
	wantCode(t, err, model.EConflict, "decision_elsewhere")
	if errors.As(err, &e); !strings.Contains(e.Message(model.Swedish), "2026-12-09") {
		t.Errorf("message %q does not name the meeting it waits on", e.Message(model.Swedish))
	}
	w.Decide(it, model.OutcomeDeferred)
	if got := w.Proposal(p.ID); got.Status != model.StatusReady {
		t.Fatalf("the refused decision moved the proposal to %s", got.Status)
	}
	// Now it waits on the second meeting's agenda: the third is refused,
	// naming the second meeting.
	_, err = w.S.AddItem(w.Ctx(), third.ID, p.ID)
	wantCode(t, err, model.EConflict, "agenda_elsewhere")
	if errors.As(err, &e); !strings.Contains(e.Message(model.Swedish), "2026-12-09") {
		t.Errorf("message %q does not name the meeting it waits on", e.Message(model.Swedish))
	}
	// Taken off there, it may go on the third.
	check(t, w.S.RemoveItem(w.Ctx(), next.ID))
	w.AddItem(third, p)

	// Both meetings with its items can be decided and signed off.
	w.Decide(w.meetingNow(third.ID).Items[0], model.OutcomeApproved)
	w.SignOff(w.meetingNow(first.ID))
	w.SignOff(w.meetingNow(third.ID))
}

func testAddItemRefusals(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	draft := w.Create(model.Content{Ref: "1.1", Kind: model.KindIntervention, Title: "Utkast"})
	_, err := w.S.AddItem(w.Ctx(), m.ID, draft.ID)
	wantCode(t, err, model.EState, "agenda_not_ready")
	_, err = w.S.AddItem(w.Ctx(), m.ID, 999)
	wantCode(t, err, model.ENotFound, "not_found")
	_, err = w.S.AddItem(w.Ctx(), 999, draft.ID)
	wantCode(t, err, model.ENotFound, "not_found")
	_, err = w.S.AddItem(w.Ctx(), m.ID, w.Area.ID)
	wantCode(t, err, model.EState, "agenda_not_ready")
	err = w.S.RemoveItem(w.Ctx(), 999)
	wantCode(t, err, model.ENotFound, "not_found")
}

func testRemoveItem(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	a := w.AddItem(m, w.Ready("1.1", "A"))
	b := w.AddItem(m, w.Ready("1.2", "B"))
	c := w.AddItem(m, w.Ready("1.3", "C"))
	w.Decide(b, model.OutcomeApproved)
	if p := w.Proposal(b.ProposalID); p.Status != model.StatusDecided {
		t.Fatalf("decided proposal is %s", p.Status)
	}
	check(t, w.S.RemoveItem(w.Ctx(), b.ID))
	if p := w.Proposal(b.ProposalID); p.Status != model.StatusReady || p.Outcome != "" {
		t.Errorf("after removal the proposal is %s/%q, want ready", p.Status, p.Outcome)
	}
	got, err := w.S.Meeting(context.Background(), m.ID)
	check(t, err)
	if len(got.Items) != 2 || got.Items[0].ID != a.ID || got.Items[1].ID != c.ID || got.Items[1].Number != 2 || got.Items[1].Position != 2 {
		t.Fatalf("agenda after removal: %+v", got.Items)
	}
	ds, err := w.S.Decisions(context.Background(), b.ProposalID)
	check(t, err)
	if len(ds) != 0 {
		t.Errorf("decisions left: %+v", ds)
	}

	// A later open meeting has used § 3: removing § 1 moves its § down
	// too, so the year's numbering has no gap.
	later := w.AddMeeting(Start.Add(96 * time.Hour))
	w.AddItem(later, w.Ready("1.4", "D"))
	check(t, w.S.RemoveItem(w.Ctx(), a.ID))
	if got, next := numbers(t, w, m.ID), numbers(t, w, later.ID); fmt.Sprint(got, next) != "[1] [2]" {
		t.Errorf("§ after removal with a later open meeting: %v %v, want [1] [2]", got, next)
	}
}

func testMoveItemTradesPlaceAndSection(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	a := w.AddItem(m, w.Ready("1.1", "A"))
	b := w.AddItem(m, w.Ready("1.2", "B"))
	c := w.AddItem(m, w.Ready("1.3", "C"))
	check(t, w.S.MoveItem(w.Ctx(), c.ID, -1))
	got, err := w.S.Meeting(context.Background(), m.ID)
	check(t, err)
	var order []string
	for _, it := range got.Items {
		order = append(order, fmt.Sprintf("§%d:%d", it.Number, it.ProposalID))
	}
	want := fmt.Sprintf("[§1:%d §2:%d §3:%d]", a.ProposalID, c.ProposalID, b.ProposalID)
	if fmt.Sprint(order) != want {
		t.Errorf("agenda after moving C up: %v, want %s", order, want)
	}
	if fmt.Sprint(numbers(t, w, m.ID)) != "[1 2 3]" {
		t.Errorf("§ no longer follow the agenda: %v", numbers(t, w, m.ID))
	}
	// The first item cannot go further up: nothing changes.
	check(t, w.S.MoveItem(w.Ctx(), a.ID, -1))
	if again, _ := w.S.Meeting(context.Background(), m.ID); again.Items[0].ID != a.ID {
		t.Errorf("moving the first item up changed the agenda: %+v", again.Items)
	}
	wantCode(t, w.S.MoveItem(w.Ctx(), a.ID, 2), model.EInvalid, "item_move_step")
	wantCode(t, w.S.MoveItem(w.Ctx(), 999, 1), model.ENotFound, "not_found")
	entries, err := w.S.Audit(context.Background(), "item", fmt.Sprint(c.ID), 1)
	check(t, err)
	if len(entries) != 1 || entries[0].Action != "item.move" {
		t.Errorf("audit of the move: %+v", entries)
	}
}
