// Package storetest is the contract every store of Styrgrupp keeps: one
// black-box suite of the domain rules a store enforces (revisions and
// conflicts, state moves, one open agenda, § numbering, locks after
// sign-off, the audit chain and its check, search, atomic import, the
// version seen from two handles), written against the model's interfaces
// only. An adapter's tests call Run with a Harness that opens its stores
// and, through the small PlainSQL hook, writes behind their backs, so that
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
	// SQL, when not nil, reaches the store's database behind its back;
	// the rules that need it are skipped without one.
	SQL PlainSQL
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
	{"PlainSQL", plainSQLRules},
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
