package storetest

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func testFollowUp(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	approved := w.AddItem(m, w.Ready("1.1", "Godkänd"))
	rejected := w.AddItem(m, w.Ready("1.2", "Avslagen"))
	w.Decide(approved, model.OutcomeApprovedConditions)
	w.Decide(rejected, model.OutcomeRejected)
	w.SignOff(m)
	ctx := context.Background()

	_, err := w.S.FollowUp(ctx, rejected.ProposalID)
	wantCode(t, err, model.EState, "followup_not_approved")
	_, err = w.S.SaveFollowUp(w.Ctx(), model.FollowUp{ProposalID: rejected.ProposalID, Status: model.FollowUpInProgress})
	wantCode(t, err, model.EState, "followup_not_approved")
	_, err = w.S.FollowUp(ctx, 99)
	wantCode(t, err, model.ENotFound, "not_found")

	f, err := w.S.FollowUp(ctx, approved.ProposalID)
	check(t, err)
	if f.Status != model.FollowUpNotStarted || f.Progress != 0 || f.Notes != nil {
		t.Fatalf("fresh follow-up %+v", f)
	}
	f.Status, f.Progress = model.FollowUpInProgress, 30
	f.Notes = []model.FollowUpNote{
		{Date: model.NewDate(2026, 10, 1), AuthorID: w.Member.ID, Text: " Första gruppen har startat. "},
		{Date: model.NewDate(2026, 11, 1), Text: "Två grupper i gång."},
	}
	saved, err := w.S.SaveFollowUp(w.Clock.At("Dan Åström"), f)
	check(t, err)
	f.Notes[0].Text = "Första gruppen har startat."
	f.UpdatedAt = saved.UpdatedAt
	for i := range f.Notes {
		if saved.Notes[i].ID == 0 {
			t.Fatalf("note %d saved without an id: %+v", i, saved.Notes)
		}
		f.Notes[i].ID = saved.Notes[i].ID
	}
	f.Conditions = []model.FollowUpCondition{{Text: "Återrapport i juni."}}
	if !reflect.DeepEqual(saved, f) || !saved.UpdatedAt.Equal(w.Clock.Last()) {
		t.Fatalf("saved\n got %+v\nwant %+v", saved, f)
	}
	read, err := w.S.FollowUp(ctx, approved.ProposalID)
	check(t, err)
	if !reflect.DeepEqual(read, saved) {
		t.Fatalf("read back %+v", read)
	}
	// Saving what was read adds no note again.
	again, err := w.S.SaveFollowUp(w.Ctx(), read)
	check(t, err)
	if len(again.Notes) != 2 {
		t.Fatalf("notes after saving again: %+v", again.Notes)
	}

	bad := saved
	bad.Progress = 130
	_, err = w.S.SaveFollowUp(w.Ctx(), bad)
	wantCode(t, err, model.EInvalid, "progress_range")
	bad = saved
	bad.Notes = append(bad.Notes, model.FollowUpNote{Text: "Utan datum"})
	_, err = w.S.SaveFollowUp(w.Ctx(), bad)
	wantCode(t, err, model.EInvalid, "followup_note_required")
	bad = saved
	bad.Status = model.FollowUpNotStarted
	_, err = w.S.SaveFollowUp(w.Ctx(), bad)
	wantCode(t, err, model.EState, "followup_move")

	done := saved
	done.Status = model.FollowUpCompleted // with the old progress, 30
	done, err = w.S.SaveFollowUp(w.Ctx(), done)
	check(t, err)
	if done.Status != model.FollowUpCompleted || done.Progress != 100 || len(done.Notes) != 2 {
		t.Fatalf("completed %+v", done)
	}
	done.Progress = 50
	_, err = w.S.SaveFollowUp(w.Ctx(), done)
	wantCode(t, err, model.EState, "followup_final")
	if f, _ := w.S.FollowUp(ctx, approved.ProposalID); f.Progress != 100 {
		t.Errorf("progress %d after completion", f.Progress)
	}
}

