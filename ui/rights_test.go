package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/mock"
)

// memberLine is what the window says while the login is a member's.
const memberLine = "Du är inloggad som ledamot: bara sekreteraren ändrar förslag och möten."

// sharedWindow is the main window on a fake shared store where Bo Ek is
// signed in, with the rights the server gives him, showing area "1" (a
// draft).
func sharedWindow(t *testing.T, secretary bool) *MainWindow {
	t.Helper()
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	f := newFakeStore()
	s := signedInFake{f, &mock.SignedInStore{
		SignedInFn: func(context.Context) (model.Member, bool, error) { return f.people[1], true, nil },
		RightsFn:   func(context.Context) (model.Rights, error) { return model.Rights{Secretary: secretary}, nil },
	}}
	w := NewMainWindow(a, s)
	w.Select("1")
	return w
}

// secretaryOnly are the menu items of what only the secretary does.
var secretaryOnly = [][2]string{{"Arkiv", "Ny insats …"}, {"Arkiv", "Nytt område …"}, {"Arkiv", "Importera …"},
	{"Redigera", "Redigera"}, {"Redigera", "Markera för beslut"}, {"Redigera", "Återta"}}

// refused tells whether the window's top overlay says why a member may
// not, and closes it.
func refused(w *MainWindow) bool {
	top := w.win.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	top.Hide()
	return testapp.Contains(testapp.Labels(top), memberLine) && w.win.Canvas().Overlays().Top() == nil
}

// A member's login is offered no write that only the secretary may make:
// + Ny, Redigera, Markera för beslut, Återta and Importera are disabled,
// in the bar and the menus, and a line says why; a shortcut or a file
// dropped onto the window gets that line, not a form. Commenting stays.
func TestRightsAMemberIsOfferedOnlyWhatTheServerAllows(t *testing.T) {
	w := sharedWindow(t, false)
	for name, b := range map[string]interface{ Disabled() bool }{
		"Ny": w.newBtn, "Redigera": w.editBtn, "Markera för beslut": w.readyBtn, "Återta": w.withdrawBtn} {
		if !b.Disabled() {
			t.Errorf("%s is enabled for a member", name)
		}
	}
	for _, mi := range secretaryOnly {
		if it := menuItem(t, w.win.MainMenu(), mi[0], mi[1]); !it.Disabled {
			t.Errorf("%s → %s is enabled for a member", mi[0], mi[1])
		}
	}
	if w.why.Hidden || w.why.Text != memberLine {
		t.Errorf("the line that says why is %q (hidden %v), want %q shown", w.why.Text, w.why.Hidden, memberLine)
	}
	if w.comments.send.Disabled() {
		t.Error("a member cannot comment")
	}
	if f := w.openEditForm(w.detail.shown); f != nil || !refused(w) {
		t.Error("Ctrl+E does not refuse a member with the line that says why")
	}
	if f := w.openNewForm(model.KindArea, ""); f != nil || !refused(w) {
		t.Error("Ctrl+N does not refuse a member with the line that says why")
	}
	w.onDropped(fyne.Position{}, []fyne.URI{storage.NewFileURI("/tmp/förslag.xlsx")})
	if !refused(w) {
		t.Error("a file dropped by a member is not refused with the line that says why")
	}
	if d := w.showSettings(); d == nil || !d.add.Disabled() || !d.newName.Disabled() || d.readOnlyNote.Hidden {
		t.Error("Inställningar offers a member to add members, or does not say why not")
	} else {
		d.list.Select(0)
		if !d.save.Disabled() || !d.name.Disabled() {
			t.Error("Inställningar offers a member to change a member")
		}
		d.dlg.Hide()
	}
	if r, signed := (meetingsShell{w}).Rights(), (meetingsShell{w}).SignedIn(); r.Secretary || !signed {
		t.Errorf("the meetings window is told rights %+v, signed in %v; want a member's, signed in", r, signed)
	}
}

// The secretary's login is offered what the rules allow, and no line
// about rights.
func TestRightsTheSecretaryIsOfferedTheSecretarysActions(t *testing.T) {
	w := sharedWindow(t, true)
	if w.newBtn.Disabled() || w.editBtn.Disabled() || w.withdrawBtn.Disabled() {
		t.Error("Ny, Redigera or Återta is disabled for the secretary on a draft")
	}
	for _, mi := range secretaryOnly[:4] {
		if it := menuItem(t, w.win.MainMenu(), mi[0], mi[1]); it.Disabled {
			t.Errorf("%s → %s is disabled for the secretary", mi[0], mi[1])
		}
	}
	if !w.why.Hidden {
		t.Error("the secretary is told that only the secretary changes proposals")
	}
	if !(meetingsShell{w}).Rights().Secretary {
		t.Error("the meetings window is not told that the login is the secretary's")
	}
}

// A store that knows no logins (a file) offers all, as before.
func TestRightsALocalStoreOffersAll(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	w := NewMainWindow(a, newFakeStore())
	w.Select("1")
	if !w.secretary() || w.newBtn.Disabled() || w.editBtn.Disabled() || menuItem(t, w.win.MainMenu(), "Arkiv", "Importera …").Disabled {
		t.Error("a local store does not offer the secretary's actions")
	}
	if !w.why.Hidden {
		t.Error("a local store says the user is signed in as a member")
	}
}
