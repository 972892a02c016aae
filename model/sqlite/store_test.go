package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// An empty file (as a file dialog may leave) is taken for a new store and
// gets the whole schema.
func TestOpenEmptyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tom.db")
	check(t, os.WriteFile(path, nil, 0o644))
	s, err := sqlite.Open(path)
	check(t, err)
	check(t, s.Close())
	versions, applied, uv := migrationRows(t, path)
	if len(versions) != sqlite.SchemaVersion() || uv != sqlite.SchemaVersion() || sqlite.SchemaVersion() < 3 {
		t.Fatalf("schema_migrations %v, user_version %d; want 1…%d", versions, uv, sqlite.SchemaVersion())
	}
	for i, v := range versions {
		if v != i+1 || applied[i] == "" {
			t.Errorf("migration row %d: version %d applied %q", i, v, applied[i])
		}
	}
}

func TestOpenOddPaths(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "Mina dokument #1 (100%) å?")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Skip("file system refuses the name:", err)
	}
	path := filepath.Join(dir, "styrgrupp & co.db")
	s, err := sqlite.Open(path)
	check(t, err)
	_, err = s.CreateMember(context.Background(), model.Member{Name: "Eva"})
	check(t, err)
	check(t, s.Close())
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("the store is not where it was asked to be: %v", err)
	}
	s, err = sqlite.Open(path)
	check(t, err)
	defer s.Close()
	ms, err := s.Members(context.Background())
	check(t, err)
	if len(ms) != 1 || ms[0].Name != "Eva" {
		t.Fatalf("after reopening: %+v", ms)
	}
}

func TestOpenMissingDirectory(t *testing.T) {
	_, err := sqlite.Open(filepath.Join(t.TempDir(), "finns-inte", "styrgrupp.db"))
	wantCode(t, err, model.EInternal, "store_open")
}

func TestBusyIsConflict(t *testing.T) {
	if testing.Short() {
		t.Skip("waits out the busy timeout")
	}
	s := openStore(t)
	s.SetBusyBudget(time.Second) // the retry's bound, shortened for the test
	db := rawDB(t, s.Path())
	conn, err := db.Conn(context.Background())
	check(t, err)
	defer conn.Close()
	_, err = conn.ExecContext(context.Background(), `BEGIN IMMEDIATE`)
	check(t, err)
	_, err = s.CreateMember(context.Background(), model.Member{Name: "Eva"})
	wantCode(t, err, model.EConflict, "store_busy")
	_, err = conn.ExecContext(context.Background(), `ROLLBACK`)
	check(t, err)
	_, err = s.CreateMember(context.Background(), model.Member{Name: "Eva"})
	check(t, err)
}
