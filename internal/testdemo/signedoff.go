package testdemo

import (
	"context"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// SignedOff opens a new store at path with one meeting whose one item is
// decided and whose minutes chair and adjuster signed off with their
// identities (their certificates recorded), and returns it with the
// meeting and a context whose clock stands after the meeting. The caller
// closes the store.
func SignedOff(t testing.TB, path string, chair, adjuster *identity.Identity) (*sqlite.Store, model.Meeting, context.Context) {
	t.Helper()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	s, err := sqlite.Open(path)
	must(err)
	starts := time.Date(2026, 3, 2, 13, 0, 0, 0, time.UTC)
	ctx := model.WithClock(context.Background(), func() time.Time { return starts.Add(2 * time.Hour) })
	var ids []int64
	for _, n := range []string{chair.Name(), adjuster.Name(), "Bo Ek"} {
		mb, err := s.CreateMember(ctx, model.Member{Name: n, Active: true})
		must(err)
		ids = append(ids, mb.ID)
	}
	p, err := s.CreateProposal(ctx, model.Content{Ref: "1", Kind: model.KindArea, Title: "Tidiga insatser"})
	must(err)
	_, err = s.MarkReady(ctx, p.ID)
	must(err)
	m, err := s.CreateMeeting(ctx, model.Meeting{StartsAt: starts, EndsAt: starts.Add(time.Hour), Place: "Stadshuset",
		ChairID: ids[0], AdjusterID: ids[1], SecretaryID: ids[2]})
	must(err)
	it, err := s.AddItem(ctx, m.ID, p.ID)
	must(err)
	_, err = s.RecordDecision(ctx, it.ID, model.Decision{Outcome: model.OutcomeApproved, Text: "Godkänt."})
	must(err)
	for i, id := range []*identity.Identity{chair, adjuster} {
		m, err = s.SignOff(ctx, model.SignOff{MeetingID: m.ID, MemberID: ids[i],
			Role: []model.Role{model.RoleChair, model.RoleAdjuster}[i], Signer: id.Name(), CertSHA256: id.Fingerprint()})
		must(err)
	}
	return s, m, ctx
}
