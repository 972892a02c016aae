package storetest

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
func (w *World) deciding(m model.Meeting) model.Meeting {
	w.T.Helper()
	m.Attendees = []model.Attendee{
		{MemberID: w.Chair.ID, Present: true, Decides: true},
		{MemberID: w.Secretary.ID, Present: true},
		{MemberID: w.Adjuster.ID, Present: true, Decides: true},
		{MemberID: w.Member.ID, Present: true, Decides: true},
	}
	m, err := w.S.UpdateMeeting(w.Ctx(), m)
	check(w.T, err)
	return m
}

func testDecisionRoundTrip(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m := w.deciding(w.AddMeeting(Start.Add(48 * time.Hour)))
	p := w.Create(fullContent("1.1"))
	p, err := w.S.MarkReady(w.Ctx(), p.ID)
	check(t, err)
	it := w.AddItem(m, p)
	d := model.Decision{
		Outcome:    model.OutcomeApprovedConditions,
		Text:       " Ledningsgruppen godkänner förslaget med villkor. ",
		Conditions: "Återrapport till ledningsgruppen i juni 2027.",
		Reservations: []model.Reservation{
			{MemberID: w.Member.ID, Text: "Jag reserverar mig till förmån för avslag."},
		},
		Notes: []model.MinutesNote{
			{MemberID: w.Adjuster.ID, Text: "Justeraren noterar kostnaden."},
			{Text: "Ledningsgruppen noterar att finansieringen är tillfällig."},
		},
		Recusals:   []model.Recusal{{MemberID: w.Chair.ID, Reason: "Närstående i styrelsen för en samverkanspart."}},
		Recipients: []string{"Socialförvaltningen", " ", "Barn- och utbildningsförvaltningen"},
	}
	w.During(it.ID)
	got, err := w.S.RecordDecision(w.Clock.At("Bo Ek"), it.ID, d)
	check(t, err)
	want := d
	want.ID, want.ItemID, want.ProposalID, want.Revision = got.ID, it.ID, p.ID, 1
	want.Fingerprint = model.Fingerprint(p.Content)
	want.Text = "Ledningsgruppen godkänner förslaget med villkor."
	want.Recipients = []string{"Socialförvaltningen", "Barn- och utbildningsförvaltningen"}
	want.DecidedAt, want.DecidedBy = got.DecidedAt, "Bo Ek"
	if !reflect.DeepEqual(got, want) || !got.DecidedAt.Equal(w.Clock.Last()) {
		t.Fatalf("recorded\n got %+v\nwant %+v", got, want)
	}
	mt, err := w.S.Meeting(context.Background(), m.ID)
	check(t, err)
	if mt.Items[0].Decision == nil || !reflect.DeepEqual(*mt.Items[0].Decision, got) {
		t.Fatalf("meeting's item has %+v", mt.Items[0].Decision)
	}
	ds, err := w.S.Decisions(context.Background(), p.ID)
	check(t, err)
	if len(ds) != 1 || !reflect.DeepEqual(ds[0], got) {
		t.Fatalf("Decisions = %+v", ds)
	}
	p = w.Proposal(p.ID)
	if p.Status != model.StatusDecided || p.Outcome != model.OutcomeApprovedConditions || p.Locked {
		t.Errorf("proposal after decision: %s %s locked=%v", p.Status, p.Outcome, p.Locked)
	}
}

