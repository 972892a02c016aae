package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestSignOff(t *testing.T) {
	w := newWorld(t)
	m := w.meeting(start.Add(48 * time.Hour))
	chair := model.SignOff{MeetingID: m.ID, MemberID: w.chair.ID, Role: model.RoleChair}
	adjuster := model.SignOff{MeetingID: m.ID, MemberID: w.adjuster.ID, Role: model.RoleAdjuster, Signer: "CN=Cecilia Öberg"}

	_, err := w.s.SignOff(w.ctx(), chair)
	wantCode(t, err, model.EState, "signoff_empty")
	approved := w.addItem(m, w.ready("1.1", "Godkänns"))
	deferred := w.addItem(m, w.ready("1.2", "Bordläggs"))
	_, err = w.s.SignOff(w.ctx(), chair)
	wantCode(t, err, model.EState, "signoff_undecided")
	w.decide(approved, model.OutcomeApproved)
	w.decide(deferred, model.OutcomeDeferred)
	_, err = w.s.SignOff(w.ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.member.ID, Role: model.RoleChair})
	wantCode(t, err, model.EState, "signoff_wrong_member")
	_, err = w.s.SignOff(w.ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.secretary.ID, Role: model.RoleSecretary})
	wantCode(t, err, model.EState, "signoff_wrong_member")

	signedAt := time.Date(2026, 9, 10, 9, 30, 0, 0, time.UTC)
	chair.SignedAt = signedAt
	got, err := w.s.SignOff(w.ctx(), chair)
	check(t, err)
	if got.SignedOff() || len(got.SignOffs) != 1 || !got.SignOffs[0].SignedAt.Equal(signedAt) {
		t.Fatalf("after the chair: %+v", got.SignOffs)
	}
	_, err = w.s.SignOff(w.ctx(), chair)
	wantCode(t, err, model.EConflict, "signoff_twice")
	// Before the second sign-off the minutes may still change, and
	// nothing is locked.
	if p := w.proposal(approved.ProposalID); p.Locked {
		t.Fatal("locked after one sign-off")
	}
	w.decide(approved, model.OutcomeApproved)

	got, err = w.s.SignOff(w.clk.at("Cecilia Öberg"), adjuster)
	check(t, err)
	if !got.SignedOff() || len(got.SignOffs) != 2 || got.SignOffs[1].Signer != "CN=Cecilia Öberg" ||
		!got.SignOffs[1].SignedAt.Equal(w.clk.last()) {
		t.Fatalf("after the adjuster: %+v", got.SignOffs)
	}

	// Locked exactly when the latest decision is final and signed off.
	if p := w.proposal(approved.ProposalID); !p.Locked || p.Status != model.StatusDecided {
		t.Errorf("approved proposal: locked=%v %s", p.Locked, p.Status)
	}
	if p := w.proposal(deferred.ProposalID); p.Locked || p.Status != model.StatusReady {
		t.Errorf("deferred proposal: locked=%v %s", p.Locked, p.Status)
	}

	// Every way of changing the meeting is refused.
	_, err = w.s.SignOff(w.ctx(), adjuster)
	wantCode(t, err, model.ELocked, "meeting_locked")
	_, err = w.s.UpdateMeeting(w.ctx(), got)
	wantCode(t, err, model.ELocked, "meeting_locked")
	_, err = w.s.RecordDecision(w.ctx(), approved.ID, model.Decision{Outcome: model.OutcomeRejected, Text: "Avslag."})
	wantCode(t, err, model.ELocked, "meeting_locked")
	wantCode(t, w.s.RemoveItem(w.ctx(), deferred.ID), model.ELocked, "meeting_locked")
	_, err = w.s.AddItem(w.ctx(), m.ID, w.ready("1.3", "Sen").ID)
	wantCode(t, err, model.ELocked, "meeting_locked")
	p := w.proposal(approved.ProposalID)
	_, err = w.s.UpdateProposal(w.ctx(), p.ID, p.Content, p.Revision)
	wantCode(t, err, model.ELocked, "proposal_locked")

	// The deferred proposal goes on to a later meeting, where a final
	// decision locks it once that meeting is signed off.
	later := w.meeting(start.Add(30 * 24 * time.Hour))
	it := w.addItem(later, w.proposal(deferred.ProposalID))
	w.decide(it, model.OutcomeApproved)
	if p := w.proposal(deferred.ProposalID); p.Locked {
		t.Error("locked before the later meeting is signed off")
	}
	w.signOff(later)
	if p := w.proposal(deferred.ProposalID); !p.Locked {
		t.Error("not locked after the later meeting is signed off")
	}
}

