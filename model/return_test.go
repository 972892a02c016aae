package model_test

import (
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// A proposal edited while it was on the agenda and then returned has not
// been reworked: it still needs a revision made after the return.
func TestReturnedAfterAnEditOnTheAgendaStillNeedsANewRevision(t *testing.T) {
	p := proposal(model.StatusReady)
	p.Revision = 4 // edited after it was put on the agenda at revision 3
	assertNoErr(t, p.ApplyDecision(validDecision(model.OutcomeReturned)))
	if p.ReturnedAt != 4 {
		t.Fatalf("ReturnedAt = %d, want the current revision 4", p.ReturnedAt)
	}
	assertErr(t, p.MarkReady(), model.EState, "needs_new_revision")
	p.Revision = 5
	assertNoErr(t, p.MarkReady())
}
