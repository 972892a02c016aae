package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/mock"
)

// welcomeEmptyWindow is the main window in l on a new, empty store file
// in a folder of its own, able to open other stores and owning its own;
// it returns the store's path.
func welcomeEmptyWindow(t *testing.T, l model.Language) (*MainWindow, string) {
	t.Helper()
	a := testapp.New(t)
	if err := SetLanguage(l); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "styrgrupp.db")
	s, err := openSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	w := NewMainWindow(a, s)
	w.background = func(f func()) { f() }
	w.OpenStoresWith(openSQLite, true)
	t.Cleanup(func() { w.CloseStore() })
	return w, path
}

// welcomeShown tells whether the right pane shows the welcome, not the
// overview.
func welcomeShown(w *MainWindow) bool {
	return w.welcome.content.Visible() && !w.overview.content.Visible()
}

// welcomeTopTitle returns the labels of the window's top overlay, closing
// it.
func welcomeTopTitle(w *MainWindow) string {
	top := w.win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	defer top.Hide()
	return strings.Join(labelsOf(top), "\n")
}

// On an empty store the right pane welcomes with the three ways in, and
// the list's heading says the same in one line; Importera förslag opens
// the import's file dialog, a file dropped on the welcome shows the
// import's preview, and Nytt förslag opens the form for a new area.
func TestWelcomeShowsTheWaysInOnAnEmptyStore(t *testing.T) {
	w, _ := welcomeEmptyWindow(t, model.Swedish)
	if !welcomeShown(w) {
		t.Fatal("an empty store does not show the welcome in place of the overview")
	}
	if w.detail.empty.Visible() {
		t.Error("the welcome still asks to choose a proposal in the list")
	}
	shown := strings.Join(labelsOf(w.welcome.content), "\n")
	for _, want := range []string{"Importera förslag …", "släpp teamets fil här", "Nytt förslag", "Öppna demoprogrammet"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the welcome does not say %q:\n%s", want, shown)
		}
	}
	if got := w.tree.heading.Text; !strings.HasPrefix(got, "Inga förslag än: importera teamets fil") {
		t.Errorf("the empty list's heading says %q", got)
	}

	test.Tap(w.welcome.importBtn)
	if got := welcomeTopTitle(w); !strings.Contains(got, "Välj en fil att importera") {
		t.Errorf("Importera förslag … shows %q, want the import's file dialog", got)
	}

	csv := writeFile(t, "förslag.csv", "Ref;Titel\r\n1;Trygg skola\r\n1.1;Kuratorer\r\n")
	w.onDropped(fyne.Position{}, []fyne.URI{storage.NewFileURI(csv)})
	if got := welcomeTopTitle(w); !strings.Contains(got, "Förhandsgranska importen") || !strings.Contains(got, "2 nya") {
		t.Errorf("a file dropped on the welcome shows %q, want the import's preview of 2 new", got)
	}

	test.Tap(w.welcome.newBtn)
	if w.form == nil || w.form.closed || w.form.orig.Kind != model.KindArea {
		t.Fatalf("Nytt förslag opened %+v, want the form for a new area", w.form)
	}
}

// Öppna demoprogrammet makes the demo store beside the user's, moves the
// window to it with a title that says it is the demo, and leaves the
// user's store empty; a second time it opens the same demo again.
func TestWelcomeOpensTheDemoBesideTheUsersStore(t *testing.T) {
	w, path := welcomeEmptyWindow(t, model.Swedish)
	test.Tap(w.welcome.demoBtn)
	demoPath := filepath.Join(filepath.Dir(path), demoFileName)
	if !samePath(w.store.Path(), demoPath) {
		t.Fatalf("the window shows %s, want the demo at %s; it says %q", w.store.Path(), demoPath, welcomeTopTitle(w))
	}
	if title := w.win.Title(); !strings.Contains(title, "Demoprogrammet") {
		t.Errorf("the title %q does not say it is the demo", title)
	}
	if welcomeShown(w) || len(w.tree.all) == 0 {
		t.Errorf("the demo shows the welcome (%v) or no proposals (%d)", welcomeShown(w), len(w.tree.all))
	}
	user, err := openSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	defer user.Close()
	ps, err := user.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil || len(ps) != 0 {
		t.Errorf("the user's store holds %d proposals (%v) after the demo opened, want none", len(ps), err)
	}
	ms, _ := user.Members(context.Background())
	if len(ms) != 0 {
		t.Errorf("the user's store got %d members from the demo", len(ms))
	}

	w.openStorePath(path)
	if !welcomeShown(w) {
		t.Error("back on the user's empty store, the welcome is not shown")
	}
	n := len(w.tree.all)
	test.Tap(w.welcome.demoBtn)
	if !samePath(w.store.Path(), demoPath) || len(w.tree.all) == n {
		t.Errorf("the second time the window shows %s with %d proposals, want the demo again", w.store.Path(), len(w.tree.all))
	}
}

