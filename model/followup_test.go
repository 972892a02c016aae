package model_test

import (
	"slices"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestOpenFollowUp(t *testing.T) {
	tests := []struct {
		status  model.Status
		outcome model.Outcome
		ok      bool
	}{
		{model.StatusDecided, model.OutcomeApproved, true},
		{model.StatusDecided, model.OutcomeApprovedConditions, true},
		{model.StatusDecided, model.OutcomeRejected, false},
		{model.StatusDecided, "", false},
		{model.StatusReady, model.OutcomeDeferred, false},
		{model.StatusReady, model.OutcomeApproved, false},
		{model.StatusDraft, model.OutcomeReturned, false},
		{model.StatusDraft, "", false},
		{model.StatusWithdrawn, model.OutcomeWithdrawn, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.status)+"/"+string(tt.outcome), func(t *testing.T) {
			p := proposal(tt.status)
			p.Outcome = tt.outcome
			f, err := model.OpenFollowUp(p)
			if !tt.ok {
				assertErr(t, err, model.EState, "followup_not_approved")
				return
			}
			assertNoErr(t, err)
			if f.ProposalID != p.ID || f.Status != model.FollowUpNotStarted || f.Progress != 0 {
				t.Errorf("got %+v", f)
			}
		})
	}
}

func TestFollowUpMoveTo(t *testing.T) {
	allowed := map[[2]model.FollowUpStatus]bool{
		{model.FollowUpNotStarted, model.FollowUpInProgress}: true,
		{model.FollowUpNotStarted, model.FollowUpStopped}:    true,
		{model.FollowUpInProgress, model.FollowUpCompleted}:  true,
		{model.FollowUpInProgress, model.FollowUpStopped}:    true,
	}
	for _, from := range model.FollowUpStatuses {
		for _, to := range slices.Concat(model.FollowUpStatuses, []model.FollowUpStatus{"bogus"}) {
			t.Run(string(from)+"→"+string(to), func(t *testing.T) {
				f := model.FollowUp{ProposalID: 7, Status: from, Progress: 40}
				err := f.MoveTo(to)
				if allowed[[2]model.FollowUpStatus{from, to}] {
					assertNoErr(t, err)
					if f.Status != to {
						t.Errorf("status = %s, want %s", f.Status, to)
					}
					wantProgress := 40
					if to == model.FollowUpCompleted {
						wantProgress = 100
					}
					if f.Progress != wantProgress {
						t.Errorf("progress = %d, want %d", f.Progress, wantProgress)
					}
					return
				}
				e := assertErr(t, err, model.EState, "followup_move")
				if len(e.Args) != 2 || e.Args[0] != from || e.Args[1] != to {
					t.Errorf("args = %v", e.Args)
				}
				if f.Status != from || f.Progress != 40 {
					t.Errorf("refused move changed the follow-up: %+v", f)
				}
			})
		}
	}
	f := model.FollowUp{Status: model.FollowUpCompleted}
	e := assertErr(t, f.MoveTo(model.FollowUpInProgress), model.EState, "followup_move")
	if got, want := e.Message(model.Swedish), "Uppföljningen kan inte gå från genomförd till pågår."; got != want {
		t.Errorf("sv = %q, want %q", got, want)
	}
}

func TestFollowUpSetProgress(t *testing.T) {
	tests := []struct {
		name   string
		status model.FollowUpStatus
		p      int
		code   model.Code
		key    string
	}{
		{name: "0 in progress", status: model.FollowUpInProgress, p: 0},
		{name: "55 in progress", status: model.FollowUpInProgress, p: 55},
		{name: "100 in progress", status: model.FollowUpInProgress, p: 100},
		{name: "-1", status: model.FollowUpInProgress, p: -1, code: model.EInvalid, key: "progress_range"},
		{name: "101", status: model.FollowUpInProgress, p: 101, code: model.EInvalid, key: "progress_range"},
		{name: "not started", status: model.FollowUpNotStarted, p: 10, code: model.EState, key: "progress_not_in_progress"},
		{name: "completed", status: model.FollowUpCompleted, p: 50, code: model.EState, key: "progress_not_in_progress"},
		{name: "stopped", status: model.FollowUpStopped, p: 50, code: model.EState, key: "progress_not_in_progress"},
		{name: "out of range and not started", status: model.FollowUpNotStarted, p: 200, code: model.EInvalid, key: "progress_range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := model.FollowUp{Status: tt.status, Progress: 20}
			err := f.SetProgress(tt.p)
			if tt.key == "" {
				assertNoErr(t, err)
				if f.Progress != tt.p {
					t.Errorf("progress = %d, want %d", f.Progress, tt.p)
				}
				return
			}
			e := assertErr(t, err, tt.code, tt.key)
			if tt.key == "progress_range" && e.Field != "progress" {
				t.Errorf("field = %q", e.Field)
			}
			if f.Progress != 20 {
				t.Errorf("refused change set progress to %d", f.Progress)
			}
		})
	}
}

func TestFollowUpLifecycle(t *testing.T) {
	p := proposal(model.StatusReady)
	assertNoErr(t, p.ApplyDecision(validDecision(model.OutcomeApprovedConditions)))
	f, err := model.OpenFollowUp(p)
	assertNoErr(t, err)
	assertErr(t, f.SetProgress(10), model.EState, "progress_not_in_progress")
	assertNoErr(t, f.MoveTo(model.FollowUpInProgress))
	assertNoErr(t, f.SetProgress(60))
	assertNoErr(t, f.MoveTo(model.FollowUpCompleted))
	if f.Progress != 100 || f.Status != model.FollowUpCompleted {
		t.Errorf("got %+v", f)
	}
	assertErr(t, f.SetProgress(90), model.EState, "progress_not_in_progress")
}

func TestFollowUpNoteValidate(t *testing.T) {
	tests := []struct {
		name string
		n    model.FollowUpNote
		ok   bool
	}{
		{"valid", model.FollowUpNote{Date: model.NewDate(2027, 9, 1), AuthorID: 1, Text: "Start i tre förskolor."}, true},
		{"no date", model.FollowUpNote{Text: "x"}, false},
		{"no text", model.FollowUpNote{Date: model.NewDate(2027, 9, 1)}, false},
		{"blank text", model.FollowUpNote{Date: model.NewDate(2027, 9, 1), Text: "  "}, false},
	}
	for _, tt := range tests {
		err := tt.n.Validate()
		if tt.ok {
			assertNoErr(t, err)
		} else {
			assertErr(t, err, model.EInvalid, "followup_note_required")
		}
	}
}
