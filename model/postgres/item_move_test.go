package postgres_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestMoveItemTradesPlaceAndSection(t *testing.T) {
	w := newWorld(t)
	m := w.meeting(start.Add(48 * time.Hour))
	a := w.addItem(m, w.ready("1.1", "A"))
	b := w.addItem(m, w.ready("1.2", "B"))
	c := w.addItem(m, w.ready("1.3", "C"))
	check(t, w.s.MoveItem(w.ctx(), c.ID, -1))
	got, err := w.s.Meeting(context.Background(), m.ID)
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
	check(t, w.s.MoveItem(w.ctx(), a.ID, -1))
	if again, _ := w.s.Meeting(context.Background(), m.ID); again.Items[0].ID != a.ID {
		t.Errorf("moving the first item up changed the agenda: %+v", again.Items)
	}
	wantCode(t, w.s.MoveItem(w.ctx(), a.ID, 2), model.EInvalid, "item_move_step")
	wantCode(t, w.s.MoveItem(w.ctx(), 999, 1), model.ENotFound, "not_found")
	entries, err := w.s.Audit(context.Background(), "item", fmt.Sprint(c.ID), 1)
	check(t, err)
	if len(entries) != 1 || entries[0].Action != "item.move" {
		t.Errorf("audit of the move: %+v", entries)
	}
}
