package model_test

import (
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func proposal(s model.Status) model.Proposal {
	return model.Proposal{ID: 7, Content: validContent(), Status: s, Revision: 3}
}

// validDecision returns a decision of outcome o that meets every rule.
func validDecision(o model.Outcome) model.Decision {
	d := model.Decision{
		ProposalID:  7,
		Revision:    3,
		Fingerprint: model.Fingerprint(validContent()),
		Outcome:     o,
		Text:        model.DefaultDecisionText(o, model.Swedish),
	}
	switch o {
	case model.OutcomeApprovedConditions:
		d.Conditions = "Återrapportering till ledningsgruppen i december."
	case model.OutcomeReturned:
		d.Return = model.ReturnReason{What: "Kostnadskalkyl", Who: "Förskoleförvaltningen", By: model.NewDate(2027, time.May, 1)}
	}
	return d
}

func TestMarkReady(t *testing.T) {
	tests := []struct {
		name       string
		status     model.Status
		revision   int
		returnedAt int
		code       model.Code
		key        string
	}{
		{name: "from draft", status: model.StatusDraft, revision: 1},
		{name: "from ready", status: model.StatusReady, revision: 1, code: model.EState, key: "move_not_allowed"},
		{name: "from decided", status: model.StatusDecided, revision: 1, code: model.EState, key: "move_not_allowed"},
		{name: "from withdrawn", status: model.StatusWithdrawn, revision: 1, code: model.EState, key: "move_not_allowed"},
		{name: "returned, same revision", status: model.StatusDraft, revision: 3, returnedAt: 3, code: model.EState, key: "needs_new_revision"},
		{name: "returned, older revision", status: model.StatusDraft, revision: 2, returnedAt: 3, code: model.EState, key: "needs_new_revision"},
		{name: "returned, new revision", status: model.StatusDraft, revision: 4, returnedAt: 3},
		{name: "returned long ago", status: model.StatusDraft, revision: 9, returnedAt: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := proposal(tt.status)
			p.Revision, p.ReturnedAt = tt.revision, tt.returnedAt
			err := p.MarkReady()
			if tt.key == "" {
				assertNoErr(t, err)
				if p.Status != model.StatusReady {
					t.Errorf("status = %s, want ready", p.Status)
				}
				return
			}
			assertErr(t, err, tt.code, tt.key)
			if p.Status != tt.status {
				t.Errorf("refused move changed the status to %s", p.Status)
			}
		})
	}
}

func TestMoveNotAllowedMessage(t *testing.T) {
	p := proposal(model.StatusDecided)
	e := assertErr(t, p.MarkReady(), model.EState, "move_not_allowed")
	if got, want := e.Message(model.Swedish), "Förslaget 2.3 kan inte gå från beslutat till för beslut."; got != want {
		t.Errorf("sv = %q, want %q", got, want)
	}
	if got, want := e.Message(model.English), "Proposal 2.3 cannot go from decided to ready for decision."; got != want {
		t.Errorf("en = %q, want %q", got, want)
	}
}

func TestMarkDraft(t *testing.T) {
	tests := []struct {
		status model.Status
		ok     bool
	}{
		{model.StatusReady, true},
		{model.StatusDraft, false},
		{model.StatusDecided, false},
		{model.StatusWithdrawn, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.status), func(t *testing.T) {
			p := proposal(tt.status)
			err := p.MarkDraft()
			if tt.ok {
				assertNoErr(t, err)
				if p.Status != model.StatusDraft {
					t.Errorf("status = %s", p.Status)
				}
				return
			}
			assertErr(t, err, model.EState, "move_not_allowed")
			if p.Status != tt.status {
				t.Errorf("status changed to %s", p.Status)
			}
		})
	}
}

func TestWithdraw(t *testing.T) {
	tests := []struct {
		status model.Status
		ok     bool
	}{
		{model.StatusDraft, true},
		{model.StatusReady, true},
		{model.StatusDecided, false},
		{model.StatusWithdrawn, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.status), func(t *testing.T) {
			p := proposal(tt.status)
			err := p.Withdraw()
			if tt.ok {
				assertNoErr(t, err)
				if p.Status != model.StatusWithdrawn {
					t.Errorf("status = %s", p.Status)
				}
				return
			}
			assertErr(t, err, model.EState, "move_not_allowed")
			if p.Status != tt.status {
				t.Errorf("status changed to %s", p.Status)
			}
		})
	}
}

func TestCheckEditable(t *testing.T) {
	tests := []struct {
		name   string
		status model.Status
		locked bool
		code   model.Code
		key    string
	}{
		{name: "draft", status: model.StatusDraft},
		{name: "ready", status: model.StatusReady},
		{name: "locked", status: model.StatusDecided, locked: true, code: model.ELocked, key: "proposal_locked"},
		{name: "locked withdrawn", status: model.StatusWithdrawn, locked: true, code: model.ELocked, key: "proposal_locked"},
		{name: "withdrawn", status: model.StatusWithdrawn, code: model.EState, key: "proposal_withdrawn"},
		{name: "decided", status: model.StatusDecided, code: model.EState, key: "proposal_decided"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := proposal(tt.status)
			p.Locked = tt.locked
			err := p.CheckEditable()
			if tt.key == "" {
				assertNoErr(t, err)
				return
			}
			e := assertErr(t, err, tt.code, tt.key)
			if len(e.Args) != 1 || e.Args[0] != "2.3" {
				t.Errorf("args = %v, want the ref", e.Args)
			}
		})
	}
}

