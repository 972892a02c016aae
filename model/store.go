package model

import (
	"context"
	"time"
)

// ProposalFilter narrows a list of proposals; zero fields do not narrow.
type ProposalFilter struct {
	Status          Status
	ProblemArea     ProblemArea
	PreventionLevel PreventionLevel
	Responsible     string
	IDs             []int64 // when not nil, only these (e.g. search hits)
}

// SearchHit is one proposal found by a full-text search (Store.Search
// returns every one, in the order of their ids, unranked).
type SearchHit struct {
	ProposalID int64
	InComment  bool // only a comment on the proposal matched, not its own text
	// CommentID and Comment are, when InComment, the id and the body of
	// the first comment (by id) that matched: why the proposal was found.
	// A deleted comment is never one. Only the first MaxCommentHits
	// proposals found in comments carry theirs, so that a search costs
	// the same however many comments match a common word.
	CommentID int64
	Comment   string
}

// MaxCommentHits is how many of a search's proposals found only in
// comments carry the comment that matched (SearchHit.Comment): more
// than a list is read through.
const MaxCommentHits = 50

// CheckReport is the result of a store's integrity check.
type CheckReport struct {
	Integrity   []string    // lines from PRAGMA integrity_check other than "ok"
	ForeignKeys []string    // one line per row that breaks a foreign key
	Chain       *ChainBreak // the first break in the audit chain, nil when whole
	AuditRows   int64       // rows walked
	// Unlogged names the first thing stored that has no audit row (a
	// revision, decision, sign-off or meeting), when Chain.Reason is
	// "missing": rows were cut off the end of the log.
	Unlogged string
	// Minutes has a line for each signed-off meeting whose minutes are not
	// what was frozen at its sign-off, naming the meeting and what changed
	// (table, row, field), or whose sign-off the tables and the audit log
	// disagree on.
	Minutes []string
}

// OK tells whether every check held.
func (r CheckReport) OK() bool {
	return len(r.Integrity) == 0 && len(r.ForeignKeys) == 0 && r.Chain == nil && len(r.Minutes) == 0
}

// ImportItem is one proposal an import writes: a new one (ID 0) or a new
// revision of the stored proposal ID, made from BaseRevision.
type ImportItem struct {
	ID           int64
	BaseRevision int
	Content      Content
}

// ProposalStore keeps the proposals with their revisions: reading,
// searching, editing, moving between draft and ready, and importing many
// at once. Every write is one transaction with its audit row; the actor
// is the context's (WithActor). Errors are *Error where the user can act
// on them.
type ProposalStore interface {
	Proposals(ctx context.Context, f ProposalFilter) ([]Proposal, error)
	Proposal(ctx context.Context, id int64) (Proposal, error)
	ProposalByRef(ctx context.Context, ref string) (Proposal, error)
	// CreateProposal stores a new proposal as revision 1, in draft.
	CreateProposal(ctx context.Context, c Content) (Proposal, error)
	// UpdateProposal stores c as a new revision when it differs from the
	// current one. baseRevision is the revision the edit started from; if
	// another has been made since, the result is an EConflict error.
	UpdateProposal(ctx context.Context, id int64, c Content, baseRevision int) (Proposal, error)
	MarkReady(ctx context.Context, id int64) (Proposal, error)
	MarkDraft(ctx context.Context, id int64) (Proposal, error)
	Withdraw(ctx context.Context, id int64) (Proposal, error)
	// Import creates and updates many proposals in one transaction: all of
	// them or none. Items come areas first. progress, when not nil, is
	// called now and then with how many are written and how many there are.
	Import(ctx context.Context, items []ImportItem, progress func(done, total int)) error
	Revisions(ctx context.Context, proposalID int64) ([]Revision, error)
	Revision(ctx context.Context, proposalID int64, number int) (Revision, error)
	// Decisions returns every decision taken on a proposal, oldest first.
	Decisions(ctx context.Context, proposalID int64) ([]Decision, error)
	// Search finds proposals whose text or comments match the words of q,
	// each word also as a prefix.
	Search(ctx context.Context, q string) ([]SearchHit, error)
}

// MemberStore keeps the steering group's members.
type MemberStore interface {
	Members(ctx context.Context) ([]Member, error)
	Member(ctx context.Context, id int64) (Member, error)
	CreateMember(ctx context.Context, m Member) (Member, error)
	UpdateMember(ctx context.Context, m Member) (Member, error)
}

