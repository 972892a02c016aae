package ui

import (
	"context"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/pgtest"
	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/postgres"
)

// tellingStore is a shared store that signals the test at each look at
// its Version and after each reading of the proposals, passing its
// change feed on. The window sees it, as it sees any store, through
// model's interfaces only: this test opens the PostgreSQL store itself,
// as cmd/styrgrupp does for the program.
type tellingStore struct {
	model.Store
	model.ChangeFeed
	looks, reads chan struct{}
}

func (s *tellingStore) Version(ctx context.Context) (int64, bool, error) {
	defer signal(s.looks)
	return s.Store.Version(ctx)
}

func (s *tellingStore) Proposals(ctx context.Context, f model.ProposalFilter) ([]model.Proposal, error) {
	defer signal(s.reads)
	return s.Store.Proposals(ctx, f)
}

// drain empties ch of signals already sent.
func drain(ch chan struct{}) {
	for {
		select {
		case <-ch:
		default:
			return
		}
	}
}

// openShared opens a Store on the database at url, closed when the test
// ends.
func openShared(t *testing.T, url string) *postgres.Store {
	t.Helper()
	s, err := postgres.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// Two desktops on one server: what one member writes shows in the other
// member's open window once the database tells of it (LISTEN/NOTIFY), a
// comment in the comments of the proposal shown and a new revision in
// the proposal itself, without the window being asked to read again and
// without losing what the user is typing.
func TestTwoDesktopsAChangeOnOneShowsInTheOthersWindow(t *testing.T) {
	url := pgtest.URL(t)
	a, b := openShared(t, url), openShared(t, url)
	ctx := testCtx("Bo Ek")
	anna, err := b.CreateMember(ctx, model.Member{Name: "Anna Lindqvist", Active: true})
	if err != nil {
		t.Fatal(err)
	}
	area, err := b.CreateProposal(ctx, model.Content{Ref: "1", Kind: model.KindArea, Title: "Tidiga insatser"})
	if err != nil {
		t.Fatal(err)
	}
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := &tellingStore{Store: a, ChangeFeed: a, looks: make(chan struct{}, 1), reads: make(chan struct{}, 1)}
	w := NewMainWindow(testapp.New(t), s)
	w.Select("1")

	// change makes a change through b while the window watches a, and
	// waits until the window has read the proposals again.
	change := func(what string, write func() error) {
		t.Helper()
		drain(s.looks)
		drain(s.reads)
		stop := watching(t, w)
		await(t, s.looks, "the window's first look at the store")
		if err := write(); err != nil {
			t.Fatal(err)
		}
		await(t, s.reads, "the window reading the store after "+what)
		stop()
	}

	w.comments.entry.SetText("Jag svarar") // being typed as the other's comment comes
	change("the other member's comment", func() error {
		_, err := b.AddComment(testCtx(anna.Name), model.Comment{ProposalID: area.ID, AuthorID: anna.ID, Body: "Vem följer upp insatsen?"})
		return err
	})
	if !contains(labelsOf(w.comments.content), "Vem följer upp insatsen?") {
		t.Errorf("the comments show %q, without the other member's comment", labelsOf(w.comments.content))
	}
	if w.comments.entry.Text != "Jag svarar" {
		t.Errorf("what the user was typing became %q", w.comments.entry.Text)
	}

	change("the other member's new revision", func() error {
		c := area.Content
		c.Title = "Tidiga insatser för alla barn"
		_, err := b.UpdateProposal(ctx, area.ID, c, area.Revision)
		return err
	})
	if p := w.detail.shown; p.Revision != 2 || p.Title != "Tidiga insatser för alla barn" {
		t.Errorf("the window shows revision %d %q, want the other member's revision 2", p.Revision, p.Title)
	}
	if !contains(labelsOf(w.tree.content), "Tidiga insatser för alla barn") {
		t.Error("the list does not show the new title")
	}
}
