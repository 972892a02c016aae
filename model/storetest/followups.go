package storetest

import (
	"context"
	"reflect"
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
	if !reflect.DeepEqual(saved, f) || !saved.UpdatedAt.Equal(w.Clock.Last()) {
		t.Fatalf("saved\n got %+v\nwant %+v", saved, f)
	}
	read, err := w.S.FollowUp(ctx, approved.ProposalID)
	check(t, err)
	if !reflect.DeepEqual(read, saved) {
		t.Fatalf("read back %+v", read)
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
	wantCode(t, err, model.EState, "progress_not_in_progress")
	if f, _ := w.S.FollowUp(ctx, approved.ProposalID); f.Progress != 100 {
		t.Errorf("progress %d after completion", f.Progress)
	}
}