func TestCheckAgenda(t *testing.T) {
	for _, s := range model.Statuses {
		t.Run(string(s), func(t *testing.T) {
			p := proposal(s)
			err := p.CheckAgenda()
			if s == model.StatusReady {
				assertNoErr(t, err)
				return
			}
			e := assertErr(t, err, model.EState, "agenda_not_ready")
			if !strings.Contains(e.Message(model.Swedish), strings.ToLower(s.Label(model.Swedish))) {
				t.Errorf("message %q does not name the status", e.Message(model.Swedish))
			}
		})
	}
}

func TestCheckCommentChange(t *testing.T) {
	p := proposal(model.StatusDecided)
	assertNoErr(t, p.CheckCommentChange())
	p.Locked = true
	assertErr(t, p.CheckCommentChange(), model.ELocked, "comments_locked")
}

func TestApplyDecision(t *testing.T) {
	tests := []struct {
		outcome    model.Outcome
		status     model.Status
		returnedAt int
	}{
		{model.OutcomeApproved, model.StatusDecided, 0},
		{model.OutcomeApprovedConditions, model.StatusDecided, 0},
		{model.OutcomeRejected, model.StatusDecided, 0},
		{model.OutcomeDeferred, model.StatusReady, 0},
		{model.OutcomeReturned, model.StatusDraft, 3},
		{model.OutcomeWithdrawn, model.StatusWithdrawn, 0},
	}
	if len(tests) != len(model.Outcomes) {
		t.Fatalf("table covers %d outcomes of %d", len(tests), len(model.Outcomes))
	}
	for _, tt := range tests {
		t.Run(string(tt.outcome), func(t *testing.T) {
			p := proposal(model.StatusReady)
			assertNoErr(t, p.ApplyDecision(validDecision(tt.outcome)))
			if p.Status != tt.status || p.Outcome != tt.outcome || p.ReturnedAt != tt.returnedAt {
				t.Errorf("got status %s, outcome %s, returnedAt %d; want %s, %s, %d",
					p.Status, p.Outcome, p.ReturnedAt, tt.status, tt.outcome, tt.returnedAt)
			}
		})
	}
}

func TestApplyDecisionRefused(t *testing.T) {
	for _, s := range []model.Status{model.StatusDraft, model.StatusDecided, model.StatusWithdrawn} {
		t.Run("from "+string(s), func(t *testing.T) {
			p := proposal(s)
			assertErr(t, p.ApplyDecision(validDecision(model.OutcomeApproved)), model.EState, "decide_not_ready")
			if p.Status != s || p.Outcome != "" {
				t.Errorf("refused decision changed the proposal: %s, %q", p.Status, p.Outcome)
			}
		})
	}
	t.Run("invalid decision", func(t *testing.T) {
		p := proposal(model.StatusReady)
		d := validDecision(model.OutcomeApprovedConditions)
		d.Conditions = ""
		assertErr(t, p.ApplyDecision(d), model.EInvalid, "conditions_required")
		if p.Status != model.StatusReady || p.Outcome != "" {
			t.Errorf("invalid decision changed the proposal: %s, %q", p.Status, p.Outcome)
		}
	})
	// An outcome given by its name must not slip past the state rules.
	t.Run("outcome by its name", func(t *testing.T) {
		p := proposal(model.StatusReady)
		d := validDecision(model.OutcomeApproved)
		d.Outcome = "Godkänt"
		assertErr(t, p.ApplyDecision(d), model.EInvalid, "outcome_invalid")
		if p.Status != model.StatusReady || p.Outcome != "" {
			t.Errorf("changed the proposal: %s, %q", p.Status, p.Outcome)
		}
	})
}

// TestReturnedProposalLifecycle walks a proposal through a return for
// rework, a new revision and a second meeting.
func TestReturnedProposalLifecycle(t *testing.T) {
	p := model.Proposal{Content: validContent(), Status: model.StatusDraft, Revision: 1}
	assertNoErr(t, p.MarkReady())
	d := validDecision(model.OutcomeReturned)
	d.Revision = 1
	assertNoErr(t, p.ApplyDecision(d))
	if p.Status != model.StatusDraft || p.ReturnedAt != 1 {
		t.Fatalf("after return: %s, returnedAt %d", p.Status, p.ReturnedAt)
	}
	assertErr(t, p.MarkReady(), model.EState, "needs_new_revision")
	p.Revision = 2
	assertNoErr(t, p.MarkReady())
	d = validDecision(model.OutcomeDeferred)
	d.Revision = 2
	assertNoErr(t, p.ApplyDecision(d))
	if p.Status != model.StatusReady {
		t.Fatalf("after deferral: %s", p.Status)
	}
	assertNoErr(t, p.CheckAgenda())
	d = validDecision(model.OutcomeApproved)
	d.Revision = 2
	assertNoErr(t, p.ApplyDecision(d))
	if p.Status != model.StatusDecided || p.Outcome != model.OutcomeApproved {
		t.Fatalf("after approval: %s, %s", p.Status, p.Outcome)
	}
	assertErr(t, p.CheckEditable(), model.EState, "proposal_decided")
	assertErr(t, p.Withdraw(), model.EState, "move_not_allowed")
}
