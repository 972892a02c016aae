package postgres_test

import (
	"context"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// deciding sets the meeting's attendance: the chair, the adjuster and the
// member present and deciding, the secretary present without deciding.
func (w *world) deciding(m model.Meeting) model.Meeting {
	w.t.Helper()
	m.Attendees = []model.Attendee{
		{MemberID: w.chair.ID, Present: true, Decides: true},
		{MemberID: w.secretary.ID, Present: true},
		{MemberID: w.adjuster.ID, Present: true, Decides: true},
		{MemberID: w.member.ID, Present: true, Decides: true},
	}
	m, err := w.s.UpdateMeeting(w.ctx(), m)
	check(w.t, err)
	return m
}

func TestDecisionRoundTrip(t *testing.T) {
	w := newWorld(t)
	m := w.deciding(w.meeting(start.Add(48 * time.Hour)))
	p := w.create(fullContent("1.1"))
	p, err := w.s.MarkReady(w.ctx(), p.ID)
	check(t, err)
	it := w.addItem(m, p)
	d := model.Decision{
		Outcome:    model.OutcomeApprovedConditions,
		Text:       " Ledningsgruppen godkänner förslaget med villkor. ",
		Conditions: "Återrapport till ledningsgruppen i juni 2027.",
		Reservations: []model.Reservation{
			{MemberID: w.member.ID, Text: "Jag reserverar mig till förmån för avslag."},
		},
		Notes: []model.MinutesNote{
			{MemberID: w.adjuster.ID, Text: "Justeraren noterar kostnaden."},
			{Text: "Ledningsgruppen noterar att finansieringen är tillfällig."},
		},
		Recusals:   []model.Recusal{{MemberID: w.chair.ID, Reason: "Närstående i styrelsen för en samverkanspart."}},
		Recipients: []string{"Socialförvaltningen", " ", "Barn- och utbildningsförvaltningen"},
	}
	w.during(it.ID)
	got, err := w.s.RecordDecision(w.clk.at("Bo Ek"), it.ID, d)
	check(t, err)
	want := d
	want.ID, want.ItemID, want.ProposalID, want.Revision = got.ID, it.ID, p.ID, 1
	want.Fingerprint = model.Fingerprint(p.Content)
	want.Text = "Ledningsgruppen godkänner förslaget med villkor."
	want.Recipients = []string{"Socialförvaltningen", "Barn- och utbildningsförvaltningen"}
	want.DecidedAt, want.DecidedBy = got.DecidedAt, "Bo Ek"
	if !reflect.DeepEqual(got, want) || !got.DecidedAt.Equal(w.clk.last()) {
		t.Fatalf("recorded\n got %+v\nwant %+v", got, want)
	}
	mt, err := w.s.Meeting(context.Background(), m.ID)
	check(t, err)
	if mt.Items[0].Decision == nil || !reflect.DeepEqual(*mt.Items[0].Decision, got) {
		t.Fatalf("meeting's item has %+v", mt.Items[0].Decision)
	}
	ds, err := w.s.Decisions(context.Background(), p.ID)
	check(t, err)
	if len(ds) != 1 || !reflect.DeepEqual(ds[0], got) {
		t.Fatalf("Decisions = %+v", ds)
	}
	p = w.proposal(p.ID)
	if p.Status != model.StatusDecided || p.Outcome != model.OutcomeApprovedConditions || p.Locked {
		t.Errorf("proposal after decision: %s %s locked=%v", p.Status, p.Outcome, p.Locked)
	}
}

func TestReturnedForRework(t *testing.T) {
	w := newWorld(t)
	p := w.ready("1.1", "Insats")
	first := w.meeting(start.Add(48 * time.Hour))
	it := w.addItem(first, p)
	reason := model.ReturnReason{What: "Kostnadsberäkning och målgrupp", Who: "Samverkansteamet", By: model.NewDate(2026, 12, 1)}
	w.begin(first)
	d, err := w.s.RecordDecision(w.ctx(), it.ID, model.Decision{Outcome: model.OutcomeReturned, Text: "Återremiss.", Return: reason})
	check(t, err)
	if d.Return != reason {
		t.Errorf("return reason %+v", d.Return)
	}
	p = w.proposal(p.ID)
	if p.Status != model.StatusDraft || p.ReturnedAt != 1 || p.Outcome != model.OutcomeReturned {
		t.Fatalf("returned proposal: %+v", p)
	}
	_, err = w.s.MarkReady(w.ctx(), p.ID)
	wantCode(t, err, model.EState, "needs_new_revision")
	c := p.Content
	c.Summary = "Med kostnadsberäkning."
	_, err = w.s.UpdateProposal(w.ctx(), p.ID, c, 1)
	check(t, err)
	p, err = w.s.MarkReady(w.ctx(), p.ID)
	check(t, err)

	// Back on a later agenda, decided on revision 2.
	w.signOff(first)
	second := w.meeting(start.Add(30 * 24 * time.Hour))
	it2 := w.addItem(second, p)
	d2 := w.decide(it2, model.OutcomeApproved)
	if it2.Revision != 2 || d2.Revision != 2 || d2.Fingerprint != model.Fingerprint(c) {
		t.Errorf("second decision on revision %d/%d", it2.Revision, d2.Revision)
	}
	ds, err := w.s.Decisions(context.Background(), p.ID)
	check(t, err)
	if len(ds) != 2 || ds[0].Outcome != model.OutcomeReturned || ds[1].Outcome != model.OutcomeApproved {
		t.Errorf("Decisions = %+v", ds)
	}
}

func TestReplaceDecisionBeforeSignOff(t *testing.T) {
	w := newWorld(t)
	m := w.meeting(start.Add(48 * time.Hour))
	it := w.addItem(m, w.ready("1.1", "Insats"))
	first := w.decide(it, model.OutcomeReturned)
	second := w.decide(it, model.OutcomeDeferred)
	if second.ID != first.ID || second.Outcome != model.OutcomeDeferred || second.Return != (model.ReturnReason{}) {
		t.Fatalf("replaced %+v by %+v", first, second)
	}
	p := w.proposal(it.ProposalID)
	if p.Status != model.StatusReady || p.Outcome != model.OutcomeDeferred || p.ReturnedAt != 0 {
		t.Fatalf("after replacing returned by deferred: %s %s returned at %d", p.Status, p.Outcome, p.ReturnedAt)
	}
	w.decide(it, model.OutcomeRejected)
	if p := w.proposal(it.ProposalID); p.Status != model.StatusDecided || p.Outcome != model.OutcomeRejected {
		t.Fatalf("after replacing by rejected: %s %s", p.Status, p.Outcome)
	}
	ds, err := w.s.Decisions(context.Background(), it.ProposalID)
	check(t, err)
	if len(ds) != 1 {
		t.Fatalf("%d decisions, want 1", len(ds))
	}
	rows, err := w.s.Audit(context.Background(), "proposal", strconv.FormatInt(it.ProposalID, 10), 0)
	check(t, err)
	n := 0
	for _, r := range rows {
		if r.Action == "decision.record" {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d decision rows in the proposal's history, want 3", n)
	}
}

func TestRecordDecisionRefusals(t *testing.T) {
	w := newWorld(t)
	m := w.meeting(start.Add(48 * time.Hour))
	p := w.ready("1.1", "Insats")
	it := w.addItem(m, p)
	w.begin(m)
	for name, tc := range map[string]struct {
		d    model.Decision
		code model.Code
		key  string
	}{
		"no outcome":    {model.Decision{Text: "x"}, model.EInvalid, ""},
		"no text":       {model.Decision{Outcome: model.OutcomeApproved}, model.EInvalid, ""},
		"no conditions": {model.Decision{Outcome: model.OutcomeApprovedConditions, Text: "x"}, model.EInvalid, ""},
		"no reason":     {model.Decision{Outcome: model.OutcomeReturned, Text: "x"}, model.EInvalid, ""},
		"fingerprint":   {model.Decision{Outcome: model.OutcomeApproved, Text: "x", Fingerprint: model.Fingerprint(model.Content{Title: "annat"})}, model.EConflict, "fingerprint_mismatch"},
		"revision":      {model.Decision{Outcome: model.OutcomeApproved, Text: "x", Revision: 5}, model.ENotFound, "not_found"},
		"reserver":      {model.Decision{Outcome: model.OutcomeApproved, Text: "x", Reservations: []model.Reservation{{MemberID: 99, Text: "Nej"}}}, model.ENotFound, "not_found"},
		"corrects":      {model.Decision{Outcome: model.OutcomeApproved, Text: "x", Corrects: 99}, model.ENotFound, "not_found"},
		"recused":       {model.Decision{Outcome: model.OutcomeApproved, Text: "x", Recusals: []model.Recusal{{MemberID: w.member.ID}}, Reservations: []model.Reservation{{MemberID: w.member.ID, Text: "Nej"}}}, model.EInvalid, ""},
	} {
		_, err := w.s.RecordDecision(w.ctx(), it.ID, tc.d)
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		if model.ErrorCode(err) != tc.code {
			t.Errorf("%s: %v (%s), want %s", name, err, model.ErrorCode(err), tc.code)
		}
		if e, ok := err.(*model.Error); tc.key != "" && (!ok || e.Key != tc.key) {
			t.Errorf("%s: %v, want key %s", name, err, tc.key)
		}
	}
	if p := w.proposal(p.ID); p.Status != model.StatusReady {
		t.Fatalf("refusals moved the proposal to %s", p.Status)
	}
	_, err := w.s.MarkDraft(w.ctx(), p.ID)
	check(t, err)
	_, err = w.s.RecordDecision(w.ctx(), it.ID, model.Decision{Outcome: model.OutcomeApproved, Text: "x"})
	wantCode(t, err, model.EState, "decide_not_ready")
	_, err = w.s.RecordDecision(w.ctx(), 999, model.Decision{Outcome: model.OutcomeApproved, Text: "x"})
	wantCode(t, err, model.ENotFound, "not_found")
}

// Undoing a decision puts the proposal back where it stood before it; once
// a later meeting has decided the proposal anew, that would wipe out the
// later decision, so it is refused.
func TestLaterDecisionKeepsEarlierOneFixed(t *testing.T) {
	w := newWorld(t)
	p := w.ready("1.1", "Insats")
	a := w.meeting(start.Add(48 * time.Hour))
	b := w.meeting(start.Add(30 * 24 * time.Hour))
	itA := w.addItem(a, p)
	w.decide(itA, model.OutcomeDeferred)
	itB := w.addItem(b, w.proposal(p.ID))
	w.decide(itB, model.OutcomeApproved)

	_, err := w.s.RecordDecision(w.ctx(), itA.ID, model.Decision{Outcome: model.OutcomeDeferred, Text: "Bordläggs igen."})
	wantCode(t, err, model.EState, "decision_superseded")
	if msg := model.ErrorMessage(err, model.Swedish); !strings.Contains(msg, "1.1") || !strings.Contains(msg, "senare sammanträde") {
		t.Errorf("message %q", msg)
	}
	wantCode(t, w.s.RemoveItem(w.ctx(), itA.ID), model.EState, "decision_superseded")
	if got := w.proposal(p.ID); got.Status != model.StatusDecided || got.Outcome != model.OutcomeApproved {
		t.Fatalf("the later approval was undone: %s %s", got.Status, got.Outcome)
	}
	ds, err := w.s.Decisions(context.Background(), p.ID)
	check(t, err)
	if len(ds) != 2 || ds[0].Outcome != model.OutcomeDeferred || ds[1].Outcome != model.OutcomeApproved {
		t.Fatalf("decisions %+v", ds)
	}

	// The later decision itself may still change, and once it is gone the
	// earlier one is the last again.
	w.decide(itB, model.OutcomeRejected)
	check(t, w.s.RemoveItem(w.ctx(), itB.ID))
	if got := w.proposal(p.ID); got.Status != model.StatusReady || got.Outcome != model.OutcomeDeferred {
		t.Fatalf("after removing the later item: %s %s", got.Status, got.Outcome)
	}
	w.decide(itA, model.OutcomeApproved)
	if got := w.proposal(p.ID); got.Status != model.StatusDecided || got.Outcome != model.OutcomeApproved {
		t.Fatalf("after re-recording the earlier decision: %s %s", got.Status, got.Outcome)
	}
	r, err := w.s.Check(context.Background())
	check(t, err)
	if !r.OK() {
		t.Fatalf("check: %+v %+v", r, r.Chain)
	}
}

// Only a deciding member present (beslutande) can enter a reservation: not
// the secretary or a guest member among others present, not one absent,
// not one who is not listed at all.
func TestRecordDecisionTakesReservationsOnlyFromDecidingMembers(t *testing.T) {
	w := newWorld(t)
	m := w.deciding(w.meeting(start.Add(48 * time.Hour)))
	absent := w.addMember("Erik Frånvarande")
	unlisted := w.addMember("Fia Olistad")
	m.Attendees = append(m.Attendees, model.Attendee{MemberID: absent.ID, Present: false, Decides: true})
	m, err := w.s.UpdateMeeting(w.ctx(), m)
	check(t, err)
	p := w.ready("1.1", "Insats")
	it := w.addItem(m, p)
	w.begin(m)
	for _, mb := range []model.Member{w.secretary, absent, unlisted} {
		_, err := w.s.RecordDecision(w.ctx(), it.ID, model.Decision{Outcome: model.OutcomeRejected, Text: "Avslag.",
			Reservations: []model.Reservation{{MemberID: mb.ID, Text: "Jag reserverar mig."}}})
		wantCode(t, err, model.EInvalid, "")
		var e *model.Error
		if !errors.As(err, &e) || e.Key != "reservation_not_deciding" || e.Field != "reservations" {
			t.Fatalf("%s: %v, want reservation_not_deciding on reservations", mb.Name, err)
		}
		if got := e.Message(model.Swedish); !strings.Contains(got, mb.Name) || !strings.Contains(got, "beslutande") {
			t.Errorf("message %q", got)
		}
	}
	if got := w.proposal(p.ID); got.Status != model.StatusReady {
		t.Fatalf("a refused decision moved the proposal to %s", got.Status)
	}
	d, err := w.s.RecordDecision(w.ctx(), it.ID, model.Decision{Outcome: model.OutcomeRejected, Text: "Avslag.",
		Reservations: []model.Reservation{{MemberID: w.member.ID, Text: "Jag reserverar mig."}}})
	check(t, err)
	if len(d.Reservations) != 1 || d.Reservations[0].MemberID != w.member.ID {
		t.Errorf("reservations %+v", d.Reservations)
	}
	// The attendance cannot then make the reserving member a non-deciding
	// one, which would leave the reservation in the minutes all the same.
	m = w.meetingNow(m.ID)
	m.Attendees[3].Decides = false
	_, err = w.s.UpdateMeeting(w.ctx(), m)
	wantCode(t, err, model.EInvalid, "attendance_has_reservation")
	if e := err.(*model.Error); !strings.Contains(e.Message(model.Swedish), w.member.Name) || !strings.Contains(e.Message(model.Swedish), "§ 1") {
		t.Errorf("message %q", e.Message(model.Swedish))
	}
	m.Attendees[3].Decides = true
	m.Attendees[1].Decides = true // other changes are fine
	_, err = w.s.UpdateMeeting(w.ctx(), m)
	check(t, err)
}
