package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// SaveFollowUps saves the follow-ups of several proposals in one
// transaction, each with its audit row: when one is refused by the
// model's rules, or was changed in the store since it was read, none is
// saved, and the error names the proposal.
func testFollowUpSaveMany(t *testing.T, h Harness) {
	w := newWorld(t, h)
	m := w.AddMeeting(Start.Add(48 * time.Hour))
	var ids []int64
	for _, ref := range []string{"1.1", "1.2", "1.3"} {
		it := w.AddItem(m, w.Ready(ref, "Insats "+ref))
		w.Decide(it, model.OutcomeApproved)
		ids = append(ids, it.ProposalID)
	}
	w.SignOff(m)
	ctx := context.Background()
	read := func() []model.FollowUp {
		t.Helper()
		var out []model.FollowUp
		for _, id := range ids {
			f, err := w.S.FollowUp(ctx, id)
			check(t, err)
			out = append(out, f)
		}
		return out
	}
	audits := func() int {
		t.Helper()
		rows, err := w.S.Audit(ctx, "followup", "", 0)
		check(t, err)
		return len(rows)
	}
	inner := func(err error) error {
		t.Helper()
		var e *model.Error
		if !errors.As(err, &e) || e.Key != "import_failed_at" || e.Err == nil {
			t.Fatalf("got %v, want the error named by its proposal (import_failed_at)", err)
		}
		return e.Err
	}

	fs := read()
	fs[0].Status, fs[0].Progress = model.FollowUpInProgress, 40
	fs[0].Notes = []model.FollowUpNote{{Date: model.NewDate(2026, 12, 1), AuthorID: w.Member.ID, Text: " Två grupper i gång. "}}
	fs[1].Notes = []model.FollowUpNote{{Date: model.NewDate(2026, 12, 2), Text: "Från förvaltningens blad."}}
	fs[2].Status = model.FollowUpStopped
	check(t, w.S.SaveFollowUps(w.Ctx(), fs))
	got := read()
	if got[0].Status != model.FollowUpInProgress || got[0].Progress != 40 || len(got[0].Notes) != 1 ||
		got[0].Notes[0].Text != "Två grupper i gång." || got[0].Notes[0].AuthorID != w.Member.ID {
		t.Errorf("first %+v", got[0])
	}
	if got[1].Status != model.FollowUpNotStarted || len(got[1].Notes) != 1 || got[1].Notes[0].AuthorID != 0 {
		t.Errorf("second %+v", got[1])
	}
	if got[2].Status != model.FollowUpStopped {
		t.Errorf("third %+v", got[2])
	}
	if n := audits(); n != 3 {
		t.Errorf("%d audit rows about follow-ups, want 3", n)
	}
	check(t, w.S.SaveFollowUps(w.Ctx(), nil))

	// The first would move, the third is refused: none is saved.
	fs = read()
	fs[0].Status = model.FollowUpCompleted
	fs[2].Status = model.FollowUpInProgress
	wantCode(t, inner(w.S.SaveFollowUps(w.Ctx(), fs)), model.EState, "followup_final")
	fs[2].Status = model.FollowUpStopped
	fs[1].Status = model.FollowUpInProgress
	fs[0].Status = model.FollowUpNotStarted
	wantCode(t, inner(w.S.SaveFollowUps(w.Ctx(), fs)), model.EState, "followup_move")
	fs[0].Status = model.FollowUpCompleted
	fs[1].Status, fs[1].Progress = model.FollowUpInProgress, 130
	wantCode(t, inner(w.S.SaveFollowUps(w.Ctx(), fs)), model.EInvalid, "progress_range")
	fs[1].Progress = 0
	fs[1].Notes = append(fs[1].Notes, model.FollowUpNote{AuthorID: w.Member.ID, Text: "Utan datum"})
	wantCode(t, inner(w.S.SaveFollowUps(w.Ctx(), fs)), model.EInvalid, "followup_note_required")
	if after := read(); after[0].Status != model.FollowUpInProgress || len(after[1].Notes) != 1 || audits() != 3 {
		t.Fatalf("a refused save wrote: %+v", after)
	}

	// A follow-up not started is completed, or stopped at a progress,
	// through in progress: two moves, each with its audit row.
	w2 := newWorld(t, h)
	m2 := w2.AddMeeting(Start.Add(48 * time.Hour))
	a, b := w2.AddItem(m2, w2.Ready("1.1", "A")), w2.AddItem(m2, w2.Ready("1.2", "B"))
	w2.Decide(a, model.OutcomeApproved)
	w2.Decide(b, model.OutcomeApproved)
	w2.SignOff(m2)
	fa, err := w2.S.FollowUp(ctx, a.ProposalID)
	check(t, err)
	fb, err := w2.S.FollowUp(ctx, b.ProposalID)
	check(t, err)
	fa.Status, fa.Progress = model.FollowUpCompleted, 100
	fb.Status, fb.Progress = model.FollowUpStopped, 40
	check(t, w2.S.SaveFollowUps(w2.Ctx(), []model.FollowUp{fa, fb}))
	fa, _ = w2.S.FollowUp(ctx, a.ProposalID)
	fb, _ = w2.S.FollowUp(ctx, b.ProposalID)
	if fa.Status != model.FollowUpCompleted || fa.Progress != 100 || fb.Status != model.FollowUpStopped || fb.Progress != 40 {
		t.Fatalf("through in progress: %+v, %+v", fa, fb)
	}
	if rows, _ := w2.S.Audit(ctx, "followup", "", 0); len(rows) != 4 {
		t.Errorf("%d audit rows for two moves each of two follow-ups, want 4", len(rows))
	}

	// A note added since the follow-ups were read is a conflict.
	fs = read()
	_, err = w.S.AddFollowUpNote(w.Ctx(), ids[1], model.FollowUpNote{Date: model.NewDate(2026, 12, 3), AuthorID: w.Member.ID, Text: "Under tiden."})
	check(t, err)
	fs[0].Status = model.FollowUpCompleted
	wantCode(t, inner(w.S.SaveFollowUps(w.Ctx(), fs)), model.EConflict, "followup_changed")
	// So is a save since.
	fs = read()
	again := fs[1]
	again.Status = model.FollowUpInProgress
	_, err = w.S.SaveFollowUp(w.Ctx(), again)
	check(t, err)
	fs[0].Status = model.FollowUpCompleted
	wantCode(t, inner(w.S.SaveFollowUps(w.Ctx(), fs)), model.EConflict, "followup_changed")
	if after := read(); after[0].Status != model.FollowUpInProgress {
		t.Fatalf("a conflicting save wrote: %+v", after[0])
	}
}
