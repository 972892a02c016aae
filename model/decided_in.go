package model

import "context"

// AgendaEntry is one item about a proposal on one meeting's agenda: where
// the proposal was decided (Item.Decision), or waits for a decision.
type AgendaEntry struct {
	Meeting Meeting
	Item    Item
}

// DecidedIn returns the items about proposal proposalID on every
// meeting's agenda, decided or not, in the order of the meetings and of
// their agendas. It is the one answer to "where was this proposal
// decided" for the window, the documents and the export.
func DecidedIn(ctx context.Context, s MeetingStore, proposalID int64) ([]AgendaEntry, error) {
	all, err := AgendaByProposal(ctx, s)
	if err != nil {
		return nil, err
	}
	return all[proposalID], nil
}

// AgendaByProposal returns what DecidedIn returns for every proposal at
// once, by proposal id, from one read of the meetings.
func AgendaByProposal(ctx context.Context, s MeetingStore) (map[int64][]AgendaEntry, error) {
	meetings, err := s.Meetings(ctx)
	if err != nil {
		return nil, err
	}
	out := map[int64][]AgendaEntry{}
	for _, m := range meetings {
		for _, it := range m.Items {
			out[it.ProposalID] = append(out[it.ProposalID], AgendaEntry{Meeting: m, Item: it})
		}
	}
	return out, nil
}
