package storetest

import (
	"context"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// Signed-off minutes hold even against writes behind the store's back:
// before the sign-off the database takes them, after it refuses every
// change to the meeting, its decisions, the decided proposal and its
// revision, and to the audit log, while a proposal only deferred there
// stays open. The store reads what was signed and its check passes.
func testLocksHoldBehindTheStoresBack(t *testing.T, h Harness) {
	w := newWorld(t, h)
	b := connect(t, h, w)
	m, approved, deferred, dec := w.ApprovedAndDeferred()

	// Before the sign-off nothing is locked: writing the same values goes
	// through.
	check(t, b.SetMeetingPlace(m.ID, m.Place))
	check(t, b.SetDecisionText(dec.ID, dec.Text))
	check(t, b.SetProposalTitle(approved.ProposalID, "Godkänns"))
	signed := w.SignOff(m)

	for name, err := range map[string]error{
		"meeting place":    b.SetMeetingPlace(m.ID, "Annanstans"),
		"decision text":    b.SetDecisionText(dec.ID, "Ändrat i efterhand"),
		"decision deleted": b.DeleteDecision(dec.ID),
		"proposal title":   b.SetProposalTitle(approved.ProposalID, "Ändrad i efterhand"),
		"revision deleted": b.DeleteRevision(dec.ProposalID, dec.Revision),
		"audit actor":      b.SetAuditActor(1, "Mallory"),
		"audit row":        b.DeleteAuditRow(1),
	} {
		if model.ErrorCode(err) != model.ELocked {
			t.Errorf("%s changed behind the store's back: got %v, want a locked error", name, err)
		}
	}
	check(t, b.SetProposalTitle(deferred.ProposalID, "Bordläggs"))

	ctx := context.Background()
	got, err := w.S.Meeting(ctx, m.ID)
	check(t, err)
	if got.Place != signed.Place || len(got.Items) != 2 || got.Items[0].Decision.Text != dec.Text || !got.SignedOff() {
		t.Errorf("the signed meeting changed: %+v", got)
	}
	if p := w.Proposal(approved.ProposalID); p.Title != "Godkänns" || !p.Locked {
		t.Errorf("the decided proposal changed: %+v", p)
	}
	if _, err := w.S.Revision(ctx, dec.ProposalID, dec.Revision); err != nil {
		t.Errorf("the decided revision: %v", err)
	}
	r, err := w.S.Check(ctx)
	check(t, err)
	if !r.OK() {
		t.Fatalf("check after refused changes: %+v %+v", r, r.Chain)
	}
}