// The follow-up's responsible, review date and conditions met are saved;
// the conditions are the decision's, one per line; a member adds a note
// in their own name; once completed only notes are added.
func testFollowUpDetails(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	it := w.AddItem(m, w.Ready("1.1", "Med villkor"))
	w.During(it.ID)
	_, err := w.S.RecordDecision(w.Ctx(), it.ID, model.Decision{Outcome: model.OutcomeApprovedConditions,
		Text: "Godkänns med villkor.", Conditions: "1. Budget i mars.\n\n- Avtal med regionen."})
	check(t, err)
	w.SignOff(m)
	ctx := context.Background()

	f, err := w.S.FollowUp(ctx, it.ProposalID)
	check(t, err)
	want := []model.FollowUpCondition{{Text: "Budget i mars."}, {Text: "Avtal med regionen."}}
	if !reflect.DeepEqual(f.Conditions, want) {
		t.Fatalf("conditions %+v, want %+v", f.Conditions, want)
	}
	f.Status, f.Responsible, f.ReviewDate = model.FollowUpInProgress, " Socialchefen ", model.NewDate(2027, 3, 1)
	f.Conditions[1].MetOn, f.Conditions[1].MetBy = model.NewDate(2026, 12, 10), w.Member.ID
	saved, err := w.S.SaveFollowUp(w.Ctx(), f)
	check(t, err)
	if saved.Responsible != "Socialchefen" || saved.ReviewDate != model.NewDate(2027, 3, 1) ||
		saved.Conditions[0].Met() || !saved.Conditions[1].Met() || saved.Conditions[1].MetBy != w.Member.ID {
		t.Fatalf("saved %+v", saved)
	}

	bad := saved
	bad.Conditions = append([]model.FollowUpCondition(nil), saved.Conditions...)
	bad.Conditions[0].Text = "Inget villkor alls"
	_, err = w.S.SaveFollowUp(w.Ctx(), bad)
	wantCode(t, err, model.EInvalid, "followup_conditions")
	bad.Conditions = saved.Conditions[:1]
	_, err = w.S.SaveFollowUp(w.Ctx(), bad)
	wantCode(t, err, model.EInvalid, "followup_conditions")
	bad = saved
	bad.Conditions = []model.FollowUpCondition{saved.Conditions[0], {Text: saved.Conditions[1].Text, MetOn: model.NewDate(2026, 12, 10)}}
	_, err = w.S.SaveFollowUp(w.Ctx(), bad)
	wantCode(t, err, model.EInvalid, "followup_condition_met")
	bad = saved
	bad.Responsible = strings.Repeat("x", model.MaxResponsibleLen+1)
	_, err = w.S.SaveFollowUp(w.Ctx(), bad)
	wantCode(t, err, model.EInvalid, "followup_responsible_long")

	noted, err := w.S.AddFollowUpNote(w.Ctx(), it.ProposalID, model.FollowUpNote{Date: model.NewDate(2026, 12, 11), AuthorID: w.Member.ID, Text: " Avtalet klart. "})
	check(t, err)
	if len(noted.Notes) != 1 || noted.Notes[0].Text != "Avtalet klart." || noted.Notes[0].AuthorID != w.Member.ID || noted.Responsible != "Socialchefen" {
		t.Fatalf("after the note %+v", noted)
	}
	_, err = w.S.AddFollowUpNote(w.Ctx(), it.ProposalID, model.FollowUpNote{Date: model.NewDate(2026, 12, 11), Text: "Utan författare"})
	wantCode(t, err, model.EInvalid, "followup_note_author")
	_, err = w.S.AddFollowUpNote(w.Ctx(), it.ProposalID, model.FollowUpNote{AuthorID: w.Member.ID, Text: "Utan datum"})
	wantCode(t, err, model.EInvalid, "followup_note_required")

	noted.Status = model.FollowUpCompleted
	done, err := w.S.SaveFollowUp(w.Ctx(), noted)
	check(t, err)
	late := done
	late.Responsible = "Någon annan"
	_, err = w.S.SaveFollowUp(w.Ctx(), late)
	wantCode(t, err, model.EState, "followup_final")
	late = done
	late.Notes = append(late.Notes, model.FollowUpNote{Date: model.NewDate(2027, 1, 5), AuthorID: w.Member.ID, Text: "Utvärdering klar."})
	late, err = w.S.SaveFollowUp(w.Ctx(), late)
	check(t, err)
	if len(late.Notes) != 2 || late.Status != model.FollowUpCompleted {
		t.Fatalf("a note on completed work: %+v", late)
	}
}

