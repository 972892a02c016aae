package meeting

import (
	"context"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// The meetings window asks the shell for the actor at each write, so
// saying who one is while the window is open reaches its next write.
func TestAWhoAmIChangeReachesTheOpenWindowsNextWrite(t *testing.T) {
	f := newMeetingsFixture(t)
	f.shell.ctx = testCtx("Ada Andersson")
	m, err := f.store.CreateMeeting(testCtx("Test"), model.Meeting{Title: "Extra", Place: "Rum 2",
		StartsAt: time.Date(2027, 3, 1, 13, 0, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	ready := freeReadyProposals(t, f.store, 2)
	f.w.reload(m.ID)
	f.w.addItem(m.ID, ready[0].ID)
	if got := lastActor(t, f.store); got != "Ada Andersson" {
		t.Errorf("first write by %q, want Ada Andersson", got)
	}
	f.shell.ctx = testCtx("Bo Berg")
	f.w.addItem(m.ID, ready[1].ID)
	if got := lastActor(t, f.store); got != "Bo Berg" {
		t.Errorf("write after the change by %q, want Bo Berg", got)
	}
}

// lastActor returns who made the newest row of the audit log.
func lastActor(t *testing.T, s model.Store) string {
	t.Helper()
	rows, err := s.Audit(context.Background(), "", "", 1)
	if err != nil || len(rows) != 1 {
		t.Fatalf("audit: %v, %d rows", err, len(rows))
	}
	return rows[0].Actor
}