// In English the welcome and the list's line speak English.
func TestWelcomeSpeaksEnglish(t *testing.T) {
	w, _ := welcomeEmptyWindow(t, model.English)
	shown := strings.Join(labelsOf(w.welcome.content), "\n")
	for _, want := range []string{"Import proposals …", "drop the team's file here", "New proposal", "Open the demo programme"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the welcome does not say %q:\n%s", want, shown)
		}
	}
	if got := w.tree.heading.Text; !strings.HasPrefix(got, "No proposals yet") {
		t.Errorf("the empty list's heading says %q", got)
	}
}

// welcomeSharedWindow is the main window on an empty fake shared store
// where Bo Ek is signed in with the rights the server gives him.
func welcomeSharedWindow(t *testing.T, secretary bool) *MainWindow {
	t.Helper()
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	f := newFakeStore()
	f.proposals = nil
	s := signedInFake{f, &mock.SignedInStore{
		SignedInFn: func(context.Context) (model.Member, bool, error) { return f.people[1], true, nil },
		RightsFn:   func(context.Context) (model.Rights, error) { return model.Rights{Secretary: secretary}, nil },
	}}
	return NewMainWindow(a, s)
}

// On an empty shared store the secretary is welcomed with the ways in; a
// member, who cannot add proposals, is told that nothing has been added
// yet, in the pane and in the list.
func TestWelcomeOnASharedStoreFollowsTheRights(t *testing.T) {
	member := welcomeSharedWindow(t, false)
	if !welcomeShown(member) || member.welcome.start.Visible() || !member.welcome.nothing.Visible() {
		t.Errorf("a member sees the welcome %v, the ways in %v, the line %v; want only that nothing has been added",
			welcomeShown(member), member.welcome.start.Visible(), member.welcome.nothing.Visible())
	}
	if got := member.tree.heading.Text; got != "Inget har lagts till ännu." {
		t.Errorf("a member's empty list says %q", got)
	}
	secretary := welcomeSharedWindow(t, true)
	if !welcomeShown(secretary) || !secretary.welcome.start.Visible() || secretary.welcome.nothing.Visible() {
		t.Error("the secretary is not offered the ways in on an empty shared store")
	}
	if got := secretary.tree.heading.Text; !strings.HasPrefix(got, "Inga förslag än") {
		t.Errorf("the secretary's empty list says %q", got)
	}
}

// A store with proposals shows the overview and counts them, as before.
func TestWelcomeIsNotShownWithProposals(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	w := NewMainWindow(a, newFakeStore())
	if welcomeShown(w) || !w.detail.empty.Visible() {
		t.Error("a store with proposals shows the welcome")
	}
	if got := w.tree.heading.Text; got != "Förslag: 1 område, 0 insatser" {
		t.Errorf("the heading says %q", got)
	}
}

// The demo goes beside the user's store file, and into the app's data
// folder when the user's store is on a server.
func TestWelcomeDemoPathIsBesideTheStore(t *testing.T) {
	a := testapp.New(t)
	f := newFakeStore()
	w := NewMainWindow(a, f)
	if got, err := w.demoPath(); err != nil || got != filepath.Join("/fake", demoFileName) {
		t.Errorf("beside /fake/styrgrupp.db the demo goes to %q (%v)", got, err)
	}
	data := t.TempDir()
	old := demoDataDir
	demoDataDir = func() (string, error) { return data, nil }
	t.Cleanup(func() { demoDataDir = old })
	f.PathFn = func() string { return "postgres://anna@db.kommun.se/styrgrupp" }
	if got, err := w.demoPath(); err != nil || got != filepath.Join(data, demoFileName) {
		t.Errorf("for a server store the demo goes to %q (%v), want the data folder %s", got, err, data)
	}
	f.PathFn = func() string { return filepath.Join(data, demoFileName) }
	if got, _ := w.demoPath(); samePath(got, f.Path()) {
		t.Error("the demo would be written into the user's own store of the demo's name")
	}
}

// The list's heading counts in the singular for one, in both languages.
func TestTreeHeadingCountsInTheSingularForOne(t *testing.T) {
	testapp.New(t)
	for _, c := range []struct {
		lang model.Language
		n    int
		want string
	}{
		{model.Swedish, 1, "1 område"}, {model.Swedish, 2, "2 områden"}, {model.Swedish, 0, "0 områden"},
		{model.English, 1, "1 area"}, {model.English, 3, "3 areas"},
	} {
		if err := SetLanguage(c.lang); err != nil {
			t.Fatal(err)
		}
		if got := treeCount("tree.areas", c.n); got != c.want {
			t.Errorf("%s, %d areas: %q, want %q", c.lang, c.n, got, c.want)
		}
	}
	if got := treeCount("tree.interventions", 1); got != "1 intervention" {
		t.Errorf("one intervention in English: %q", got)
	}
}
