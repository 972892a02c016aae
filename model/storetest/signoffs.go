package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func testSignOff(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	chair := model.SignOff{MeetingID: m.ID, MemberID: w.Chair.ID, Role: model.RoleChair}
	adjuster := model.SignOff{MeetingID: m.ID, MemberID: w.Adjuster.ID, Role: model.RoleAdjuster, Signer: "CN=Cecilia Öberg"}

	_, err := w.S.SignOff(w.Ctx(), chair)
	wantCode(t, err, model.EState, "signoff_empty")
	approved := w.AddItem(m, w.Ready("1.1", "Godkänns"))
	deferred := w.AddItem(m, w.Ready("1.2", "Bordläggs"))
	_, err = w.S.SignOff(w.Ctx(), chair)
	wantCode(t, err, model.EState, "signoff_undecided")
	w.Decide(approved, model.OutcomeApproved)
	w.Decide(deferred, model.OutcomeDeferred)
	_, err = w.S.SignOff(w.Ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.Member.ID, Role: model.RoleChair})
	wantCode(t, err, model.EState, "signoff_wrong_member")
	_, err = w.S.SignOff(w.Ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.Secretary.ID, Role: model.RoleSecretary})
	wantCode(t, err, model.EState, "signoff_wrong_member")

	signedAt := time.Date(2026, 9, 10, 9, 30, 0, 0, time.UTC)
	chair.SignedAt = signedAt
	got, err := w.S.SignOff(w.Ctx(), chair)
	check(t, err)
	if got.SignedOff() || len(got.SignOffs) != 1 || !got.SignOffs[0].SignedAt.Equal(signedAt) {
		t.Fatalf("after the chair: %+v", got.SignOffs)
	}
	_, err = w.S.SignOff(w.Ctx(), chair)
	wantCode(t, err, model.EConflict, "signoff_twice")
	// Before the second sign-off the minutes may still change, and
	// nothing is locked.
	if p := w.Proposal(approved.ProposalID); p.Locked {
		t.Fatal("locked after one sign-off")
	}
	w.Decide(approved, model.OutcomeApproved)

	got, err = w.S.SignOff(w.Clock.At("Cecilia Öberg"), adjuster)
	check(t, err)
	if !got.SignedOff() || len(got.SignOffs) != 2 || got.SignOffs[1].Signer != "CN=Cecilia Öberg" ||
		!got.SignOffs[1].SignedAt.Equal(w.Clock.Last()) {
		t.Fatalf("after the adjuster: %+v", got.SignOffs)
	}

	// Locked exactly when the latest decision is final and signed off.
	if p := w.Proposal(approved.ProposalID); !p.Locked || p.Status != model.StatusDecided {
		t.Errorf("approved proposal: locked=%v %s", p.Locked, p.Status)
	}
	if p := w.Proposal(deferred.ProposalID); p.Locked || p.Status != model.StatusReady {
		t.Errorf("deferred proposal: locked=%v %s", p.Locked, p.Status)
	}

	// Every way of changing the meeting is refused.
	_, err = w.S.SignOff(w.Ctx(), adjuster)
	wantCode(t, err, model.ELocked, "meeting_locked")
	_, err = w.S.UpdateMeeting(w.Ctx(), got)
	wantCode(t, err, model.ELocked, "meeting_locked")
	_, err = w.S.RecordDecision(w.Ctx(), approved.ID, model.Decision{Outcome: model.OutcomeRejected, Text: "Avslag."})
	wantCode(t, err, model.ELocked, "meeting_locked")
	wantCode(t, w.S.RemoveItem(w.Ctx(), deferred.ID), model.ELocked, "meeting_locked")
	_, err = w.S.AddItem(w.Ctx(), m.ID, w.Ready("1.3", "Sen").ID)
	wantCode(t, err, model.ELocked, "meeting_locked")
	p := w.Proposal(approved.ProposalID)
	_, err = w.S.UpdateProposal(w.Ctx(), p.ID, p.Content, p.Revision)
	wantCode(t, err, model.ELocked, "proposal_locked")
	wantCode(t, w.S.MoveItem(w.Ctx(), deferred.ID, -1), model.ELocked, "meeting_locked")
	// A decided proposal moves no more.
	for _, move := range []func(context.Context, int64) (model.Proposal, error){w.S.MarkDraft, w.S.MarkReady, w.S.Withdraw} {
		_, err = move(w.Ctx(), p.ID)
		wantCode(t, err, model.EState, "move_not_allowed")
	}

	// The deferred proposal goes on to a later meeting, where a final
	// decision locks it once that meeting is signed off.
	later := w.AddMeeting(Start.Add(30 * 24 * time.Hour))
	it := w.AddItem(later, w.Proposal(deferred.ProposalID))
	w.Decide(it, model.OutcomeApproved)
	if p := w.Proposal(deferred.ProposalID); p.Locked {
		t.Error("locked before the later meeting is signed off")
	}
	w.SignOff(later)
	if p := w.Proposal(deferred.ProposalID); !p.Locked {
		t.Error("not locked after the later meeting is signed off")
	}
}

func testSignOffRefusesTheChairsIdentityForTheAdjuster(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	w.Decide(w.AddItem(m, w.Ready("1.1", "Godkänns")), model.OutcomeApproved)
	signer := "Anna Lindqvist, Älvstads kommun (469b c28e 76b4 434a)"
	_, err := w.S.SignOff(w.Ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.Chair.ID, Role: model.RoleChair, Signer: signer})
	check(t, err)
	_, err = w.S.SignOff(w.Ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.Adjuster.ID, Role: model.RoleAdjuster, Signer: signer})
	wantCode(t, err, model.EState, "signoff_same_identity")
	got, err := w.S.SignOff(w.Ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.Adjuster.ID, Role: model.RoleAdjuster,
		Signer: "Cecilia Öberg, Älvstads kommun (1d2e 3f40 5a6b 7c8d)"})
	check(t, err)
	if !got.SignedOff() {
		t.Fatal("not signed off with two identities")
	}
}
