package model

import (
	"cmp"
	"slices"
)

// AgendaOffer is one proposal offered for a meeting's agenda, with why it
// is offered where it is.
type AgendaOffer struct {
	Proposal Proposal
	// Remembered is the outcome of the earlier decision that brings the
	// proposal back: OutcomeDeferred (bordlagt) or OutcomeReturned
	// (återremitterat); "" for a proposal that is simply ready.
	Remembered Outcome
	// At is the meeting and Item the agenda item where that decision was
	// taken; Item.Number is 0 when no meeting in the list has it.
	At   Meeting
	Item Item
	// NeedsRevision is set for a proposal returned for rework that has no
	// revision since: it is shown, with why, but cannot be added.
	NeedsRevision bool
	// WaitsAt is the other meeting and WaitsItem the item where the
	// proposal waits for its decision; WaitsItem.Number is 0 when it waits
	// nowhere. A proposal that waits elsewhere cannot be added.
	WaitsAt   Meeting
	WaitsItem Item
}

// Addable tells whether the proposal can go on the agenda now (a draft
// returned for rework with a new revision is marked ready as it is added).
func (o AgendaOffer) Addable() bool {
	return !o.NeedsRevision && o.WaitsItem.Number == 0
}

// Waits tells whether the proposal waits for its decision at another
// meeting.
func (o AgendaOffer) Waits() bool { return o.WaitsItem.Number != 0 }

// AgendaOffers lists what target's agenda can take, in the order offered,
// in three parts (OfferPart): first the proposals an earlier meeting
// deferred, or returned for rework and that have a new revision since,
// oldest decision first; then the other proposals ready for decision, by
// ref; last those that cannot be added now: returned ones that still wait
// for a new revision, then those that wait for their decision at another
// meeting not signed off, each by ref. A proposal already on target's
// agenda is not offered.
func AgendaOffers(proposals []Proposal, meetings []Meeting, target Meeting) []AgendaOffer {
	ms := slices.Clone(meetings)
	slices.SortStableFunc(ms, func(a, b Meeting) int {
		return cmp.Or(a.StartsAt.Compare(b.StartsAt), cmp.Compare(a.ID, b.ID))
	})
	var out []AgendaOffer
	for _, p := range proposals {
		if slices.ContainsFunc(target.Items, func(it Item) bool { return it.ProposalID == p.ID }) {
			continue
		}
		o := AgendaOffer{Proposal: p}
		switch {
		case p.Status == StatusReady && p.Outcome == OutcomeDeferred:
			o.Remembered = OutcomeDeferred
		case (p.Status == StatusReady || p.Status == StatusDraft) && p.Outcome == OutcomeReturned && p.ReturnedAt > 0:
			o.Remembered = OutcomeReturned
			o.NeedsRevision = p.Revision <= p.ReturnedAt
		case p.Status != StatusReady:
			continue
		}
		if o.Remembered != "" {
			o.At, o.Item = lastDecided(ms, p.ID)
		}
		o.WaitsAt, o.WaitsItem = firstWaiting(ms, p.ID, target.ID)
		out = append(out, o)
	}
	slices.SortFunc(out, func(a, b AgendaOffer) int {
		if c := cmp.Compare(a.rank(), b.rank()); c != 0 {
			return c
		}
		if a.rank() == 0 {
			if c := cmp.Or(a.At.StartsAt.Compare(b.At.StartsAt), cmp.Compare(a.Item.Number, b.Item.Number)); c != 0 {
				return c
			}
		}
		return CompareRefs(a.Proposal.Ref, b.Proposal.Ref)
	})
	return out
}

// OfferPart is the part of the list an offer goes in (AgendaOffers).
type OfferPart int

// The parts of AgendaOffers' list, in order.
const (
	OfferRemembered OfferPart = iota // deferred, or returned with a new revision
	OfferReady                       // ready for decision, with nothing to remember
	OfferBlocked                     // cannot be added now
)

// Part tells which part of the list the offer goes in.
func (o AgendaOffer) Part() OfferPart {
	switch {
	case !o.Addable():
		return OfferBlocked
	case o.Remembered != "":
		return OfferRemembered
	}
	return OfferReady
}

// rank orders the offers within the parts: in the blocked part, those
// that need a new revision before those that wait elsewhere.
func (o AgendaOffer) rank() int {
	if o.Waits() {
		return int(o.Part()) + 1
	}
	return int(o.Part())
}

// lastDecided finds the latest decision on the proposal among ms (oldest
// first): its meeting and item.
func lastDecided(ms []Meeting, proposalID int64) (Meeting, Item) {
	for i := len(ms) - 1; i >= 0; i-- {
		for _, it := range ms[i].Items {
			if it.ProposalID == proposalID && it.Decision != nil {
				return ms[i], it
			}
		}
	}
	return Meeting{}, Item{}
}

// firstWaiting finds the first meeting among ms (oldest first), other
// than the one with id except and not signed off, where the proposal is
// on the agenda without a decision. Such a proposal cannot go on another
// agenda (the store refuses it): decided at one meeting, it could not be
// decided at the other.
func firstWaiting(ms []Meeting, proposalID, except int64) (Meeting, Item) {
	for _, m := range ms {
		if m.ID == except || m.SignedOff() {
			continue
		}
		for _, it := range m.Items {
			if it.ProposalID == proposalID && it.Decision == nil {
				return m, it
			}
		}
	}
	return Meeting{}, Item{}
}