// FollowUps lists each approved proposal with its approving decision, the
// meeting and § that took it, and its follow-up, in the order of refs;
// rejected and undecided proposals are not listed.
func testFollowUpEntries(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	second := w.AddItem(m, w.Ready("1.2", "Andra"))
	first := w.AddItem(m, w.Ready("1.1", "Första"))
	rejected := w.AddItem(m, w.Ready("1.3", "Avslås"))
	w.Ready("1.4", "Ej beslutad")
	d2 := w.Decide(second, model.OutcomeApproved)
	d1 := w.Decide(first, model.OutcomeApprovedConditions)
	w.Decide(rejected, model.OutcomeRejected)
	w.SignOff(m)
	_, err := w.S.AddFollowUpNote(w.Ctx(), second.ProposalID, model.FollowUpNote{Date: model.NewDate(2026, 12, 1), AuthorID: w.Member.ID, Text: "I gång."})
	check(t, err)

	es, err := w.S.FollowUps(context.Background())
	check(t, err)
	if len(es) != 2 {
		t.Fatalf("%d entries, want 2: %+v", len(es), es)
	}
	for i, want := range []struct {
		ref     string
		d       model.Decision
		section int
		notes   int
	}{{"1.1", d1, first.Number, 0}, {"1.2", d2, second.Number, 1}} {
		e := es[i]
		if e.Proposal.Ref != want.ref || e.Decision.ID != want.d.ID || e.Section != want.section ||
			e.Meeting.ID != m.ID || e.Meeting.Title != m.Title || !e.Meeting.StartsAt.Equal(m.StartsAt) ||
			e.SignedOffAt.IsZero() || len(e.FollowUp.Notes) != want.notes || e.FollowUp.ProposalID != e.Proposal.ID {
			t.Errorf("entry %d: %+v", i, e)
		}
	}
	if len(es[0].FollowUp.Conditions) != 1 || es[1].FollowUp.Conditions != nil {
		t.Errorf("conditions %+v / %+v", es[0].FollowUp.Conditions, es[1].FollowUp.Conditions)
	}
}

// Behind the store's back a saved note can be neither changed nor
// removed, and nothing is added to the follow-up of a proposal whose
// latest decision does not approve it.
func testFollowUpLocksBehindTheStoresBack(t *testing.T, h Harness) {
	w := newWorld(t, h)
	b := connect(t, h, w)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	approved := w.AddItem(m, w.Ready("1.1", "Godkänd"))
	rejected := w.AddItem(m, w.Ready("1.2", "Avslagen"))
	w.Decide(approved, model.OutcomeApproved)
	w.Decide(rejected, model.OutcomeRejected)
	w.SignOff(m)

	check(t, b.AddFollowUpNote(approved.ProposalID, "Skriven i databasen"))
	f, err := w.S.FollowUp(context.Background(), approved.ProposalID)
	check(t, err)
	if len(f.Notes) != 1 {
		t.Fatalf("notes %+v", f.Notes)
	}
	wantCode(t, b.DeleteFollowUpNote(f.Notes[0].ID), model.ELocked, "followup_note_locked")
	wantCode(t, b.AddFollowUpNote(rejected.ProposalID, "Avslaget följs ändå upp"), model.ELocked, "followup_locked")
}
