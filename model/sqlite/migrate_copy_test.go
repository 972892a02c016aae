package sqlite_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// olderStore copies the schema test file of the version before today's
// into a new folder and returns its path and that version.
func olderStore(t *testing.T) (string, int) {
	t.Helper()
	v := sqlite.SchemaVersion() - 1
	return copyFile(t, filepath.Join(schemaDir, fmt.Sprintf("v%d.db", v)), t.TempDir()), v
}

// TestOpenCopiesAnOlderStoreBeforeMigrating: the copy is the file as it
// was, under an ASCII name beside it; a copy already there is kept.
func TestOpenCopiesAnOlderStoreBeforeMigrating(t *testing.T) {
	path, v := olderStore(t)
	taken := fmt.Sprintf("%s.schema%d.bak", path, v)
	check(t, os.WriteFile(taken, []byte("en äldre kopia"), 0o600))
	want := snapshot(t, openCopyOf(t, path))

	s, err := sqlite.Open(path)
	check(t, err)
	old, backup := s.MigratedFrom()
	check(t, s.Close())
	if wantName := fmt.Sprintf("%s.schema%d-2.bak", path, v); old != v || backup != wantName {
		t.Fatalf("MigratedFrom() = %d, %q; want %d, %q", old, backup, v, wantName)
	}
	for _, r := range filepath.Base(backup) {
		if r > 127 {
			t.Errorf("the copy's name %q is not ASCII", filepath.Base(backup))
		}
	}
	if b, _ := os.ReadFile(taken); string(b) != "en äldre kopia" {
		t.Errorf("the copy that was there became %q", b)
	}
	if got := userVersion(t, backup); got != v {
		t.Errorf("the copy is at schema %d, want %d", got, v)
	}
	got := snapshot(t, openCopyOf(t, backup))
	if i := firstDifference(got.Records, want.Records); i >= 0 {
		t.Errorf("record %d of the copy differs:\n got %q\nwant %q", i, at(got.Records, i), at(want.Records, i))
	}
	if got := entries(t, filepath.Dir(path)); len(got) != 3 {
		t.Errorf("the folder holds %v; want the store and two copies", got)
	}

	// Opened again, the store is at today's schema: no migration, no copy.
	s, err = sqlite.Open(path)
	check(t, err)
	defer s.Close()
	if old, backup := s.MigratedFrom(); old != 0 || backup != "" {
		t.Errorf("the second Open reports %d, %q", old, backup)
	}
}

// openCopyOf opens a copy of the store file at path in a folder of its
// own (migrating the copy, not the file).
func openCopyOf(t *testing.T, path string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(copyFile(t, path, t.TempDir()))
	check(t, err)
	t.Cleanup(func() { s.Close() })
	return s
}

// TestOpenMigratesAnEmptyOlderStoreWithoutACopy: there is nothing to keep.
func TestOpenMigratesAnEmptyOlderStoreWithoutACopy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tom.db")
	check(t, sqlite.MigrateTo(path, 1))
	s, err := sqlite.Open(path)
	check(t, err)
	defer s.Close()
	if old, backup := s.MigratedFrom(); old != 0 || backup != "" {
		t.Errorf("MigratedFrom() = %d, %q", old, backup)
	}
	if got := userVersion(t, path); got != sqlite.SchemaVersion() {
		t.Errorf("schema %d", got)
	}
	if got := entries(t, filepath.Dir(path)); !slices.Equal(got, []string{"tom.db", "tom.db-shm", "tom.db-wal"}) {
		t.Errorf("the folder holds %v", got)
	}
}

// TestOpenDoesNotMigrateWithoutACopy: when the copy cannot be written
// (here: every name it could take is taken), the store is refused and
// left as it was.
func TestOpenDoesNotMigrateWithoutACopy(t *testing.T) {
	path, v := olderStore(t)
	names := []string{fmt.Sprintf("%s.schema%d.bak", path, v)}
	for i := 2; i < 1000; i++ {
		names = append(names, fmt.Sprintf("%s.schema%d-%d.bak", path, v, i))
	}
	for _, n := range names {
		check(t, os.WriteFile(n, nil, 0o600))
	}
	before, err := os.ReadFile(path)
	check(t, err)
	s, err := sqlite.Open(path)
	if err == nil {
		s.Close()
		t.Fatal("the store opened without a copy")
	}
	wantCode(t, err, model.EInternal, "store_backup_before_migrate")
	msg := model.ErrorMessage(err, model.Swedish)
	if want := fmt.Sprintf("%s är från en äldre version av Styrgrupp (schema %d) och behöver uppgraderas. "+
		"Före uppgraderingen sparas en kopia av filen, men kopian %s kunde inte skrivas, så databasen är inte ändrad.",
		path, v, names[len(names)-1]); !strings.HasPrefix(msg, want) {
		t.Errorf("message\n got %q\nwant %q …", msg, want)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the store was changed")
	}
	if got := userVersion(t, path); got != v {
		t.Errorf("the store is at schema %d, want %d", got, v)
	}
	for _, n := range entries(t, filepath.Dir(path)) {
		if strings.HasSuffix(n, ".tmp") {
			t.Errorf("left behind: %s", n)
		}
	}
}
