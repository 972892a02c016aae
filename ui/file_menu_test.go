package ui

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// openSQLite opens a store as the program does for the window.
func openSQLite(path string) (model.Store, error) {
	s, err := sqlite.Open(path)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// closeCounter is a store that counts how often it is closed.
type closeCounter struct {
	model.Store
	closes int
}

func (c *closeCounter) Close() error {
	c.closes++
	return c.Store.Close()
}

// fileWindow is the main window on the demo store, in Swedish, able to
// open other stores; the window does not own the demo store (the test
// closes it) but closes what it opens. Background work runs at once.
func fileWindow(t *testing.T) (*MainWindow, fyne.App) {
	t.Helper()
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	w := NewMainWindow(a, demoStore(t))
	w.background = func(f func()) { f() }
	w.OpenStoresWith(openSQLite, false)
	t.Cleanup(func() { w.CloseStore() })
	return w, a
}

// otherStore writes a store holding one area with the given title and
// returns its path.
func otherStore(t *testing.T, name, title string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.CreateProposal(context.Background(), model.Content{Kind: model.KindArea, Ref: "1", Title: title}); err != nil {
		t.Fatal(err)
	}
	return path
}

// menuItem returns the item reached by the labels in path (a menu, then
// items and submenus), failing when there is none.
func menuItem(t *testing.T, m *fyne.MainMenu, path ...string) *fyne.MenuItem {
	t.Helper()
	if m == nil {
		t.Fatal("the window has no menu")
	}
	var items []*fyne.MenuItem
	for _, menu := range m.Items {
		if menu.Label == path[0] {
			items = menu.Items
		}
	}
	var found *fyne.MenuItem
	for _, label := range path[1:] {
		found = nil
		for _, it := range items {
			if it.Label == label {
				found = it
			}
		}
		if found == nil {
			t.Fatalf("no menu item %q in %v", label, path)
		}
		if found.ChildMenu != nil {
			items = found.ChildMenu.Items
		}
	}
	return found
}

func itemLabels(items []*fyne.MenuItem) []string {
	var out []string
	for _, it := range items {
		if !it.IsSeparator {
			out = append(out, it.Label)
		}
	}
	return out
}

func TestTheFileMenuOffersTheStoreItems(t *testing.T) {
	w, _ := fileWindow(t)
	file := w.win.MainMenu().Items[0]
	want := []string{"Ny insats …", "Nytt område …", "Ny databas …", "Öppna …", "Anslut till server …", "Senaste filer", "Importera …",
		"Exportera …", "Exportera beslutsunderlag …", "Exportera uppföljningsrapport …", "Säkerhetskopiera …", "Kontrollera PDF …", "Vem är jag …", "Inställningar …", "Avsluta"}
	if got := itemLabels(file.Items); !slices.Equal(got, want) {
		t.Errorf("Arkiv holds %q, want %q", got, want)
	}
	open := menuItem(t, w.win.MainMenu(), "Arkiv", "Öppna …")
	if open.Disabled || open.Shortcut == nil || open.Shortcut.ShortcutName() != "CustomDesktop:Control+O" {
		t.Errorf("Öppna: disabled %v, shortcut %v; want enabled with Ctrl+O", open.Disabled, open.Shortcut)
	}
	var titles []string
	for _, m := range w.win.MainMenu().Items {
		titles = append(titles, m.Label)
	}
	if want := []string{"Arkiv", "Redigera", "Möten", "Visa", "Hjälp"}; !slices.Equal(titles, want) {
		t.Errorf("menus %q, want %q", titles, want)
	}
	view := itemLabels(w.win.MainMenu().Items[3].Items)
	if want := []string{"Översikt", "Flik", "Ljust tema", "Mörkt tema", "Systemets tema", "Textstorlek"}; !slices.Equal(view, want) {
		t.Errorf("Visa holds %q, want %q", view, want)
	}
	sizes := itemLabels(menuItem(t, w.win.MainMenu(), "Visa", "Textstorlek").ChildMenu.Items)
	if want := []string{"Normal", "Stor", "Större"}; !slices.Equal(sizes, want) {
		t.Errorf("Textstorlek offers %q, want %q", sizes, want)
	}

	// A window that cannot open stores does not offer to.
	plain := NewMainWindow(testapp.New(t), demoStore(t))
	if !menuItem(t, plain.win.MainMenu(), "Arkiv", "Öppna …").Disabled || !menuItem(t, plain.win.MainMenu(), "Arkiv", "Ny databas …").Disabled ||
		!menuItem(t, plain.win.MainMenu(), "Arkiv", "Anslut till server …").Disabled {
		t.Error("Öppna, Ny databas and Anslut till server are offered without a way to open a store")
	}
}

func TestOpeningAnotherStoreSwitchesTheWindow(t *testing.T) {
	w, a := fileWindow(t)
	demo := w.store
	if !strings.HasSuffix(w.win.Title(), "demo.db") {
		t.Fatalf("title %q does not name the demo store", w.win.Title())
	}
	w.Select("1.1")
	path := otherStore(t, "andra.db", "Trygga skolvägar")

	if !w.openStorePath(path) {
		t.Fatalf("the store was not opened; the window shows %q", texts(topOverlay(w)))
	}
	if got := w.win.Title(); got != "Styrgrupp – andra.db" {
		t.Errorf("title %q, want Styrgrupp – andra.db", got)
	}
	if got := w.tree.childUIDs(""); !slices.Equal(got, []string{"1"}) {
		t.Errorf("tree roots %v, want only the other store's area 1", got)
	}
	if !contains(labels(w.win), "Trygga skolvägar") {
		t.Errorf("the other store's area is not shown: %q", labels(w.win))
	}
	if w.detail.shown.Ref != "" {
		t.Errorf("the detail still shows %s from the old store", w.detail.shown.Ref)
	}
	if _, err := demo.Proposals(context.Background(), model.ProposalFilter{}); err != nil {
		t.Errorf("the window closed a store it does not own: %v", err)
	}
	if got := recentStores(a.Preferences()); len(got) < 2 || got[0] != path || !samePath(got[1], demo.Path()) {
		t.Errorf("recent stores %q, want %s first, then the demo", got, path)
	}

	// Going back through Senaste filer closes the store the window opened.
	opened := w.store
	menuItem(t, w.win.MainMenu(), "Arkiv", "Senaste filer", recentLabel(demo.Path())).Action()
	if !samePath(w.store.Path(), demo.Path()) || !strings.HasSuffix(w.win.Title(), "demo.db") {
		t.Fatalf("the window shows %s (%q), want the demo store", w.store.Path(), w.win.Title())
	}
	if len(w.tree.childUIDs("")) < 5 {
		t.Errorf("the demo's areas are not back: %v", w.tree.childUIDs(""))
	}
	if _, err := opened.Proposals(context.Background(), model.ProposalFilter{}); err == nil {
		t.Error("the store the window opened and left is still open")
	}
	item := menuItem(t, w.win.MainMenu(), "Arkiv", "Senaste filer", recentLabel(demo.Path()))
	if !item.Checked || menuItem(t, w.win.MainMenu(), "Arkiv", "Senaste filer", recentLabel(path)).Checked {
		t.Error("Senaste filer does not tick the open store alone")
	}
}

func TestTheWindowClosesTheStoreItOwnsOnce(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	first, err := sqlite.Open(filepath.Join(t.TempDir(), "start.db"))
	if err != nil {
		t.Fatal(err)
	}
	start := &closeCounter{Store: first}
	w := NewMainWindow(a, start)
	w.OpenStoresWith(openSQLite, true)
	if !w.openStorePath(otherStore(t, "andra.db", "Område")) {
		t.Fatal("the other store was not opened")
	}
	if start.closes != 1 {
		t.Fatalf("the store the window owned was closed %d times on switching, want 1", start.closes)
	}
	last := &closeCounter{Store: w.store}
	w.store = last
	if err := w.CloseStore(); err != nil {
		t.Fatal(err)
	}
	if err := w.CloseStore(); err != nil {
		t.Fatal(err)
	}
	if start.closes != 1 || last.closes != 1 {
		t.Errorf("closed the first store %d and the last %d times, want once each", start.closes, last.closes)
	}

	// A window that was not given its first store never closes it.
	s := &closeCounter{Store: demoStore(t)}
	w2 := NewMainWindow(a, s)
	w2.OpenStoresWith(openSQLite, false)
	w2.CloseStore()
	if s.closes != 0 {
		t.Errorf("the window closed a store it does not own %d times", s.closes)
	}
}

func TestOpeningAFileThatIsNoStoreKeepsTheOldStore(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"anteckningar.db", "Det här är anteckningar, ingen databas.\n"},
		{"tom.db", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			w, _ := fileWindow(t)
			before, roots := w.store, w.tree.childUIDs("")
			title := w.win.Title()
			path := writeFile(t, c.name, c.text)
			if w.openStorePath(path) {
				t.Fatal("a file that is no store was opened")
			}
			if w.store != before || w.win.Title() != title || !slices.Equal(w.tree.childUIDs(""), roots) {
				t.Errorf("the window moved to %s (%q)", w.store.Path(), w.win.Title())
			}
			if shown := texts(topOverlay(w)); !contains(shown, "är ingen Styrgrupp-databas") {
				t.Errorf("the error says %q", shown)
			}
			if got, err := os.ReadFile(path); err != nil || string(got) != c.text {
				t.Errorf("the file was changed to %q (%v)", got, err)
			}
			if _, err := before.Proposals(context.Background(), model.ProposalFilter{}); err != nil {
				t.Errorf("the old store no longer works: %v", err)
			}
		})
	}
}

