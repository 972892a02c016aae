package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// The who-am-I chooser names each member's standing role beside the title.
func TestWhoAmIOffersTheMembersWithTheirRoles(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	who := whoAmI{app: a, store: s, ctx: context.Background()}
	d, err := who.newDialog(a.NewWindow("who"), nil)
	if err != nil {
		t.Fatal(err)
	}
	roles := map[model.MemberRole]int{}
	for i, m := range d.members {
		opt := d.sel.Options[i]
		if !strings.HasPrefix(opt, m.Name) {
			t.Errorf("option %q does not start with %q", opt, m.Name)
		}
		if r := m.Role.OrDefault(); r != model.MemberRoleMember {
			roles[r]++
			if !strings.HasSuffix(opt, " · "+r.Label(model.Swedish)) {
				t.Errorf("option %q does not name the role %s", opt, r)
			}
		} else if strings.Contains(opt, "·") {
			t.Errorf("option %q names a role for a plain member", opt)
		}
	}
	if roles[model.MemberRoleChair] != 1 || roles[model.MemberRoleSecretary] != 1 {
		t.Errorf("the chooser names roles %v, want the demo's chair and secretary", roles)
	}
}

// The member chosen belongs to the store it was chosen in: in another
// store the same id may be someone else, so the user is asked again.
func TestTheChosenMemberBelongsToItsStore(t *testing.T) {
	a := testapp.New(t)
	first, second := demoStore(t), demoStore(t)
	who := whoAmI{app: a, store: first, ctx: context.Background()}
	ms, err := first.Members(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	who.set(ms[2])
	if !who.chosen() || who.current().ID != ms[2].ID {
		t.Fatalf("in the store chosen in: chosen %v, uikit.Language() %+v", who.chosen(), who.current())
	}
	who.store = second
	if who.chosen() || who.current().ID != 0 {
		t.Errorf("in another store: chosen %v, uikit.Language() %+v; want the question again", who.chosen(), who.current())
	}
	// A choice stored before stores were named holds for any store.
	a.Preferences().RemoveValue(memberStorePreference)
	if !who.chosen() {
		t.Error("a choice without a store is no longer taken")
	}
}

// The window resolves who is acting when the user says who they are, and
// hands each write that name as a value: a write is logged in the name of
// the member picked, and no write asks the members store who is acting.
func TestWritesAreLoggedInTheNameOfTheMemberPicked(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := newFakeStore()
	var actor string
	var membersDuringWrite int64
	s.AddCommentFn = func(ctx context.Context, c model.Comment) (model.Comment, error) {
		before := s.members.Load()
		actor = model.ActorFrom(ctx)
		membersDuringWrite = s.members.Load() - before
		return c, nil
	}
	w := NewMainWindow(a, s)
	d, err := w.who.newDialog(w.win, nil)
	if err != nil {
		t.Fatal(err)
	}
	d.sel.SetSelectedIndex(1) // Bo Ek
	d.onClose(true)
	w.Select("1")
	w.comments.entry.SetText("Hur följs insatsen upp?")
	test.Tap(w.comments.send)
	if actor != "Bo Ek" {
		t.Errorf("the comment was written as %q, want Bo Ek", actor)
	}
	if membersDuringWrite != 0 {
		t.Errorf("the write read the members %d times while writing", membersDuringWrite)
	}
}
