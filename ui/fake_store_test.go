package ui

import (
	"context"
	"sync/atomic"
	"testing"

	"fyne.io/fyne/v2"
	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/mock"
)

// fakeStore is a store of one area, "1", and two members, for tests of the
// window that are not tests of a store. Each read answers from these; each
// write panics unless the test sets its function. members counts the calls
// of Members.
type fakeStore struct {
	mock.Store
	proposals []model.Proposal
	people    []model.Member
	members   atomic.Int64
}

func newFakeStore() *fakeStore {
	f := &fakeStore{
		proposals: []model.Proposal{{ID: 1, Revision: 1, Status: model.StatusDraft,
			Content: model.Content{Ref: "1", Kind: model.KindArea, Title: "Tidiga insatser"}}},
		people: []model.Member{{ID: 1, Name: "Anna Lindqvist", Active: true}, {ID: 2, Name: "Bo Ek", Active: true}},
	}
	f.PathFn = func() string { return "/fake/styrgrupp.db" }
	f.ProposalsFn = func(context.Context, model.ProposalFilter) ([]model.Proposal, error) { return f.proposals, nil }
	f.ProposalFn = func(_ context.Context, id int64) (model.Proposal, error) {
		for _, p := range f.proposals {
			if p.ID == id {
				return p, nil
			}
		}
		return model.Proposal{}, model.Errorf(model.ENotFound, "proposal_not_found", id)
	}
	f.MembersFn = func(context.Context) ([]model.Member, error) {
		f.members.Add(1)
		return f.people, nil
	}
	f.CommentsFn = func(context.Context, int64) ([]model.Comment, error) { return nil, nil }
	f.RevisionsFn = func(context.Context, int64) ([]model.Revision, error) { return nil, nil }
	f.DecisionsFn = func(context.Context, int64) ([]model.Decision, error) { return nil, nil }
	f.MeetingsFn = func(context.Context) ([]model.Meeting, error) { return nil, nil }
	f.AuditFn = func(context.Context, string, string, int) ([]model.AuditEntry, error) { return nil, nil }
	f.FollowUpFn = func(_ context.Context, id int64) (model.FollowUp, error) { return model.FollowUp{ProposalID: id}, nil }
	f.FollowUpsFn = func(context.Context) ([]model.FollowUpEntry, error) { return nil, nil }
	f.TrustedFilesFn = func(context.Context) ([]model.TrustedFile, error) { return nil, nil }
	f.GroupRulesFn = func(context.Context) (model.GroupRules, error) { return model.DefaultGroupRules(), nil }
	f.VersionFn = func(context.Context) (int64, bool, error) { return 1, true, nil }
	f.CloseFn = func() error { return nil }
	return f
}

// fakeWindow opens the main window, in Swedish, on a fakeStore, its
// background work run at once: for tests of the window's own menus,
// dialogs and settings, which need no programme from a store.
func fakeWindow(t *testing.T) (*MainWindow, fyne.App) {
	t.Helper()
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	w := NewMainWindow(a, newFakeStore())
	w.background = func(f func()) { f() }
	return w, a
}