func TestRecentStoresKeepOrderOnceAndAtMostEight(t *testing.T) {
	a := testapp.New(t)
	p := a.Preferences()
	dir := t.TempDir()
	var paths []string
	for i := range 10 {
		path := filepath.Join(dir, string(rune('a'+i))+".db")
		if err := os.WriteFile(path, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
		rememberStore(p, path)
	}
	want := []string{paths[9], paths[8], paths[7], paths[6], paths[5], paths[4], paths[3], paths[2]}
	if got := recentStores(p); !slices.Equal(got, want) {
		t.Fatalf("recent %q, want the last eight newest first %q", got, want)
	}
	rememberStore(p, paths[5])
	want = []string{paths[5], paths[9], paths[8], paths[7], paths[6], paths[4], paths[3], paths[2]}
	if got := recentStores(p); !slices.Equal(got, want) {
		t.Errorf("after opening %s again: %q, want it moved first and listed once: %q", paths[5], got, want)
	}
	if err := os.Remove(paths[8]); err != nil {
		t.Fatal(err)
	}
	want = slices.DeleteFunc(slices.Clone(want), func(s string) bool { return s == paths[8] })
	if got := recentStores(p); !slices.Equal(got, want) {
		t.Errorf("with %s gone: %q, want %q", paths[8], got, want)
	}
	rememberStore(p, paths[0])
	if got := p.StringList(recentPreference); len(got) != maxRecent || got[0] != paths[0] || slices.Contains(got, paths[8]) {
		t.Errorf("stored list %q: want %s first, eight long, without the file that is gone", got, paths[0])
	}
}

func TestNewStoreRefusesAnExistingFileAndCreatesAnEmptyStore(t *testing.T) {
	w, _ := fileWindow(t)
	before := w.store
	dir := t.TempDir()
	existing := filepath.Join(dir, "befintlig.db")
	if err := os.WriteFile(existing, []byte("viktigt"), 0o600); err != nil {
		t.Fatal(err)
	}
	d := w.chooseNewStore()
	if d == nil {
		t.Fatal("no dialog")
	}
	d.dir = dir
	d.name.SetText("befintlig.db")
	test.Tap(d.ok)
	if d.message.Hidden || !strings.Contains(d.message.Text, "finns redan") || w.store != before {
		t.Fatalf("an existing file was taken: message %q, store %s", d.message.Text, w.store.Path())
	}
	if got, _ := os.ReadFile(existing); string(got) != "viktigt" {
		t.Fatalf("the existing file was changed to %q", got)
	}
	d.name.SetText("kommun 2027")
	test.Tap(d.ok)
	want := filepath.Join(dir, "kommun 2027.db")
	if !samePath(w.store.Path(), want) || w.win.Title() != "Styrgrupp – kommun 2027.db" {
		t.Fatalf("the window shows %s (%q), want the new store %s", w.store.Path(), w.win.Title(), want)
	}
	if got := w.tree.childUIDs(""); len(got) != 0 {
		t.Errorf("the new store lists %v", got)
	}
	if _, err := before.Proposals(context.Background(), model.ProposalFilter{}); err != nil {
		t.Errorf("the old store was changed or closed: %v", err)
	}
	if ps, err := before.Proposals(context.Background(), model.ProposalFilter{}); err != nil || len(ps) == 0 {
		t.Errorf("the demo store lost its proposals: %d, %v", len(ps), err)
	}
}

func TestExportWritesWhatTheImporterReadsBack(t *testing.T) {
	w, _ := fileWindow(t)
	ps, err := w.store.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()

	d := w.chooseExport()
	d.dir = dir
	d.name.SetText("förslag")
	test.Tap(d.ok)
	path := filepath.Join(dir, "förslag.csv")
	res, err := importer.ReadFile(path)
	if err != nil {
		t.Fatalf("the importer cannot read the export: %v", err)
	}
	if len(res.Records) != len(ps) {
		t.Errorf("the export holds %d proposals, the store %d", len(res.Records), len(ps))
	}
	if shown := texts(topOverlay(w)); !contains(shown, "Exporten är klar") || !contains(shown, "förslag.csv") {
		t.Errorf("the summary says %q", shown)
	}

	jsonPath := filepath.Join(dir, "förslag.json")
	w.exportTo(jsonPath)
	b, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	var e importer.Export
	if err := json.Unmarshal(b, &e); err != nil || len(e.Proposals) != len(ps) {
		t.Errorf("the JSON export holds %d proposals (%v), want %d", len(e.Proposals), err, len(ps))
	}

	// An existing export is replaced only after asking.
	d = w.chooseExport()
	d.dir = dir
	d.name.SetText("förslag.csv")
	test.Tap(d.ok)
	if d.confirm == nil || !contains(texts(topOverlay(w)), "finns redan") {
		t.Fatalf("replacing a file was not asked about: %q", texts(topOverlay(w)))
	}
	// Another ending than .csv or .json is refused in the dialog.
	d = w.chooseExport()
	d.dir = dir
	d.name.SetText("förslag.db")
	test.Tap(d.ok)
	if d.message.Hidden || fileExists(filepath.Join(dir, "förslag.db")) {
		t.Errorf("a .db export was accepted: %q", d.message.Text)
	}
}

func TestAFailedExportSaysSoInWords(t *testing.T) {
	w, _ := fileWindow(t)
	path := filepath.Join(t.TempDir(), "saknas", "ut.csv")
	w.exportTo(path)
	shown := texts(topOverlay(w))
	if !contains(shown, "Exporten kunde inte sparas") {
		t.Errorf("the error says %q", shown)
	}
	if fileExists(path) {
		t.Error("a file was written")
	}
}

// typeShortcut hands s to the window as Fyne's desktop driver does: to the
// focused widget when it takes shortcuts, else to the canvas.
func typeShortcut(c fyne.Canvas, s fyne.Shortcut) {
	if f, ok := c.Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
		return
	}
	c.(fyne.Shortcutable).TypedShortcut(s)
}

