package model

import (
	"slices"
	"testing"
	"time"
)

// agendaOfferFixture is a signed-off meeting in October that deferred
// 1.1 (§ 5) and returned 1.2 and 1.3 (§ 6, § 7), a November meeting that
// deferred 2.1 (§ 9), an open meeting in December with 1.4 on its
// agenda, and the January meeting whose agenda is filled.
func agendaOfferFixture() ([]Proposal, []Meeting, Meeting) {
	oct := time.Date(2026, 10, 14, 13, 0, 0, 0, time.UTC)
	decided := func(id int64, n int, o Outcome) Item {
		return Item{ProposalID: id, Number: n, Decision: &Decision{Outcome: o}}
	}
	proposals := []Proposal{
		{ID: 1, Content: Content{Ref: "1.1"}, Status: StatusReady, Outcome: OutcomeDeferred, Revision: 1},
		{ID: 2, Content: Content{Ref: "1.2"}, Status: StatusDraft, Outcome: OutcomeReturned, Revision: 3, ReturnedAt: 2},
		{ID: 3, Content: Content{Ref: "1.3"}, Status: StatusDraft, Outcome: OutcomeReturned, Revision: 2, ReturnedAt: 2},
		{ID: 4, Content: Content{Ref: "1.4"}, Status: StatusReady, Revision: 1},
		{ID: 5, Content: Content{Ref: "2.1"}, Status: StatusReady, Outcome: OutcomeDeferred, Revision: 1},
		{ID: 6, Content: Content{Ref: "2"}, Status: StatusReady, Revision: 1},
		{ID: 7, Content: Content{Ref: "1.5"}, Status: StatusDraft, Revision: 4},
		{ID: 8, Content: Content{Ref: "1.6"}, Status: StatusDecided, Outcome: OutcomeApproved, Revision: 1},
		{ID: 9, Content: Content{Ref: "1.7"}, Status: StatusReady, Revision: 1},
	}
	october := Meeting{ID: 1, StartsAt: oct, Items: []Item{decided(1, 5, OutcomeDeferred), decided(2, 6, OutcomeReturned),
		decided(3, 7, OutcomeReturned), decided(8, 8, OutcomeApproved)},
		SignOffs: []SignOff{{Role: RoleChair}, {Role: RoleAdjuster}}}
	november := Meeting{ID: 2, StartsAt: oct.AddDate(0, 1, 0), Items: []Item{decided(5, 9, OutcomeDeferred)}}
	december := Meeting{ID: 3, StartsAt: oct.AddDate(0, 2, 0), Items: []Item{{ProposalID: 4, Number: 10}}}
	january := Meeting{ID: 4, StartsAt: oct.AddDate(0, 3, 0), Items: []Item{{ProposalID: 9, Number: 1}}}
	// Newest first, as the meetings window holds them.
	return proposals, []Meeting{january, december, november, october}, january
}

func offerRefs(offers []AgendaOffer) []string {
	var out []string
	for _, o := range offers {
		out = append(out, o.Proposal.Ref)
	}
	return out
}

// Deferred proposals and those returned with a new revision come first,
// oldest decision first; then the ready ones by ref; last those that
// cannot be added: a returned one with no new revision, then those
// waiting at another meeting. Drafts, decided proposals and those already on the
// agenda are not offered.
func TestAgendaOffersRememberDeferredAndRevisedFirst(t *testing.T) {
	proposals, meetings, january := agendaOfferFixture()
	offers := AgendaOffers(proposals, meetings, january)
	want := []string{"1.1", "1.2", "2.1", "2", "1.3", "1.4"}
	if got := offerRefs(offers); !slices.Equal(got, want) {
		t.Fatalf("offered %v, want %v", got, want)
	}
	byRef := map[string]AgendaOffer{}
	for _, o := range offers {
		byRef[o.Proposal.Ref] = o
	}
	cases := []struct {
		ref        string
		remembered Outcome
		meeting    int64
		number     int
		addable    bool
		part       OfferPart
	}{
		{"1.1", OutcomeDeferred, 1, 5, true, OfferRemembered},
		{"1.2", OutcomeReturned, 1, 6, true, OfferRemembered},
		{"2.1", OutcomeDeferred, 2, 9, true, OfferRemembered},
		{"1.3", OutcomeReturned, 1, 7, false, OfferBlocked},
		{"2", "", 0, 0, true, OfferReady},
		{"1.4", "", 0, 0, false, OfferBlocked},
	}
	for _, c := range cases {
		o := byRef[c.ref]
		if o.Remembered != c.remembered || o.At.ID != c.meeting || o.Item.Number != c.number || o.Addable() != c.addable || o.Part() != c.part {
			t.Errorf("%s: remembered %q at meeting %d § %d, addable %v, part %d; want %q at %d § %d, %v, %d",
				c.ref, o.Remembered, o.At.ID, o.Item.Number, o.Addable(), o.Part(), c.remembered, c.meeting, c.number, c.addable, c.part)
		}
	}
	if !byRef["1.3"].NeedsRevision {
		t.Error("1.3, returned at its current revision, is not said to need a new one")
	}
	if o := byRef["1.4"]; !o.Waits() || o.WaitsAt.ID != 3 || o.WaitsItem.Number != 10 {
		t.Errorf("1.4 waits at meeting %d § %d, want meeting 3 § 10", o.WaitsAt.ID, o.WaitsItem.Number)
	}
}

// A deferred proposal put on another open agenda is no longer offered
// first: it waits there, with the others that wait.
func TestAgendaOffersADeferredProposalWaitingElsewhereGoesLast(t *testing.T) {
	proposals, meetings, january := agendaOfferFixture()
	meetings[1].Items = append(meetings[1].Items, Item{ProposalID: 1, Number: 11}) // december
	offers := AgendaOffers(proposals, meetings, january)
	last := offers[len(offers)-1]
	if last.Proposal.Ref != "1.4" || offers[len(offers)-2].Proposal.Ref != "1.1" || !offers[len(offers)-2].Waits() {
		t.Fatalf("offered %v: 1.1 does not wait last with 1.4", offerRefs(offers))
	}
}
