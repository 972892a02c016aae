package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/mock"
)

// firstStartFixture is the main window on a fake store without members
// that keeps the members created, in Swedish.
type firstStartFixture struct {
	w       *MainWindow
	store   *fakeStore
	created []model.Member
}

func newFirstStartFixture(t *testing.T) *firstStartFixture {
	t.Helper()
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	f := &firstStartFixture{store: newFakeStore()}
	f.store.people = nil
	f.store.CreateMemberFn = func(_ context.Context, m model.Member) (model.Member, error) {
		m.ID = int64(len(f.created) + 1)
		f.created = append(f.created, m)
		f.store.people = append(f.store.people, m)
		return m, nil
	}
	f.w = NewMainWindow(a, f.store)
	return f
}

// press gives the window's canvas a key, as when no field has the
// keyboard.
func (f *firstStartFixture) press(k fyne.KeyName) {
	c := f.w.win.Canvas()
	c.Unfocus()
	c.OnTypedKey()(&fyne.KeyEvent{Name: k})
}

// On a store without members the first start asks who is in the group
// instead of who the user is.
func TestFirstStartAsksWhoIsInTheGroup(t *testing.T) {
	f := newFirstStartFixture(t)
	f.w.AskWhoIAmIfUnknown()
	top := f.w.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("the first start asks nothing")
	}
	shown := strings.Join(labelsOf(top), "\n")
	if !strings.Contains(shown, "Vilka är med i styrgruppen?") || strings.Contains(shown, "Lägg till dem under Inställningar") {
		t.Errorf("the first start shows:\n%s", shown)
	}
}

// The user adds two members by hand, one with Lägg till and one with
// Enter in the name field, picks themself, and Enter saves: both are
// stored, with their titles and roles, and the window acts as the one
// picked.
func TestFirstStartAddsTwoMembersAndPicksYourself(t *testing.T) {
	f := newFirstStartFixture(t)
	closed := false
	d := f.w.who.newFirstStart(f.w.win, func() { closed = true })
	d.show()
	test.Type(d.name, "Anna Lindqvist")
	test.Type(d.title, "Kommundirektör")
	d.role.SetSelected(model.MemberRoleChair.Label(model.Swedish))
	test.Tap(d.add)
	test.Type(d.name, "Bo Ek")
	d.name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(d.members) != 2 || d.name.Text != "" {
		t.Fatalf("the list holds %d members and the name field %q, want 2 and an empty field", len(d.members), d.name.Text)
	}
	if got := d.me.Options; len(got) != 2 || got[0] != "Anna Lindqvist – Kommundirektör · Ordförande" || got[1] != "Bo Ek" {
		t.Errorf("the user may pick %q", got)
	}
	if len(f.created) != 0 {
		t.Fatal("members were stored before Spara")
	}
	d.me.SetSelectedIndex(1)
	f.press(fyne.KeyReturn)
	if len(f.created) != 2 || f.created[0].Role != model.MemberRoleChair || f.created[0].Title != "Kommundirektör" ||
		f.created[1].Name != "Bo Ek" || f.created[1].Role != model.MemberRoleMember || !f.created[1].Active {
		t.Errorf("stored %+v, want Anna Lindqvist as chair and Bo Ek as an active member", f.created)
	}
	if f.w.member().Name != "Bo Ek" || !closed {
		t.Errorf("the window acts as %q (closed %v), want Bo Ek", f.w.member().Name, closed)
	}
	if f.w.win.Canvas().Overlays().Top() != nil {
		t.Error("the dialog is still shown after Enter")
	}
}

