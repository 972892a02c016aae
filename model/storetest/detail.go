package storetest

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
)

// A proposal's detail read in one go (ProposalDetail) is what reading
// its parts one at a time gives (model.ReadProposalDetail), for every
// proposal of the demo: decided ones on a signed-off meeting, ones
// waiting on the open meeting's agenda, ones with comments and answers,
// and ones with none of these. An unknown proposal is not found.
func testProposalDetailIsItsParts(t *testing.T, h Harness) {
	s := h.Open(t)
	ctx := model.WithClock(context.Background(), func() time.Time { return demo.StoryTime })
	check(t, demo.Load(ctx, s, assets.Demo))
	ps, err := s.Proposals(ctx, model.ProposalFilter{})
	check(t, err)
	var agenda, comments int
	for _, p := range ps {
		got, err := s.ProposalDetail(ctx, p.ID)
		check(t, err)
		want, err := model.ReadProposalDetail(ctx, s, p.ID)
		check(t, err)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("proposal %s: ProposalDetail gives\n%+v\nits parts\n%+v", p.Ref, got, want)
		}
		agenda += len(got.Agenda)
		comments += len(got.Comments)
	}
	if agenda == 0 || comments == 0 {
		t.Fatalf("the demo gave %d agenda entries and %d comments: the rule tried too little", agenda, comments)
	}
	_, err = s.ProposalDetail(ctx, 1<<40)
	wantCode(t, err, model.ENotFound, "not_found")
}

// A meeting's agenda detail read in one go (AgendaDetail) is what
// reading its parts one at a time gives (model.ReadAgendaDetail), for
// every meeting of the demo, signed off and open. An unknown meeting is
// not found.
func testAgendaDetailIsItsParts(t *testing.T, h Harness) {
	s := h.Open(t)
	ctx := model.WithClock(context.Background(), func() time.Time { return demo.StoryTime })
	check(t, demo.Load(ctx, s, assets.Demo))
	ms, err := s.Meetings(ctx)
	check(t, err)
	items := 0
	for _, m := range ms {
		got, err := s.AgendaDetail(ctx, m.ID)
		check(t, err)
		want, err := model.ReadAgendaDetail(ctx, s, m.ID)
		check(t, err)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("meeting %d: AgendaDetail gives\n%+v\nits parts\n%+v", m.ID, got, want)
		}
		items += len(got.Revisions)
	}
	if items == 0 {
		t.Fatal("the demo's meetings have no items: the rule tried too little")
	}
	_, err = s.AgendaDetail(ctx, 1<<40)
	wantCode(t, err, model.ENotFound, "not_found")
}
