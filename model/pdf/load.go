package pdf

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
)

// Source is the part of the store the documents are made from.
type Source interface {
	model.ProposalStore
	model.MemberStore
	model.MeetingStore
	model.CommentStore
	model.FollowUpStore
}

// LoadMinutes reads from s what the minutes of meeting meetingID, and
// extracts from them, are made from: the meeting, the members, the
// revision each item prints and the earlier decisions its decisions
// correct, what its item "Uppföljning av beslut" reports, and its
// justering round when s keeps one (model.JusteringStore). Of a
// signed-off meeting, the meeting, the members named and that report are
// those its sign-off froze (MinutesRecord), so a later change of a
// member's name or a follow-up never changes signed minutes. A meeting that does not
// exist gives the store's ENotFound error.
func LoadMinutes(ctx context.Context, s Source, meetingID int64) (MinutesInput, error) {
	m, err := s.Meeting(ctx, meetingID)
	if err != nil {
		return MinutesInput{}, err
	}
	in := MinutesInput{Meeting: m, Revisions: map[int64]model.Revision{}}
	if in.Members, err = loadMembers(ctx, s); err != nil {
		return MinutesInput{}, err
	}
	if m.SignedOff() {
		rec, err := s.MinutesRecord(ctx, meetingID)
		switch {
		case err == nil:
			in.Meeting, in.Members, in.Record = rec.Minutes.Meeting, rec.Minutes.MemberMap(), &rec
			in.FollowUps, in.Justering = rec.Minutes.FollowUps, rec.Minutes.Justering
			m = in.Meeting
		case model.ErrorCode(err) != model.ENotFound:
			return MinutesInput{}, err
		}
	}
	if js, ok := s.(model.JusteringStore); ok && in.Record == nil {
		r, err := js.JusteringRound(ctx, meetingID)
		if err != nil {
			return MinutesInput{}, err
		}
		in.Justering = r.Summary()
	}
	if in.Record == nil && m.FollowUpSection != 0 {
		if in.FollowUps, err = model.ReadFollowUpReport(ctx, s, m); err != nil {
			return MinutesInput{}, err
		}
	}
	corrects := false
	for _, it := range m.Items {
		n := it.Revision
		if it.Decision != nil {
			n = it.Decision.Revision
			corrects = corrects || it.Decision.Corrects != 0
		}
		r, err := s.Revision(ctx, it.ProposalID, n)
		if err != nil {
			return MinutesInput{}, err
		}
		if in.Record != nil && it.Decision != nil && r.Fingerprint != it.Decision.Fingerprint {
			return MinutesInput{}, model.Errorf(model.EInternal, "minutes_record_mismatch", meetingID)
		}
		in.Revisions[it.ID] = r
	}
	if corrects {
		all, err := model.AgendaByProposal(ctx, s)
		if err != nil {
			return MinutesInput{}, err
		}
		in.Corrected = map[int64]Placement{}
		for _, entries := range all {
			for _, e := range entries {
				if e.Item.Decision != nil {
					in.Corrected[e.Item.Decision.ID] = placement(e)
				}
			}
		}
	}
	return in, nil
}

// LoadBasis reads from s what the decision basis of the proposal with ref
// is made from: the proposal, its current revision, its decisions and
// where they were taken, its comments and the members. A ref that does
// not exist gives the store's ENotFound error.
func LoadBasis(ctx context.Context, s Source, ref string) (BasisInput, error) {
	p, err := s.ProposalByRef(ctx, ref)
	if err != nil {
		return BasisInput{}, err
	}
	in := BasisInput{Proposal: p}
	if in.Revision, err = s.Revision(ctx, p.ID, p.Revision); err != nil {
		return BasisInput{}, err
	}
	if in.Decisions, err = s.Decisions(ctx, p.ID); err != nil {
		return BasisInput{}, err
	}
	if len(in.Decisions) > 0 {
		entries, err := model.DecidedIn(ctx, s, p.ID)
		if err != nil {
			return BasisInput{}, err
		}
		in.Placements = map[int64]Placement{}
		for _, e := range entries {
			in.Placements[e.Item.ID] = placement(e)
		}
	}
	if in.Comments, err = s.Comments(ctx, p.ID); err != nil {
		return BasisInput{}, err
	}
	if in.Members, err = loadMembers(ctx, s); err != nil {
		return BasisInput{}, err
	}
	return in, nil
}

func placement(e model.AgendaEntry) Placement { return model.PlaceOf(e.Meeting, e.Item) }

func loadMembers(ctx context.Context, s model.MemberStore) (map[int64]model.Member, error) {
	ms, err := s.Members(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[int64]model.Member, len(ms))
	for _, m := range ms {
		out[m.ID] = m
	}
	return out, nil
}
