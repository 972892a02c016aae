// Package mock has function-field fakes of the model's store interfaces,
// for tests of screens and use cases that test them and not a store. A
// method whose function field is nil panics, naming the method, so a test
// states every call it expects.
package mock

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
)

// MemberStore is a fake model.MemberStore.
type MemberStore struct {
	MembersFn      func(ctx context.Context) ([]model.Member, error)
	MemberFn       func(ctx context.Context, id int64) (model.Member, error)
	CreateMemberFn func(ctx context.Context, m model.Member) (model.Member, error)
	UpdateMemberFn func(ctx context.Context, m model.Member) (model.Member, error)
}

var _ model.MemberStore = (*MemberStore)(nil)

// Members calls MembersFn.
func (fake *MemberStore) Members(ctx context.Context) ([]model.Member, error) {
	if fake.MembersFn == nil {
		panic("mock: MemberStore.Members called without MembersFn")
	}
	return fake.MembersFn(ctx)
}

// Member calls MemberFn.
func (fake *MemberStore) Member(ctx context.Context, id int64) (model.Member, error) {
	if fake.MemberFn == nil {
		panic("mock: MemberStore.Member called without MemberFn")
	}
	return fake.MemberFn(ctx, id)
}

// CreateMember calls CreateMemberFn.
func (fake *MemberStore) CreateMember(ctx context.Context, m model.Member) (model.Member, error) {
	if fake.CreateMemberFn == nil {
		panic("mock: MemberStore.CreateMember called without CreateMemberFn")
	}
	return fake.CreateMemberFn(ctx, m)
}

// UpdateMember calls UpdateMemberFn.
func (fake *MemberStore) UpdateMember(ctx context.Context, m model.Member) (model.Member, error) {
	if fake.UpdateMemberFn == nil {
		panic("mock: MemberStore.UpdateMember called without UpdateMemberFn")
	}
	return fake.UpdateMemberFn(ctx, m)
}

// CommentStore is a fake model.CommentStore.
type CommentStore struct {
	CommentsFn       func(ctx context.Context, proposalID int64) ([]model.Comment, error)
	AddCommentFn     func(ctx context.Context, c model.Comment) (model.Comment, error)
	ResolveCommentFn func(ctx context.Context, id int64, by int64, resolved bool) (model.Comment, error)
	EditCommentFn    func(ctx context.Context, id, by int64, body string) (model.Comment, error)
	DeleteCommentFn  func(ctx context.Context, id, by int64) error
}

var _ model.CommentStore = (*CommentStore)(nil)

// Comments calls CommentsFn.
func (fake *CommentStore) Comments(ctx context.Context, proposalID int64) ([]model.Comment, error) {
	if fake.CommentsFn == nil {
		panic("mock: CommentStore.Comments called without CommentsFn")
	}
	return fake.CommentsFn(ctx, proposalID)
}

// AddComment calls AddCommentFn.
func (fake *CommentStore) AddComment(ctx context.Context, c model.Comment) (model.Comment, error) {
	if fake.AddCommentFn == nil {
		panic("mock: CommentStore.AddComment called without AddCommentFn")
	}
	return fake.AddCommentFn(ctx, c)
}

// ResolveComment calls ResolveCommentFn.
func (fake *CommentStore) ResolveComment(ctx context.Context, id int64, by int64, resolved bool) (model.Comment, error) {
	if fake.ResolveCommentFn == nil {
		panic("mock: CommentStore.ResolveComment called without ResolveCommentFn")
	}
	return fake.ResolveCommentFn(ctx, id, by, resolved)
}

// EditComment calls EditCommentFn.
func (fake *CommentStore) EditComment(ctx context.Context, id, by int64, body string) (model.Comment, error) {
	if fake.EditCommentFn == nil {
		panic("mock: CommentStore.EditComment called without EditCommentFn")
	}
	return fake.EditCommentFn(ctx, id, by, body)
}

// DeleteComment calls DeleteCommentFn.
func (fake *CommentStore) DeleteComment(ctx context.Context, id, by int64) error {
	if fake.DeleteCommentFn == nil {
		panic("mock: CommentStore.DeleteComment called without DeleteCommentFn")
	}
	return fake.DeleteCommentFn(ctx, id, by)
}