func TestCtrlSSavesTheForm(t *testing.T) {
	w, s := editWindow(t)
	p := proposalByRef(t, s, "1.2")
	before := len(revisions(t, s, p.ID))
	c := w.win.Canvas()

	// In a field.
	f := w.openEditForm(p)
	if f == nil {
		t.Fatalf("1.2 (%s) cannot be edited", p.Status)
	}
	f.title.SetText("Sparad med tangentbordet")
	c.Focus(f.title)
	typeShortcut(c, saveShortcut)
	if !f.closed {
		t.Fatalf("Ctrl+S in the title did not save: %q", texts(f.scroll))
	}
	if n := len(revisions(t, s, p.ID)); n != before+1 {
		t.Fatalf("%d revisions after Ctrl+S, want %d", n, before+1)
	}
	if got := proposalByRef(t, s, "1.2").Title; got != "Sparad med tangentbordet" {
		t.Errorf("title %q", got)
	}

	// With no field focused, the canvas takes it.
	f = w.openEditForm(proposalByRef(t, s, "1.2"))
	f.summary.SetText("Ny sammanfattning.")
	c.Unfocus()
	typeShortcut(c, saveShortcut)
	if !f.closed || len(revisions(t, s, p.ID)) != before+2 {
		t.Fatalf("Ctrl+S on the window did not save: closed %v", f.closed)
	}

	// Once the form is closed, Ctrl+S does nothing.
	typeShortcut(c, saveShortcut)
	if n := len(revisions(t, s, p.ID)); n != before+2 {
		t.Errorf("%d revisions after Ctrl+S with no form, want %d", n, before+2)
	}

	// Under its question about unsaved changes the form does not save.
	f = w.openEditForm(proposalByRef(t, s, "1.2"))
	f.funding.SetText("Statsbidrag")
	f.cancel()
	typeShortcut(c, saveShortcut)
	if f.closed || len(revisions(t, s, p.ID)) != before+2 {
		t.Errorf("Ctrl+S under the question saved: closed %v", f.closed)
	}
}

