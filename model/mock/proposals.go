package mock

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
)

// ProposalStore is a fake model.ProposalStore.
type ProposalStore struct {
	ProposalsFn      func(ctx context.Context, f model.ProposalFilter) ([]model.Proposal, error)
	ProposalFn       func(ctx context.Context, id int64) (model.Proposal, error)
	ProposalByRefFn  func(ctx context.Context, ref string) (model.Proposal, error)
	CreateProposalFn func(ctx context.Context, c model.Content) (model.Proposal, error)
	UpdateProposalFn func(ctx context.Context, id int64, c model.Content, baseRevision int) (model.Proposal, error)
	MarkReadyFn      func(ctx context.Context, id int64) (model.Proposal, error)
	MarkDraftFn      func(ctx context.Context, id int64) (model.Proposal, error)
	WithdrawFn       func(ctx context.Context, id int64) (model.Proposal, error)
	ImportFn         func(ctx context.Context, items []model.ImportItem, progress func(done, total int)) error
	RevisionsFn      func(ctx context.Context, proposalID int64) ([]model.Revision, error)
	RevisionFn       func(ctx context.Context, proposalID int64, number int) (model.Revision, error)
	DecisionsFn      func(ctx context.Context, proposalID int64) ([]model.Decision, error)
	SearchFn         func(ctx context.Context, q string) ([]model.SearchHit, error)
}

var _ model.ProposalStore = (*ProposalStore)(nil)

// Proposals calls ProposalsFn.
func (fake *ProposalStore) Proposals(ctx context.Context, f model.ProposalFilter) ([]model.Proposal, error) {
	if fake.ProposalsFn == nil {
		panic("mock: ProposalStore.Proposals called without ProposalsFn")
	}
	return fake.ProposalsFn(ctx, f)
}

// Proposal calls ProposalFn.
func (fake *ProposalStore) Proposal(ctx context.Context, id int64) (model.Proposal, error) {
	if fake.ProposalFn == nil {
		panic("mock: ProposalStore.Proposal called without ProposalFn")
	}
	return fake.ProposalFn(ctx, id)
}

// ProposalByRef calls ProposalByRefFn.
func (fake *ProposalStore) ProposalByRef(ctx context.Context, ref string) (model.Proposal, error) {
	if fake.ProposalByRefFn == nil {
		panic("mock: ProposalStore.ProposalByRef called without ProposalByRefFn")
	}
	return fake.ProposalByRefFn(ctx, ref)
}

// CreateProposal calls CreateProposalFn.
func (fake *ProposalStore) CreateProposal(ctx context.Context, c model.Content) (model.Proposal, error) {
	if fake.CreateProposalFn == nil {
		panic("mock: ProposalStore.CreateProposal called without CreateProposalFn")
	}
	return fake.CreateProposalFn(ctx, c)
}

// UpdateProposal calls UpdateProposalFn.
func (fake *ProposalStore) UpdateProposal(ctx context.Context, id int64, c model.Content, baseRevision int) (model.Proposal, error) {
	if fake.UpdateProposalFn == nil {
		panic("mock: ProposalStore.UpdateProposal called without UpdateProposalFn")
	}
	return fake.UpdateProposalFn(ctx, id, c, baseRevision)
}

// MarkReady calls MarkReadyFn.
func (fake *ProposalStore) MarkReady(ctx context.Context, id int64) (model.Proposal, error) {
	if fake.MarkReadyFn == nil {
		panic("mock: ProposalStore.MarkReady called without MarkReadyFn")
	}
	return fake.MarkReadyFn(ctx, id)
}

// MarkDraft calls MarkDraftFn.
func (fake *ProposalStore) MarkDraft(ctx context.Context, id int64) (model.Proposal, error) {
	if fake.MarkDraftFn == nil {
		panic("mock: ProposalStore.MarkDraft called without MarkDraftFn")
	}
	return fake.MarkDraftFn(ctx, id)
}

// Withdraw calls WithdrawFn.
func (fake *ProposalStore) Withdraw(ctx context.Context, id int64) (model.Proposal, error) {
	if fake.WithdrawFn == nil {
		panic("mock: ProposalStore.Withdraw called without WithdrawFn")
	}
	return fake.WithdrawFn(ctx, id)
}

// Import calls ImportFn.
func (fake *ProposalStore) Import(ctx context.Context, items []model.ImportItem, progress func(done, total int)) error {
	if fake.ImportFn == nil {
		panic("mock: ProposalStore.Import called without ImportFn")
	}
	return fake.ImportFn(ctx, items, progress)
}

// Revisions calls RevisionsFn.
func (fake *ProposalStore) Revisions(ctx context.Context, proposalID int64) ([]model.Revision, error) {
	if fake.RevisionsFn == nil {
		panic("mock: ProposalStore.Revisions called without RevisionsFn")
	}
	return fake.RevisionsFn(ctx, proposalID)
}

// Revision calls RevisionFn.
func (fake *ProposalStore) Revision(ctx context.Context, proposalID int64, number int) (model.Revision, error) {
	if fake.RevisionFn == nil {
		panic("mock: ProposalStore.Revision called without RevisionFn")
	}
	return fake.RevisionFn(ctx, proposalID, number)
}

// Decisions calls DecisionsFn.
func (fake *ProposalStore) Decisions(ctx context.Context, proposalID int64) ([]model.Decision, error) {
	if fake.DecisionsFn == nil {
		panic("mock: ProposalStore.Decisions called without DecisionsFn")
	}
	return fake.DecisionsFn(ctx, proposalID)
}

// Search calls SearchFn.
func (fake *ProposalStore) Search(ctx context.Context, q string) ([]model.SearchHit, error) {
	if fake.SearchFn == nil {
		panic("mock: ProposalStore.Search called without SearchFn")
	}
	return fake.SearchFn(ctx, q)
}
