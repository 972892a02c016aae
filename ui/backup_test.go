package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// TestBackupMenuItemFollowsTheExports: Säkerhetskopiera … comes after
// Exportera … (and the other exports), before the next group.
func TestBackupMenuItemFollowsTheExports(t *testing.T) {
	w, _ := fileWindow(t)
	items := w.win.MainMenu().Items[0].Items
	labels := itemLabels(items)
	exp, backup := slices.Index(labels, "Exportera …"), slices.Index(labels, "Säkerhetskopiera …")
	if exp < 0 || backup < exp {
		t.Fatalf("Arkiv holds %q; want Säkerhetskopiera … after Exportera …", labels)
	}
	for _, l := range labels[exp:backup] {
		if !strings.HasPrefix(l, "Exportera") {
			t.Errorf("%q comes between Exportera … and Säkerhetskopiera …", l)
		}
	}
	if i := slices.IndexFunc(items, func(it *fyne.MenuItem) bool { return it.Label == "Säkerhetskopiera …" }); !items[i+1].IsSeparator {
		t.Errorf("Säkerhetskopiera … does not end its group: %q follows", items[i+1].Label)
	}
	item := menuItem(t, w.win.MainMenu(), "Arkiv", "Säkerhetskopiera …")
	item.Action()
	if shown := texts(topOverlay(w)); !contains(shown, "Säkerhetskopiera databasen") {
		t.Errorf("the menu item shows %q", shown)
	}
}

// TestBackupWritesACheckedCopyOffTheUIGoroutine: the copy is written by
// the background work, while an activity bar shows, and the summary says
// where it is and what it holds.
func TestBackupWritesACheckedCopyOffTheUIGoroutine(t *testing.T) {
	w, _ := fileWindow(t)
	var queued []func()
	w.background = func(f func()) { queued = append(queued, f) }
	dir := t.TempDir()
	d := w.chooseBackup()
	if d == nil {
		t.Fatal("no dialog")
	}
	if !strings.HasSuffix(d.name.Text, ".db") || !strings.Contains(d.name.Text, "-kopia-") {
		t.Errorf("the suggested name is %q", d.name.Text)
	}
	d.dir = dir
	d.name.SetText("kopia")
	test.Tap(d.ok)
	path := filepath.Join(dir, "kopia.db")
	if len(queued) != 1 || fileExists(path) {
		t.Fatalf("%d jobs queued, copy written: %v; want the copy left to the background", len(queued), fileExists(path))
	}
	if shown := texts(topOverlay(w)); !contains(shown, "Säkerhetskopierar …") {
		t.Errorf("while copying the window shows %q", shown)
	}
	queued[0]()
	shown := texts(topOverlay(w))
	ps, err := w.store.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ms, err := w.store.Meetings(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("Den innehåller hela databasen med %d förslag och %d sammanträden", len(ps), len(ms))
	if !contains(shown, "Säkerhetskopian är klar") || !contains(shown, "kopia.db") || !contains(shown, want) || !contains(shown, dir) {
		t.Errorf("the summary says %q", shown)
	}
	c, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if r, err := c.Check(context.Background()); err != nil || !r.OK() {
		t.Errorf("Check on the copy: %+v, %v", r, err)
	}
	if cps, err := c.Proposals(context.Background(), model.ProposalFilter{}); err != nil || len(cps) != len(ps) {
		t.Errorf("the copy holds %d proposals (%v), the store %d", len(cps), err, len(ps))
	}
}

func TestBackupRefusesAnExistingFileAndOtherEndings(t *testing.T) {
	w, _ := fileWindow(t)
	dir := t.TempDir()
	existing := filepath.Join(dir, "finns.db")
	if err := os.WriteFile(existing, []byte("viktigt"), 0o600); err != nil {
		t.Fatal(err)
	}
	d := w.chooseBackup()
	d.dir = dir
	for name, want := range map[string]string{"finns.db": "finns redan", "kopia.csv": "ska sluta på .db"} {
		d.name.SetText(name)
		test.Tap(d.ok)
		if d.message.Hidden || !strings.Contains(d.message.Text, want) {
			t.Errorf("%s: the dialog says %q, want %q", name, d.message.Text, want)
		}
	}
	if b, _ := os.ReadFile(existing); string(b) != "viktigt" {
		t.Errorf("the existing file became %q", b)
	}
	if es, _ := os.ReadDir(dir); len(es) != 1 {
		t.Errorf("the folder holds %d files", len(es))
	}
}

func TestAFailedBackupSaysSoInWords(t *testing.T) {
	w, _ := fileWindow(t)
	path := filepath.Join(t.TempDir(), "saknas", "kopia.db")
	w.backupTo(path)
	if shown := texts(topOverlay(w)); !contains(shown, "Säkerhetskopian "+path+" kunde inte skrivas.") {
		t.Errorf("the error says %q", shown)
	}
}

// TestOpeningAnOlderStoreShowsWhereTheBackupIs: a store from an older
// schema is upgraded as it opens, and the window says so, naming the
// copy made first; a store that was not upgraded shows nothing.
func TestOpeningAnOlderStoreShowsWhereTheBackupIs(t *testing.T) {
	w, _ := fileWindow(t)
	w.ShowMigrationNotice()
	if top := topOverlay(w); top != nil {
		t.Fatalf("the demo store shows %q", texts(top))
	}
	v := sqlite.SchemaVersion() - 1
	b, err := os.ReadFile(filepath.Join("..", "model", "sqlite", "testdata", "schema", fmt.Sprintf("v%d.db", v)))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "gammal.db")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	if !w.openStorePath(path) {
		t.Fatal("the older store did not open")
	}
	shown := texts(topOverlay(w))
	backup := fmt.Sprintf("gammal.db.schema%d.bak", v)
	if !contains(shown, "Databasen är uppgraderad") || !contains(shown, fmt.Sprintf("(schema %d)", v)) || !contains(shown, backup) {
		t.Errorf("the notice says %q", shown)
	}
	if !fileExists(filepath.Join(filepath.Dir(path), backup)) {
		t.Error("the copy is not there")
	}
}

func TestBackupSizeIsWrittenForPeople(t *testing.T) {
	defer func() { uikit.SetLanguage(model.Swedish) }()
	for _, c := range []struct {
		lang model.Language
		n    int64
		want string
	}{
		{model.Swedish, 812, "812 byte"}, {model.Swedish, 4_200_000, "4,2 MB"}, {model.Swedish, 786_432, "786,4 kB"},
		{model.English, 812, "812 bytes"}, {model.English, 4_200_000, "4.2 MB"}, {model.English, 3_000_000_000, "3.0 GB"},
	} {
		uikit.SetLanguage(c.lang)
		if got := fileSize(c.n); got != c.want {
			t.Errorf("%s %d: %q, want %q", c.lang, c.n, got, c.want)
		}
	}
}
