// Package storetest is the contract every store of Styrgrupp keeps: one
// black-box suite of the domain rules a store enforces (revisions and
// conflicts, state moves, one open agenda, § numbering, locks after
// sign-off, the audit chain and its check, search, atomic import, the
// version seen from two handles), written against the model's interfaces
// only. An adapter's tests call Run with a Harness that opens its stores
// and, through the small Bypass hook, writes behind their backs, so that
// the locks of signed-off minutes are shown to hold in the database
// itself. What only one adapter can show (which statements its triggers
// refuse and with what message, its migrations, its file format) stays in
// that adapter's own tests.
package storetest

import (
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// Harness tells the suite how to get stores of the kind under test.
type Harness struct {
	// Open returns a new, empty store that is closed when t ends.
	Open func(t *testing.T) model.Store
	// Reopen returns a second handle on the store s, as a second window or
	// program would open it, closed when t ends.
	Reopen func(t *testing.T, s model.Store) model.Store
	// Bypass, when not nil, writes to the store behind its back; the rules
	// that need it are skipped without one.
	Bypass Bypass
}

// Bypass writes to a store behind its back, as someone with the
// database's own tools would, each operation in the adapter's own
// language. Each returns the database's refusal as the store would
// report it (a model error: ELocked for a signed-off row), nil when the
// write went through. What the adapter refuses and how it words it in
// detail stays in the adapter's own tests.
type Bypass interface {
	SetMeetingPlace(t *testing.T, s model.Store, meetingID int64, place string) error
	SetDecisionText(t *testing.T, s model.Store, decisionID int64, text string) error
	DeleteDecision(t *testing.T, s model.Store, decisionID int64) error
	SetProposalTitle(t *testing.T, s model.Store, proposalID int64, title string) error
	DeleteRevision(t *testing.T, s model.Store, proposalID int64, number int) error
	SetAuditActor(t *testing.T, s model.Store, seq int64, actor string) error
	DeleteAuditRow(t *testing.T, s model.Store, seq int64) error
	// AddFollowUpNote adds a note with no author to a proposal's
	// follow-up; DeleteFollowUpNote removes one.
	AddFollowUpNote(t *testing.T, s model.Store, proposalID int64, text string) error
	DeleteFollowUpNote(t *testing.T, s model.Store, noteID int64) error
	// SetJusteringReply changes the reply of a note on the draft minutes.
	SetJusteringReply(t *testing.T, s model.Store, noteID int64, reply string) error
}

// contract is one rule of the suite, run on stores the harness opens.
type contract struct {
	name string
	run  func(t *testing.T, h Harness)
}

// groups are the suite's rules by aggregate, in the order they run.
var groups = []struct {
	name  string
	rules []contract
}{
	{"Proposals", []contract{
		{"RoundTrip", testProposalRoundTrip},
		{"NotFound", testProposalNotFound},
		{"CreateRefusals", testCreateProposalRefusals},
		{"Update", testUpdateProposal},
		{"StateMoves", testProposalStateMoves},
		{"SortedAndFiltered", testProposalsSortedAndFiltered},
		{"CarriesItsRevisionsFingerprint", testProposalCarriesItsRevisionsFingerprint},
		{"AreaWithInterventionsKeepsItsRef", testAreaWithInterventionsKeepsItsRef},
		{"Revisions", testRevisions},
		{"StaleEditFromAnotherHandleIsRefused", testStaleEditFromAnotherStoreIsRefused},
	}},
	{"Import", []contract{
		{"WritesEveryItemInOneGo", testImportWritesEveryItemInOneGo},
		{"ThatFailsWritesNothing", testImportThatFailsWritesNothing},
	}},
	{"Search", []contract{
		{"Words", testSearch},
		{"ReturnsEveryHit", testSearchReturnsEveryHit},
		{"SurvivesHostileInput", testSearchSurvivesHostileInput},
		{"HitCarriesTheComment", testSearchHitCarriesTheComment},
		{"TrickyWords", testSearchTrickyWords},
		{"CommentHitsUpToTheCap", testSearchCommentHitsUpToTheCap},
	}},
	{"Members", []contract{
		{"RoundTrip", testMembers},
		{"Roles", testMemberRoleRoundTrips},
		{"ConcurrentWrites", testConcurrentWrites},
	}},
	{"Meetings", []contract{
		{"RoundTrip", testMeetingRoundTrip},
		{"Refusals", testMeetingRefusals},
		{"KeepsTheMeetingsTime", testStoreKeepsTheMeetingsTime},
		{"DecisionNeedsTheMinutesRoles", testStoreRefusesADecisionWithoutTheMinutesRoles},
	}},
	{"Items", []contract{
		{"SectionNumbersRunThroughTheYear", testSectionNumbersRunThroughTheYear},
		{"OneOpenAgendaPerProposal", testAddItemRefusesAProposalWaitingOnAnotherAgenda},
		{"AddRefusals", testAddItemRefusals},
		{"Remove", testRemoveItem},
		{"MoveTradesPlaceAndSection", testMoveItemTradesPlaceAndSection},
		{"SectionYearIsSwedish", testSectionYearIsSwedish},
		{"SectionsFollowTheMeetings", testSectionsFollowTheMeetings},
		{"SignedSectionsStay", testSignedSectionsStay},
		{"MeetingWithItemsStaysInPlace", testMeetingWithItemsStaysInPlace},
		{"FollowUpItemIsTheLastSection", testFollowUpItemIsTheLastSection},
		{"FollowUpItemIsFixedAtSignOff", testFollowUpItemIsFixedAtSignOff},
	}},
	{"Decisions", []contract{
		{"RoundTrip", testDecisionRoundTrip},
		{"ReturnedForRework", testReturnedForRework},
		{"ReplaceBeforeSignOff", testReplaceDecisionBeforeSignOff},
		{"Refusals", testRecordDecisionRefusals},
		{"LaterDecisionKeepsEarlierOneFixed", testLaterDecisionKeepsEarlierOneFixed},
		{"ReservationsOnlyFromDecidingMembers", testRecordDecisionTakesReservationsOnlyFromDecidingMembers},
		{"VoteAndAttendanceRoundTrip", testVoteAndAttendanceRoundTrip},
		{"VoteOnlyByThoseTakingPart", testVoteTakesBallotsOnlyFromThoseTakingPart},
		{"GroupRules", testGroupRules},
	}},
	{"SignOff", []contract{
		{"LocksTheMinutes", testSignOff},
		{"RefusesTheChairsIdentityForTheAdjuster", testSignOffRefusesTheChairsIdentityForTheAdjuster},
		{"MinutesRecord", testMinutesRecord},
		{"LocksHoldBehindTheStoresBack", testLocksHoldBehindTheStoresBack},
		{"ProtocolIsSavedExtendedAndNeverReplaced", testProtocolIsSavedExtendedAndNeverReplaced},
		{"ProtocolRefusedForAnOpenMeeting", testProtocolRefusedForAnOpenMeeting},
	}},
	{"Justering", []contract{
		{"Round", testJusteringRound},
		{"SignOffWaitsForEveryNote", testSignOffWaitsForEveryJusteringNote},
		{"LocksHoldBehindTheStoresBack", testJusteringLocksBehindTheStoresBack},
	}},
	{"Comments", []contract{
		{"RoundTrip", testComments},
		{"Edit", testCommentEdit},
		{"Delete", testCommentDelete},
		{"ChangeEndsWithTheDecision", testCommentChangeEndsWithTheDecision},
	}},
	{"Detail", []contract{
		{"IsItsParts", testProposalDetailIsItsParts},
		{"AgendaIsItsParts", testAgendaDetailIsItsParts},
	}},
	{"Trust", []contract{
		{"Files", testTrustedFiles},
	}},
	{"FollowUp", []contract{
		{"SaveRules", testFollowUp},
		{"Details", testFollowUpDetails},
		{"Entries", testFollowUpEntries},
		{"LocksBehindTheStoresBack", testFollowUpLocksBehindTheStoresBack},
		{"SaveMany", testFollowUpSaveMany},
	}},
	{"Admin", []contract{
		{"AuditLog", testAuditLog},
		{"CheckFreshStore", testCheckFreshStore},
		{"CheckCleanAfterLongHistory", testCheckCleanAfterLongHistory},
		{"VersionTellsOwnChangesFromOthers", testVersionTellsOwnChangesFromOthers},
		{"TwoHandlesWriteAtOnce", testTwoStoresWriteAtOnce},
	}},
}

// Run runs the whole contract on stores h opens, each rule as a parallel
// subtest named by aggregate and rule ("Proposals/Update") on a store of
// its own.
func Run(t *testing.T, h Harness) {
	if h.Open == nil || h.Reopen == nil {
		t.Fatal("storetest: the harness needs Open and Reopen")
	}
	for _, g := range groups {
		t.Run(g.name, func(t *testing.T) {
			for _, c := range g.rules {
				t.Run(c.name, func(t *testing.T) {
					t.Parallel()
					c.run(t, h)
				})
			}
		})
	}
}