func testReturnedForRework(t *testing.T, h Harness) {
	w := newWorld(t, h)
	p := w.Ready("1.1", "Insats")
	first := w.AddMeeting(Start.Add(48 * time.Hour))
	it := w.AddItem(first, p)
	reason := model.ReturnReason{What: "Kostnadsberäkning och målgrupp", Who: "Samverkansteamet", By: model.NewDate(2026, 12, 1)}
	w.Begin(first)
	d, err := w.S.RecordDecision(w.Ctx(), it.ID, model.Decision{Outcome: model.OutcomeReturned, Text: "Återremiss.", Return: reason})
	check(t, err)
	if d.Return != reason {
		t.Errorf("return reason %+v", d.Return)
	}
	p = w.Proposal(p.ID)
	if p.Status != model.StatusDraft || p.ReturnedAt != 1 || p.Outcome != model.OutcomeReturned {
		t.Fatalf("returned proposal: %+v", p)
	}
	_, err = w.S.MarkReady(w.Ctx(), p.ID)
	wantCode(t, err, model.EState, "needs_new_revision")
	c := p.Content
	c.Summary = "Med kostnadsberäkning."
	_, err = w.S.UpdateProposal(w.Ctx(), p.ID, c, 1)
	check(t, err)
	p, err = w.S.MarkReady(w.Ctx(), p.ID)
	check(t, err)

	// Back on a later agenda, decided on revision 2.
	w.SignOff(first)
	second := w.AddMeeting(Start.Add(30 * 24 * time.Hour))
	it2 := w.AddItem(second, p)
	d2 := w.Decide(it2, model.OutcomeApproved)
	if it2.Revision != 2 || d2.Revision != 2 || d2.Fingerprint != model.Fingerprint(c) {
		t.Errorf("second decision on revision %d/%d", it2.Revision, d2.Revision)
	}
	ds, err := w.S.Decisions(context.Background(), p.ID)
	check(t, err)
	if len(ds) != 2 || ds[0].Outcome != model.OutcomeReturned || ds[1].Outcome != model.OutcomeApproved {
		t.Errorf("Decisions = %+v", ds)
	}
}