// FollowUpStore is a fake model.FollowUpStore.
type FollowUpStore struct {
	FollowUpFn        func(ctx context.Context, proposalID int64) (model.FollowUp, error)
	SaveFollowUpFn    func(ctx context.Context, f model.FollowUp) (model.FollowUp, error)
	AddFollowUpNoteFn func(ctx context.Context, proposalID int64, n model.FollowUpNote) (model.FollowUp, error)
	FollowUpsFn       func(ctx context.Context) ([]model.FollowUpEntry, error)
	SaveFollowUpsFn   func(ctx context.Context, fs []model.FollowUp) error
}

var _ model.FollowUpStore = (*FollowUpStore)(nil)

// FollowUp calls FollowUpFn.
func (fake *FollowUpStore) FollowUp(ctx context.Context, proposalID int64) (model.FollowUp, error) {
	if fake.FollowUpFn == nil {
		panic("mock: FollowUpStore.FollowUp called without FollowUpFn")
	}
	return fake.FollowUpFn(ctx, proposalID)
}

// SaveFollowUp calls SaveFollowUpFn.
func (fake *FollowUpStore) SaveFollowUp(ctx context.Context, f model.FollowUp) (model.FollowUp, error) {
	if fake.SaveFollowUpFn == nil {
		panic("mock: FollowUpStore.SaveFollowUp called without SaveFollowUpFn")
	}
	return fake.SaveFollowUpFn(ctx, f)
}

// AddFollowUpNote calls AddFollowUpNoteFn.
func (fake *FollowUpStore) AddFollowUpNote(ctx context.Context, proposalID int64, n model.FollowUpNote) (model.FollowUp, error) {
	if fake.AddFollowUpNoteFn == nil {
		panic("mock: FollowUpStore.AddFollowUpNote called without AddFollowUpNoteFn")
	}
	return fake.AddFollowUpNoteFn(ctx, proposalID, n)
}

// FollowUps calls FollowUpsFn.
func (fake *FollowUpStore) FollowUps(ctx context.Context) ([]model.FollowUpEntry, error) {
	if fake.FollowUpsFn == nil {
		panic("mock: FollowUpStore.FollowUps called without FollowUpsFn")
	}
	return fake.FollowUpsFn(ctx)
}

// SaveFollowUps calls SaveFollowUpsFn.
func (fake *FollowUpStore) SaveFollowUps(ctx context.Context, fs []model.FollowUp) error {
	if fake.SaveFollowUpsFn == nil {
		panic("mock: FollowUpStore.SaveFollowUps called without SaveFollowUpsFn")
	}
	return fake.SaveFollowUpsFn(ctx, fs)
}

// AdminStore is a fake model.AdminStore.
type AdminStore struct {
	AuditFn   func(ctx context.Context, entity, entityID string, limit int) ([]model.AuditEntry, error)
	CheckFn   func(ctx context.Context) (model.CheckReport, error)
	BackupFn  func(ctx context.Context, path string) error
	VersionFn func(ctx context.Context) (version int64, mine bool, err error)
	PathFn    func() string
	CloseFn   func() error
}

var _ model.AdminStore = (*AdminStore)(nil)

// Audit calls AuditFn.
func (fake *AdminStore) Audit(ctx context.Context, entity string, entityID string, limit int) ([]model.AuditEntry, error) {
	if fake.AuditFn == nil {
		panic("mock: AdminStore.Audit called without AuditFn")
	}
	return fake.AuditFn(ctx, entity, entityID, limit)
}

// Check calls CheckFn.
func (fake *AdminStore) Check(ctx context.Context) (model.CheckReport, error) {
	if fake.CheckFn == nil {
		panic("mock: AdminStore.Check called without CheckFn")
	}
	return fake.CheckFn(ctx)
}

// Backup calls BackupFn.
func (fake *AdminStore) Backup(ctx context.Context, path string) error {
	if fake.BackupFn == nil {
		panic("mock: AdminStore.Backup called without BackupFn")
	}
	return fake.BackupFn(ctx, path)
}

// Version calls VersionFn.
func (fake *AdminStore) Version(ctx context.Context) (int64, bool, error) {
	if fake.VersionFn == nil {
		panic("mock: AdminStore.Version called without VersionFn")
	}
	return fake.VersionFn(ctx)
}