// A member without a name, or one already in the list, is refused with
// the reason, and Escape closes the dialog as Senare, storing nothing.
func TestFirstStartRefusesBadRowsAndEscapeStoresNothing(t *testing.T) {
	f := newFirstStartFixture(t)
	d := f.w.who.newFirstStart(f.w.win, nil)
	d.show()
	test.Type(d.title, "Socialchef")
	test.Tap(d.add)
	if len(d.members) != 0 || !d.message.Visible() || d.message.Text == "" {
		t.Errorf("a member without a name was added (%d) or not explained (%q)", len(d.members), d.message.Text)
	}
	test.Type(d.name, "Mats Hedlund")
	test.Tap(d.add)
	test.Type(d.name, "mats hedlund")
	test.Tap(d.add)
	if len(d.members) != 1 || !strings.Contains(d.message.Text, "finns redan") {
		t.Errorf("a name given twice: %d members, message %q", len(d.members), d.message.Text)
	}
	d.name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if f.w.win.Canvas().Overlays().Top() != nil {
		t.Error("Escape does not close the dialog")
	}
	if len(f.created) != 0 {
		t.Errorf("Senare stored %+v", f.created)
	}
}

// A member list read from a CSV adds its members; a list with a bad row
// adds none and says where it is.
func TestFirstStartReadsAMemberList(t *testing.T) {
	f := newFirstStartFixture(t)
	d := f.w.who.newFirstStart(f.w.win, nil)
	d.show()
	bad := writeFile(t, "grupp.csv", "Namn;Titel;Roll\nAnna Lindqvist;Kommundirektör;Kung\n")
	d.readList(bad)
	if len(d.members) != 0 || !strings.Contains(d.message.Text, "grupp.csv, rad 2, kolumn Roll") {
		t.Errorf("a bad list: %d members, message %q", len(d.members), d.message.Text)
	}
	good := writeFile(t, "ledamöter.csv", "Namn;Titel;Roll\nAnna Lindqvist;Kommundirektör;Ordförande\nÅsa Öberg;Nämndsekreterare;Sekreterare\n")
	d.readList(good)
	if len(d.members) != 2 || d.members[1].Role != model.MemberRoleSecretary || !strings.Contains(d.message.Text, "2 ledamöter") {
		t.Errorf("a good list: members %+v, message %q", d.members, d.message.Text)
	}
	d.readList(good)
	if len(d.members) != 2 {
		t.Errorf("reading the list again gave %d members, want the 2 once", len(d.members))
	}
	d.me.SetSelectedIndex(0)
	d.dlg.Confirm()
	if len(f.created) != 2 || f.w.member().Name != "Anna Lindqvist" {
		t.Errorf("stored %+v, the window acts as %q", f.created, f.w.member().Name)
	}
}

// On a shared store the login says who the user is: the first start does
// not offer to add members even when the server has none for the login.
func TestFirstStartIsNotOfferedOnASharedStore(t *testing.T) {
	a := testapp.New(t)
	f := newFakeStore()
	f.people = nil
	s := signedInFake{f, &mock.SignedInStore{
		SignedInFn: func(context.Context) (model.Member, bool, error) { return model.Member{}, false, nil },
		RightsFn:   func(context.Context) (model.Rights, error) { return model.AllRights, nil },
	}}
	if (whoAmI{app: a, store: s, ctx: context.Background()}).firstStart() {
		t.Error("a shared store offers the first start")
	}
	if !(whoAmI{app: a, store: f, ctx: context.Background()}).firstStart() {
		t.Error("a local store without members does not offer the first start")
	}
}

// The "Vem är du?" dialog closes on Escape as Senare and takes its
// choice on Enter.
func TestWhoAmIClosesOnEscapeAndTakesEnter(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	w := NewMainWindow(a, newFakeStore())
	d, err := w.who.newDialog(w.win, nil)
	if err != nil {
		t.Fatal(err)
	}
	d.dlg.Show()
	d.sel.SetSelectedIndex(1)
	w.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.win.Canvas().Overlays().Top() != nil || w.who.chosen() {
		t.Error("Escape does not close the dialog as Senare")
	}
	d, _ = w.who.newDialog(w.win, nil)
	d.dlg.Show()
	d.sel.SetSelectedIndex(1)
	w.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if w.win.Canvas().Overlays().Top() != nil || w.member().Name != "Bo Ek" {
		t.Errorf("Enter leaves the dialog open or acts as %q, want Bo Ek", w.member().Name)
	}
}