// MeetingStore keeps the meetings with their items, decisions, sign-offs,
// frozen minutes and signed protocols.
type MeetingStore interface {
	// Meetings returns every meeting, whole (attendees, items, decisions,
	// sign-offs), oldest first.
	Meetings(ctx context.Context) ([]Meeting, error)
	Meeting(ctx context.Context, id int64) (Meeting, error)
	CreateMeeting(ctx context.Context, m Meeting) (Meeting, error)
	// UpdateMeeting changes time, place, roles and attendees.
	UpdateMeeting(ctx context.Context, m Meeting) (Meeting, error)
	// AddItem puts a ready proposal on the agenda, numbered with the next §
	// of the meeting's calendar year.
	AddItem(ctx context.Context, meetingID, proposalID int64) (Item, error)
	RemoveItem(ctx context.Context, itemID int64) error
	// MoveItem moves an item one place up (-1) or down (+1) on the agenda;
	// it trades § with its neighbour.
	MoveItem(ctx context.Context, itemID int64, delta int) error
	// SetFollowUpItem puts the item "Uppföljning av beslut" on the agenda,
	// last, with the next § (on), or takes it off; the meeting as it then
	// stands is returned.
	SetFollowUpItem(ctx context.Context, meetingID int64, on bool) (Meeting, error)
	// RecordDecision records (or replaces, before sign-off) the decision on
	// an item and moves the proposal as the outcome says.
	RecordDecision(ctx context.Context, itemID int64, d Decision) (Decision, error)
	// SignOff records the chair's or the adjuster's sign-off; the second
	// locks the meeting, its items, decisions and their revisions.
	SignOff(ctx context.Context, s SignOff) (Meeting, error)
	// MinutesRecord returns what the sign-off of a meeting froze; a
	// meeting not signed off, or signed off before minutes were frozen,
	// gives an ENotFound error.
	MinutesRecord(ctx context.Context, meetingID int64) (MinutesRecord, error)
	// Protocol returns the signed protocol kept for a meeting, nil when
	// there is none yet.
	Protocol(ctx context.Context, meetingID int64) ([]byte, error)
	// SaveProtocol stores p as the meeting's protocol: the first version
	// of a signed-off meeting's, or one that extends the stored one
	// (CheckProtocolSave).
	SaveProtocol(ctx context.Context, p Protocol) error
	// GroupRules returns the group's rules of procedure (quorum, casting
	// vote), DefaultGroupRules when none are set.
	GroupRules(ctx context.Context) (GroupRules, error)
	// SetGroupRules sets them; only the secretary may.
	SetGroupRules(ctx context.Context, g GroupRules) error
}

// CommentStore keeps the members' comments on proposals.
type CommentStore interface {
	Comments(ctx context.Context, proposalID int64) ([]Comment, error)
	AddComment(ctx context.Context, c Comment) (Comment, error)
	ResolveComment(ctx context.Context, id int64, by int64, resolved bool) (Comment, error)
	// EditComment changes the body of comment id, as member by; the
	// comment is marked edited and the audit log keeps the old and the new
	// text. Comment.CheckChangeBy says who may, and until when.
	EditComment(ctx context.Context, id, by int64, body string) (Comment, error)
	// DeleteComment deletes comment id, as member by, under the same rule.
	// A comment that others have answered keeps its place in the thread
	// with its body gone (Comment.Deleted); one nobody answered is removed.
	DeleteComment(ctx context.Context, id, by int64) error
}

// FollowUpStore keeps the follow-up of approved interventions.
type FollowUpStore interface {
	// FollowUp returns the follow-up of an approved proposal; one never
	// saved is not started, with the approval's conditions not met.
	FollowUp(ctx context.Context, proposalID int64) (FollowUp, error)
	// SaveFollowUp saves the status, progress, responsible, review date
	// and conditions met, and adds the notes whose ID is 0; the notes
	// saved before stay as they are.
	SaveFollowUp(ctx context.Context, f FollowUp) (FollowUp, error)
	// AddFollowUpNote adds a note, in its author's name, to the
	// follow-up of an approved proposal: any member may.
	AddFollowUpNote(ctx context.Context, proposalID int64, n FollowUpNote) (FollowUp, error)
	// FollowUps returns every approved proposal with its decision and
	// follow-up, in the order of their refs.
	FollowUps(ctx context.Context) ([]FollowUpEntry, error)
	// SaveFollowUps saves many follow-ups, as SaveFollowUp saves one, in
	// one transaction: all of them or none. Each must be as read from the
	// store (its UpdatedAt and its saved notes) with the changes made to
	// it; one changed in the store since is an EConflict error.
	SaveFollowUps(ctx context.Context, fs []FollowUp) error
}

// AdminStore is the store as a whole: its audit log and check, backup,
// version and location.
type AdminStore interface {
	// Audit returns the audit rows about one entity ("" for all), newest
	// first, at most limit of them (0 for all).
	Audit(ctx context.Context, entity, entityID string, limit int) ([]AuditEntry, error)
	Check(ctx context.Context) (CheckReport, error)
	// Backup writes a consistent copy of the whole store, while it is open
	// and in use, to the new file path; an existing file is refused.
	Backup(ctx context.Context, path string) error
	// Version is a number that changes with every change to the store,
	// made by this program or another; mine tells whether the latest was
	// made through this Store.
	Version(ctx context.Context) (version int64, mine bool, err error)
	// Path names where the store is: a file's path or a server's address.
	Path() string
	Close() error
}

// Store keeps everything Styrgrupp knows: every aggregate's store in one.
// The command line opens one and hands it on; each screen and use case
// takes the narrowest of the interfaces above that it needs.
type Store interface {
	ProposalStore
	MemberStore
	MeetingStore
	CommentStore
	FollowUpStore
	TrustStore
	JusteringStore
	AdminStore
	DetailStore
}

type actorKey struct{}

// WithActor returns a context that names who is acting, for the audit log.
func WithActor(ctx context.Context, name string) context.Context {
	return context.WithValue(ctx, actorKey{}, name)
}

// ActorFrom returns the actor named by WithActor, or "system".
func ActorFrom(ctx context.Context) string {
	if v, _ := ctx.Value(actorKey{}).(string); v != "" {
		return v
	}
	return "system"
}

type clockKey struct{}

// WithClock returns a context whose writes are stamped with the time now()
// gives; the demo data uses it to date its history. Without it, writes are
// stamped with time.Now.
func WithClock(ctx context.Context, now func() time.Time) context.Context {
	return context.WithValue(ctx, clockKey{}, now)
}

// Now returns the time from the context's clock, or time.Now.
func Now(ctx context.Context) time.Time {
	if f, ok := ctx.Value(clockKey{}).(func() time.Time); ok {
		return f()
	}
	return time.Now()
}