// Path calls PathFn.
func (fake *AdminStore) Path() string {
	if fake.PathFn == nil {
		panic("mock: AdminStore.Path called without PathFn")
	}
	return fake.PathFn()
}

// Close calls CloseFn.
func (fake *AdminStore) Close() error {
	if fake.CloseFn == nil {
		panic("mock: AdminStore.Close called without CloseFn")
	}
	return fake.CloseFn()
}

// Store is a fake model.Store made of the fakes above.
type Store struct {
	ProposalStore
	MemberStore
	MeetingStore
	CommentStore
	FollowUpStore
	TrustStore
	JusteringStore
	AdminStore
	// ProposalDetailFn answers ProposalDetail; when nil, the detail is
	// read through the other fakes (model.ReadProposalDetail), as the
	// parts a test sets answer.
	ProposalDetailFn func(ctx context.Context, id int64) (model.ProposalDetail, error)
	// AgendaDetailFn answers AgendaDetail; when nil, as ProposalDetailFn.
	AgendaDetailFn func(ctx context.Context, meetingID int64) (model.AgendaDetail, error)
}

var _ model.Store = (*Store)(nil)

// ChangeFeed is a fake model.ChangeFeed; embedded beside Store, it makes
// a fake of a store that tells of changes, as a shared store on a server
// does.
type ChangeFeed struct {
	ChangesFn func(ctx context.Context) <-chan int64
}

var _ model.ChangeFeed = (*ChangeFeed)(nil)

// Changes calls ChangesFn.
func (fake *ChangeFeed) Changes(ctx context.Context) <-chan int64 {
	if fake.ChangesFn == nil {
		panic("mock: ChangeFeed.Changes called without ChangesFn")
	}
	return fake.ChangesFn(ctx)
}

// ProposalDetail calls ProposalDetailFn, or reads the detail through the
// other fakes.
func (fake *Store) ProposalDetail(ctx context.Context, id int64) (model.ProposalDetail, error) {
	if fake.ProposalDetailFn == nil {
		return model.ReadProposalDetail(ctx, fake, id)
	}
	return fake.ProposalDetailFn(ctx, id)
}

// AgendaDetail calls AgendaDetailFn, or reads the detail through the
// other fakes.
func (fake *Store) AgendaDetail(ctx context.Context, meetingID int64) (model.AgendaDetail, error) {
	if fake.AgendaDetailFn == nil {
		return model.ReadAgendaDetail(ctx, fake, meetingID)
	}
	return fake.AgendaDetailFn(ctx, meetingID)
}

// TrustStore is a fake model.TrustStore.
type TrustStore struct {
	TrustedFilesFn      func(ctx context.Context) ([]model.TrustedFile, error)
	AddTrustedFileFn    func(ctx context.Context, f model.TrustedFile) (model.TrustedFile, error)
	RemoveTrustedFileFn func(ctx context.Context, id int64) error
}

var _ model.TrustStore = (*TrustStore)(nil)

// TrustedFiles calls TrustedFilesFn.
func (fake *TrustStore) TrustedFiles(ctx context.Context) ([]model.TrustedFile, error) {
	if fake.TrustedFilesFn == nil {
		panic("mock: TrustStore.TrustedFiles called without TrustedFilesFn")
	}
	return fake.TrustedFilesFn(ctx)
}

// AddTrustedFile calls AddTrustedFileFn.
func (fake *TrustStore) AddTrustedFile(ctx context.Context, f model.TrustedFile) (model.TrustedFile, error) {
	if fake.AddTrustedFileFn == nil {
		panic("mock: TrustStore.AddTrustedFile called without AddTrustedFileFn")
	}
	return fake.AddTrustedFileFn(ctx, f)
}

// RemoveTrustedFile calls RemoveTrustedFileFn.
func (fake *TrustStore) RemoveTrustedFile(ctx context.Context, id int64) error {
	if fake.RemoveTrustedFileFn == nil {
		panic("mock: TrustStore.RemoveTrustedFile called without RemoveTrustedFileFn")
	}
	return fake.RemoveTrustedFileFn(ctx, id)
}
