package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func testCheckFreshStore(t *testing.T, h Harness) {
	s := h.Open(t)
	r, err := s.Check(context.Background())
	check(t, err)
	if !r.OK() || r.AuditRows != 0 {
		t.Fatalf("fresh store: %+v", r)
	}
}

// A history with every kind of write checks clean: the check finds no
// missing row where none is missing.
func testCheckCleanAfterLongHistory(t *testing.T, h Harness) {
	w := newWorld(t, h)
	first := w.meeting(start.Add(48 * time.Hour))
	a := w.addItem(first, w.ready("1.1", "A"))
	b := w.addItem(first, w.ready("1.2", "B"))
	c := w.addItem(first, w.ready("1.3", "C"))
	w.decide(a, model.OutcomeReturned)
	w.decide(a, model.OutcomeDeferred)
	w.decide(b, model.OutcomeApprovedConditions)
	w.decide(c, model.OutcomeApproved)
	check(t, w.s.RemoveItem(w.ctx(), c.ID))
	m, err := w.s.Meeting(context.Background(), first.ID)
	check(t, err)
	m.Place, m.EndsAt, m.SignOffPlace, m.SignOffDate = "Kommunhuset", m.StartsAt.Add(2*time.Hour), "Kansliet", model.NewDate(2026, 9, 10)
	m.Attendees = append(m.Attendees, model.Attendee{MemberID: w.member.ID, Present: true, Decides: true})
	_, err = w.s.UpdateMeeting(w.ctx(), m)
	check(t, err)
	_, err = w.s.SignOff(w.ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.chair.ID, Role: model.RoleChair,
		SignedAt: time.Date(2026, 9, 10, 9, 0, 0, 0, time.FixedZone("CEST", 2*3600))})
	check(t, err)
	w.clk.reach(time.Date(2026, 9, 10, 8, 0, 0, 0, time.UTC)) // the adjuster signs off after the chair
	_, err = w.s.SignOff(w.ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.adjuster.ID, Role: model.RoleAdjuster, Signer: "CN=Cecilia"})
	check(t, err)
	second := w.meeting(start.Add(40 * 24 * time.Hour))
	w.decide(w.addItem(second, w.proposal(a.ProposalID)), model.OutcomeWithdrawn)
	w.decide(w.addItem(second, w.proposal(c.ProposalID)), model.OutcomeRejected)
	w.signOff(second)
	cm, err := w.s.AddComment(w.ctx(), model.Comment{ProposalID: a.ProposalID, AuthorID: w.member.ID, Body: "Bra."})
	check(t, err)
	_, err = w.s.ResolveComment(w.ctx(), cm.ID, w.chair.ID, true)
	if err != nil && model.ErrorCode(err) != model.ELocked {
		t.Fatal(err)
	}
	r, err := w.s.Check(context.Background())
	check(t, err)
	if !r.OK() || r.Unlogged != "" {
		t.Fatalf("check: %+v %+v", r, r.Chain)
	}
}