// signedOffWorld is a world with one signed-off meeting whose one item is
// approved.
func signedOffWorld(t *testing.T) (*world, model.Meeting, model.Item) {
	w := newWorld(t)
	m := w.meeting(start.Add(48 * time.Hour))
	it := w.addItem(m, w.ready("1.1", "Insats"))
	w.decide(it, model.OutcomeApproved)
	m = w.signOff(m)
	return w, m, m.Items[0]
}

func TestSignedOffMinutesRefusePlainSQL(t *testing.T) {
	w, m, it := signedOffWorld(t)
	d := it.Decision
	db := rawDB(t, w.url)
	const locked = "signed off and cannot be changed"
	wantRefused(t, db, locked, `UPDATE decisions SET text = 'Ändrat i efterhand' WHERE id = $1`, d.ID)
	wantRefused(t, db, locked, `UPDATE decisions SET reservations = '[]' WHERE id = $1`, d.ID)
	wantRefused(t, db, locked, `DELETE FROM decisions WHERE id = $1`, d.ID)
	wantRefused(t, db, locked, `UPDATE items SET number = 99 WHERE id = $1`, it.ID)
	wantRefused(t, db, locked, `DELETE FROM items WHERE id = $1`, it.ID)
	wantRefused(t, db, locked, `UPDATE meetings SET place = 'Annanstans' WHERE id = $1`, m.ID)
	wantRefused(t, db, locked, `UPDATE meetings SET signed_off_at = NULL WHERE id = $1`, m.ID)
	wantRefused(t, db, locked, `DELETE FROM meetings WHERE id = $1`, m.ID)
	wantRefused(t, db, "revision cannot be changed", `UPDATE revisions SET content = '{}' WHERE proposal_id = $1 AND number = $2`, d.ProposalID, d.Revision)
	wantRefused(t, db, "revision that signed-off minutes name cannot be changed", `DELETE FROM revisions WHERE proposal_id = $1 AND number = $2`, d.ProposalID, d.Revision)
	wantRefused(t, db, locked, `UPDATE attendees SET present = false WHERE meeting_id = $1`, m.ID)
	wantRefused(t, db, locked, `DELETE FROM sign_offs WHERE meeting_id = $1`, m.ID)
	wantRefused(t, db, locked, `INSERT INTO items (meeting_id, number, position, proposal_id, revision) VALUES ($1, 9, 9, $2, 1)`, m.ID, w.area.ID)
	wantRefused(t, db, locked, `INSERT INTO decisions (item_id, proposal_id, revision, fingerprint, outcome, text, decided_at,
		decided_by, prev_status, prev_outcome, prev_returned_at) SELECT item_id, proposal_id, revision, fingerprint, outcome, text,
		decided_at, decided_by, prev_status, prev_outcome, prev_returned_at FROM decisions WHERE id = $1`, d.ID)

	got, err := w.s.Meeting(context.Background(), m.ID)
	check(t, err)
	if got.Place != m.Place || got.Items[0].Number != it.Number || got.Items[0].Decision.Text != d.Text || !got.SignedOff() {
		t.Fatalf("the meeting changed: %+v", got)
	}
	r, err := w.s.Check(context.Background())
	check(t, err)
	if !r.OK() {
		t.Fatalf("check after refused changes: %+v", r)
	}
}

func TestSignOffRefusesTheChairsIdentityForTheAdjuster(t *testing.T) {
	w := newWorld(t)
	m := w.meeting(start.Add(48 * time.Hour))
	w.decide(w.addItem(m, w.ready("1.1", "Godkänns")), model.OutcomeApproved)
	signer := "Anna Lindqvist, Älvstads kommun (469b c28e 76b4 434a)"
	_, err := w.s.SignOff(w.ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.chair.ID, Role: model.RoleChair, Signer: signer})
	check(t, err)
	_, err = w.s.SignOff(w.ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.adjuster.ID, Role: model.RoleAdjuster, Signer: signer})
	wantCode(t, err, model.EState, "signoff_same_identity")
	got, err := w.s.SignOff(w.ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.adjuster.ID, Role: model.RoleAdjuster,
		Signer: "Cecilia Öberg, Älvstads kommun (1d2e 3f40 5a6b 7c8d)"})
	check(t, err)
	if !got.SignedOff() {
		t.Fatal("not signed off with two identities")
	}
}
