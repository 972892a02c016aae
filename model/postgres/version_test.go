package postgres_test

import (
	"context"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/postgres"
)

func TestVersionTellsOwnChangesFromOthers(t *testing.T) {
	s, url := openStore(t)
	other, err := postgres.Open(context.Background(), url)
	check(t, err)
	defer other.Close()
	ctx := model.WithActor(context.Background(), "Bo Ek")

	v0, mine, err := s.Version(ctx)
	check(t, err)
	if !mine {
		t.Error("an unchanged store counts as changed elsewhere")
	}
	if _, err := s.CreateProposal(ctx, model.Content{Ref: "1", Kind: model.KindArea, Title: "Område"}); err != nil {
		t.Fatal(err)
	}
	v1, mine, err := s.Version(ctx)
	check(t, err)
	if v1 == v0 || !mine {
		t.Errorf("after its own write: version %d (was %d), mine %v", v1, v0, mine)
	}
	v, mine, err := other.Version(ctx)
	check(t, err)
	if v != v1 || mine {
		t.Errorf("the other Store sees version %d (want %d), mine %v", v, v1, mine)
	}
	if _, err := other.CreateProposal(ctx, model.Content{Ref: "2", Kind: model.KindArea, Title: "Område 2"}); err != nil {
		t.Fatal(err)
	}
	v2, mine, err := s.Version(ctx)
	check(t, err)
	if v2 == v1 || mine {
		t.Errorf("after the other's write: version %d (was %d), mine %v", v2, v1, mine)
	}
}
