package model_test

import (
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestCommentChangeIsTheAuthorsUntilTheProposalIsDecided(t *testing.T) {
	const author, other = 4, 5
	c := model.Comment{ID: 1, ProposalID: 7, AuthorID: author, Body: "Text"}
	tests := []struct {
		name   string
		status model.Status
		locked bool
		by     int64
		code   model.Code
		key    string
	}{
		{name: "draft, author", status: model.StatusDraft, by: author},
		{name: "ready, author", status: model.StatusReady, by: author},
		{name: "ready, another member", status: model.StatusReady, by: other, code: model.EState, key: "comment_not_own"},
		{name: "ready, nobody", status: model.StatusReady, by: 0, code: model.EState, key: "comment_not_own"},
		{name: "decided", status: model.StatusDecided, by: author, code: model.ELocked, key: "comment_decided"},
		{name: "withdrawn", status: model.StatusWithdrawn, by: author, code: model.ELocked, key: "comment_decided"},
		{name: "signed off", status: model.StatusDecided, locked: true, by: author, code: model.ELocked, key: "comment_decided"},
		{name: "decided beats not own", status: model.StatusDecided, by: other, code: model.ELocked, key: "comment_decided"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := proposal(tt.status)
			p.Locked = tt.locked
			err := c.CheckChangeBy(p, tt.by)
			if tt.key == "" {
				assertNoErr(t, err)
				if !c.MayChangeBy(p, tt.by) {
					t.Error("MayChangeBy = false where CheckChangeBy allows")
				}
				return
			}
			e := assertErr(t, err, tt.code, tt.key)
			if tt.key == "comment_decided" && (len(e.Args) != 1 || e.Args[0] != p.Ref) {
				t.Errorf("args %v, want the proposal's ref %q", e.Args, p.Ref)
			}
			if c.MayChangeBy(p, tt.by) {
				t.Error("MayChangeBy = true where CheckChangeBy refuses")
			}
		})
	}
}

func TestADeletedCommentIsNotChangedAgain(t *testing.T) {
	c := model.Comment{ID: 1, AuthorID: 4, DeletedAt: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)}
	if !c.Deleted() || c.Edited() {
		t.Fatalf("Deleted %v Edited %v", c.Deleted(), c.Edited())
	}
	assertErr(t, c.CheckChangeBy(proposal(model.StatusReady), 4), model.EState, "comment_deleted")
}
