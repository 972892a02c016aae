package storetest

import (
	"context"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func testAuditLog(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	p := w.Ready("1.1", "Insats")
	c := p.Content
	c.Summary = "Ny sammanfattning"
	ctx := w.Clock.At("Cecilia Öberg")
	edited := w.Clock.Last()
	_, err := w.S.UpdateProposal(ctx, p.ID, c, 1)
	check(t, err)
	it := w.AddItem(m, w.Proposal(p.ID))
	w.Decide(it, model.OutcomeApproved)
	w.SignOff(m)

	all, err := w.S.Audit(context.Background(), "", "", 0)
	check(t, err)
	if model.VerifyChain(reversed(all)) != nil {
		t.Fatal("the chain does not verify")
	}
	for i, e := range all {
		if e.Seq != int64(len(all)-i) {
			t.Fatalf("row %d has seq %d: not newest first", i, e.Seq)
		}
	}
	var update model.AuditEntry
	for _, e := range all {
		if e.Action == "proposal.update" {
			update = e
		}
	}
	if update.Actor != "Cecilia Öberg" || !update.At.Equal(edited) || update.Entity != "proposal" ||
		update.EntityID != strconv.FormatInt(p.ID, 10) {
		t.Errorf("update row %+v", update)
	}

	history, err := w.S.Audit(context.Background(), "proposal", strconv.FormatInt(p.ID, 10), 0)
	check(t, err)
	want := []string{"decision.record", "item.add", "proposal.update", "proposal.ready", "proposal.create"}
	if got := actions(history); !slices.Equal(got, want) {
		t.Errorf("proposal history %v, want %v", got, want)
	}
	minutes, err := w.S.Audit(context.Background(), "meeting", strconv.FormatInt(m.ID, 10), 0)
	check(t, err)
	want = []string{"meeting.signed_off", "meeting.sign_off", "meeting.sign_off", "decision.record", "item.add", "meeting.create"}
	if got := actions(minutes); !slices.Equal(got, want) {
		t.Errorf("meeting history %v, want %v", got, want)
	}
	three, err := w.S.Audit(context.Background(), "", "", 3)
	check(t, err)
	if len(three) != 3 || three[0].Seq != all[0].Seq {
		t.Errorf("limit 3: %+v", three)
	}
	none, err := w.S.Audit(context.Background(), "proposal')--", "1", 0)
	check(t, err)
	if len(none) != 0 {
		t.Errorf("odd entity found %d rows", len(none))
	}
}

func reversed(es []model.AuditEntry) []model.AuditEntry {
	out := slices.Clone(es)
	slices.Reverse(out)
	return out
}

func actions(es []model.AuditEntry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Action)
	}
	return out
}

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
	first := w.AddMeeting(Start.Add(48 * time.Hour))
	a := w.AddItem(first, w.Ready("1.1", "A"))
	b := w.AddItem(first, w.Ready("1.2", "B"))
	c := w.AddItem(first, w.Ready("1.3", "C"))
	w.Decide(a, model.OutcomeReturned)
	w.Decide(a, model.OutcomeDeferred)
	w.Decide(b, model.OutcomeApprovedConditions)
	w.Decide(c, model.OutcomeApproved)
	check(t, w.S.RemoveItem(w.Ctx(), c.ID))
	m, err := w.S.Meeting(context.Background(), first.ID)
	check(t, err)
	m.Place, m.EndsAt, m.SignOffPlace, m.SignOffDate = "Kommunhuset", m.StartsAt.Add(2*time.Hour), "Kansliet", model.NewDate(2026, 9, 10)
	m.Attendees = append(m.Attendees, model.Attendee{MemberID: w.Member.ID, Present: true, Decides: true})
	_, err = w.S.UpdateMeeting(w.Ctx(), m)
	check(t, err)
	_, err = w.S.SignOff(w.Ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.Chair.ID, Role: model.RoleChair,
		SignedAt: time.Date(2026, 9, 10, 9, 0, 0, 0, time.FixedZone("CEST", 2*3600))})
	check(t, err)
	w.Clock.Reach(time.Date(2026, 9, 10, 8, 0, 0, 0, time.UTC)) // the adjuster signs off after the chair
	_, err = w.S.SignOff(w.Ctx(), model.SignOff{MeetingID: m.ID, MemberID: w.Adjuster.ID, Role: model.RoleAdjuster, Signer: "CN=Cecilia"})
	check(t, err)
	second := w.AddMeeting(Start.Add(40 * 24 * time.Hour))
	w.Decide(w.AddItem(second, w.Proposal(a.ProposalID)), model.OutcomeWithdrawn)
	w.Decide(w.AddItem(second, w.Proposal(c.ProposalID)), model.OutcomeRejected)
	w.SignOff(second)
	cm, err := w.S.AddComment(w.Ctx(), model.Comment{ProposalID: a.ProposalID, AuthorID: w.Member.ID, Body: "Bra."})
	check(t, err)
	_, err = w.S.ResolveComment(w.Ctx(), cm.ID, w.Chair.ID, true)
	if err != nil && model.ErrorCode(err) != model.ELocked {
		t.Fatal(err)
	}
	r, err := w.S.Check(context.Background())
	check(t, err)
	if !r.OK() || r.Unlogged != "" {
		t.Fatalf("check: %+v %+v", r, r.Chain)
	}
}