func TestTheThemeItemsSetThePreference(t *testing.T) {
	w, a := fakeWindow(t)
	if !menuItem(t, w.win.MainMenu(), "Visa", "Systemets tema").Checked {
		t.Error("the system theme is not ticked at first")
	}
	menuItem(t, w.win.MainMenu(), "Visa", "Mörkt tema").Action()
	if got := a.Preferences().String(themePreference); got != themeDark {
		t.Errorf("theme preference %q, want dark", got)
	}
	if th, ok := a.Settings().Theme().(*appTheme); !ok || th.variant == nil || *th.variant != theme.VariantDark {
		t.Errorf("the dark theme was not applied: %#v", a.Settings().Theme())
	}
	m := w.win.MainMenu()
	if !menuItem(t, m, "Visa", "Mörkt tema").Checked || menuItem(t, m, "Visa", "Systemets tema").Checked || menuItem(t, m, "Visa", "Ljust tema").Checked {
		t.Error("the tick did not move to Mörkt tema alone")
	}
	menuItem(t, m, "Visa", "Ljust tema").Action()
	if got := a.Preferences().String(themePreference); got != themeLight {
		t.Errorf("theme preference %q, want light", got)
	}

	menuItem(t, w.win.MainMenu(), "Visa", "Textstorlek", "Större").Action()
	if got := a.Preferences().String(textSizePreference); got != textLarger {
		t.Errorf("text size preference %q, want larger", got)
	}
	if th := a.Settings().Theme().(*appTheme); th.scale != textScales[textLarger] {
		t.Errorf("text scale %v, want %v", th.scale, textScales[textLarger])
	}
	if !menuItem(t, w.win.MainMenu(), "Visa", "Textstorlek", "Större").Checked || menuItem(t, w.win.MainMenu(), "Visa", "Textstorlek", "Normal").Checked {
		t.Error("the tick did not move to Större")
	}
}