func testReplaceDecisionBeforeSignOff(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	it := w.AddItem(m, w.Ready("1.1", "Insats"))
	first := w.Decide(it, model.OutcomeReturned)
	second := w.Decide(it, model.OutcomeDeferred)
	if second.ID != first.ID || second.Outcome != model.OutcomeDeferred || second.Return != (model.ReturnReason{}) {
		t.Fatalf("replaced %+v by %+v", first, second)
	}
	p := w.Proposal(it.ProposalID)
	if p.Status != model.StatusReady || p.Outcome != model.OutcomeDeferred || p.ReturnedAt != 0 {
		t.Fatalf("after replacing returned by deferred: %s %s returned at %d", p.Status, p.Outcome, p.ReturnedAt)
	}
	w.Decide(it, model.OutcomeRejected)
	if p := w.Proposal(it.ProposalID); p.Status != model.StatusDecided || p.Outcome != model.OutcomeRejected {
		t.Fatalf("after replacing by rejected: %s %s", p.Status, p.Outcome)
	}
	ds, err := w.S.Decisions(context.Background(), it.ProposalID)
	check(t, err)
	if len(ds) != 1 {
		t.Fatalf("%d decisions, want 1", len(ds))
	}
	rows, err := w.S.Audit(context.Background(), "proposal", strconv.FormatInt(it.ProposalID, 10), 0)
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

func testRecordDecisionRefusals(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	p := w.Ready("1.1", "Insats")
	it := w.AddItem(m, p)
	w.Begin(m)
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
		"recused":       {model.Decision{Outcome: model.OutcomeApproved, Text: "x", Recusals: []model.Recusal{{MemberID: w.Member.ID}}, Reservations: []model.Reservation{{MemberID: w.Member.ID, Text: "Nej"}}}, model.EInvalid, ""},
	} {
		_, err := w.S.RecordDecision(w.Ctx(), it.ID, tc.d)
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
	if p := w.Proposal(p.ID); p.Status != model.StatusReady {
		t.Fatalf("refusals moved the proposal to %s", p.Status)
	}
	_, err := w.S.MarkDraft(w.Ctx(), p.ID)
	check(t, err)
	_, err = w.S.RecordDecision(w.Ctx(), it.ID, model.Decision{Outcome: model.OutcomeApproved, Text: "x"})
	wantCode(t, err, model.EState, "decide_not_ready")
	_, err = w.S.RecordDecision(w.Ctx(), 999, model.Decision{Outcome: model.OutcomeApproved, Text: "x"})
	wantCode(t, err, model.ENotFound, "not_found")
}

// Undoing a decision puts the proposal back where it stood before it; once
// a later meeting has decided the proposal anew, that would wipe out the
// later decision, so it is refused.
func testLaterDecisionKeepsEarlierOneFixed(t *testing.T, h Harness) {
	w := newWorld(t, h)
	p := w.Ready("1.1", "Insats")
	a := w.AddMeeting(Start.Add(48 * time.Hour))
	b := w.AddMeeting(Start.Add(30 * 24 * time.Hour))
	itA := w.AddItem(a, p)
	w.Decide(itA, model.OutcomeDeferred)
	itB := w.AddItem(b, w.Proposal(p.ID))
	w.Decide(itB, model.OutcomeApproved)

	_, err := w.S.RecordDecision(w.Ctx(), itA.ID, model.Decision{Outcome: model.OutcomeDeferred, Text: "Bordläggs igen."})
	wantCode(t, err, model.EState, "decision_superseded")
	if msg := model.ErrorMessage(err, model.Swedish); !strings.Contains(msg, "1.1") || !strings.Contains(msg, "senare sammanträde") {
		t.Errorf("message %q", msg)
	}
	wantCode(t, w.S.RemoveItem(w.Ctx(), itA.ID), model.EState, "decision_superseded")
	if got := w.Proposal(p.ID); got.Status != model.StatusDecided || got.Outcome != model.OutcomeApproved {
		t.Fatalf("the later approval was undone: %s %s", got.Status, got.Outcome)
	}
	ds, err := w.S.Decisions(context.Background(), p.ID)
	check(t, err)
	if len(ds) != 2 || ds[0].Outcome != model.OutcomeDeferred || ds[1].Outcome != model.OutcomeApproved {
		t.Fatalf("decisions %+v", ds)
	}

	// The later decision itself may still change, and once it is gone the
	// earlier one is the last again.
	w.Decide(itB, model.OutcomeRejected)
	check(t, w.S.RemoveItem(w.Ctx(), itB.ID))
	if got := w.Proposal(p.ID); got.Status != model.StatusReady || got.Outcome != model.OutcomeDeferred {
		t.Fatalf("after removing the later item: %s %s", got.Status, got.Outcome)
	}
	w.Decide(itA, model.OutcomeApproved)
	if got := w.Proposal(p.ID); got.Status != model.StatusDecided || got.Outcome != model.OutcomeApproved {
		t.Fatalf("after re-recording the earlier decision: %s %s", got.Status, got.Outcome)
	}
	r, err := w.S.Check(context.Background())
	check(t, err)
	if !r.OK() {
		t.Fatalf("check: %+v %+v", r, r.Chain)
	}
}

// Only a deciding member present (beslutande) can enter a reservation: not
// the secretary or a guest member among others present, not one absent,
// not one who is not listed at all.
func testRecordDecisionTakesReservationsOnlyFromDecidingMembers(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m := w.deciding(w.AddMeeting(Start.Add(48 * time.Hour)))
	absent := w.AddMember("Erik Frånvarande")
	unlisted := w.AddMember("Fia Olistad")
	m.Attendees = append(m.Attendees, model.Attendee{MemberID: absent.ID, Present: false, Decides: true})
	m, err := w.S.UpdateMeeting(w.Ctx(), m)
	check(t, err)
	p := w.Ready("1.1", "Insats")
	it := w.AddItem(m, p)
	w.Begin(m)
	for _, mb := range []model.Member{w.Secretary, absent, unlisted} {
		_, err := w.S.RecordDecision(w.Ctx(), it.ID, model.Decision{Outcome: model.OutcomeRejected, Text: "Avslag.",
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
	if got := w.Proposal(p.ID); got.Status != model.StatusReady {
		t.Fatalf("a refused decision moved the proposal to %s", got.Status)
	}
	d, err := w.S.RecordDecision(w.Ctx(), it.ID, model.Decision{Outcome: model.OutcomeRejected, Text: "Avslag.",
		Reservations: []model.Reservation{{MemberID: w.Member.ID, Text: "Jag reserverar mig."}}})
	check(t, err)
	if len(d.Reservations) != 1 || d.Reservations[0].MemberID != w.Member.ID {
		t.Errorf("reservations %+v", d.Reservations)
	}
	// The attendance cannot then make the reserving member a non-deciding
	// one, which would leave the reservation in the minutes all the same.
	m = w.meetingNow(m.ID)
	m.Attendees[3].Decides = false
	_, err = w.S.UpdateMeeting(w.Ctx(), m)
	wantCode(t, err, model.EInvalid, "attendance_has_reservation")
	if e := err.(*model.Error); !strings.Contains(e.Message(model.Swedish), w.Member.Name) || !strings.Contains(e.Message(model.Swedish), "§ 1") {
		t.Errorf("message %q", e.Message(model.Swedish))
	}
	m.Attendees[3].Decides = true
	m.Attendees[1].Decides = true // other changes are fine
	_, err = w.S.UpdateMeeting(w.Ctx(), m)
	check(t, err)
}
