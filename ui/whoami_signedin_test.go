package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/mock"
)

// signedInFake is a shared store's fake: the fake store, and the server's
// word on who is signed in.
type signedInFake struct {
	*fakeStore
	*mock.SignedInStore
}

// menuItems returns the items of the window's menu called label.
func menuItems(w fyne.Window, label string) []*fyne.MenuItem {
	for _, m := range w.MainMenu().Items {
		if m.Label == label {
			return m.Items
		}
	}
	return nil
}

// On a shared store the server says who the user is: the window does not
// ask "Vem är du?", whatever was chosen before, the menu names who is
// signed in and cannot change it, and writes are made in that name.
func TestASharedStoreSaysWhoIsSignedIn(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	f := newFakeStore()
	var actor string
	f.AddCommentFn = func(ctx context.Context, c model.Comment) (model.Comment, error) {
		actor = model.ActorFrom(ctx)
		return c, nil
	}
	s := signedInFake{f, &mock.SignedInStore{SignedInFn: func(context.Context) (model.Member, bool, error) {
		return f.people[1], true, nil // Bo Ek
	}}}
	chosen := whoAmI{app: a, store: s, ctx: context.Background()}
	chosen.set(f.people[0]) // Anna Lindqvist, chosen on this computer before

	w := NewMainWindow(a, s)
	w.AskWhoIAmIfUnknown()
	if top := w.win.Canvas().Overlays().Top(); top != nil {
		t.Error("the window asks who the user is on a shared store")
	}
	if w.member().Name != "Bo Ek" {
		t.Errorf("the window acts as %q, want the signed-in Bo Ek", w.member().Name)
	}
	var signedIn *fyne.MenuItem
	for _, it := range menuItems(w.win, "Arkiv") {
		switch it.Label {
		case "Inloggad som Bo Ek":
			signedIn = it
		case "Vem är jag …":
			t.Error("Arkiv offers to choose who the user is on a shared store")
		}
	}
	if signedIn == nil || !signedIn.Disabled {
		t.Errorf("Arkiv's item for who is signed in = %+v, want one that cannot be chosen", signedIn)
	}
	w.Select("1")
	w.comments.entry.SetText("Hur följs insatsen upp?")
	test.Tap(w.comments.send)
	if actor != "Bo Ek" {
		t.Errorf("the comment was written as %q, want Bo Ek", actor)
	}
}

// A store that is not shared keeps the choice made on this computer.
func TestALocalStoreKeepsTheMemberChosen(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	f := newFakeStore()
	whoAmI{app: a, store: f, ctx: context.Background()}.set(f.people[0])
	w := NewMainWindow(a, f)
	if w.member().Name != "Anna Lindqvist" || w.signedIn {
		t.Errorf("the window acts as %q (signed in %v), want the chosen Anna Lindqvist", w.member().Name, w.signedIn)
	}
	found := false
	for _, it := range menuItems(w.win, "Arkiv") {
		found = found || it.Label == "Vem är jag …" && !it.Disabled
	}
	if !found {
		t.Error("Arkiv does not offer Vem är jag … on a local store")
	}
}
