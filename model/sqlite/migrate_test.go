package sqlite_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// migrationRows reads schema_migrations and user_version with plain SQL.
func migrationRows(t *testing.T, path string) (versions []int, applied []string, userVersion int) {
	t.Helper()
	db := rawDB(t, path)
	rows, err := db.Query(`SELECT version, applied_at FROM schema_migrations ORDER BY version`)
	check(t, err)
	defer rows.Close()
	for rows.Next() {
		var v int
		var at string
		check(t, rows.Scan(&v, &at))
		versions, applied = append(versions, v), append(applied, at)
	}
	check(t, rows.Err())
	check(t, db.QueryRow(`PRAGMA user_version`).Scan(&userVersion))
	check(t, db.Close())
	return versions, applied, userVersion
}

func TestOpenMigratesAndReopens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ny.db")
	s, err := sqlite.Open(path)
	check(t, err)
	if s.Path() != path {
		t.Errorf("Path() = %q, want %q", s.Path(), path)
	}
	check(t, s.Close())

	versions, applied, uv := migrationRows(t, path)
	want := []int{}
	for v := 1; v <= sqlite.SchemaVersion(); v++ {
		want = append(want, v)
	}
	if sqlite.SchemaVersion() < 3 || !slices.Equal(versions, want) || uv != sqlite.SchemaVersion() {
		t.Fatalf("versions %v, user_version %d; want %v and %d", versions, uv, want, sqlite.SchemaVersion())
	}

	s, err = sqlite.Open(path)
	check(t, err)
	check(t, s.Close())
	again, appliedAgain, uv2 := migrationRows(t, path)
	if !slices.Equal(again, versions) || !slices.Equal(appliedAgain, applied) || uv2 != uv {
		t.Fatalf("reopening changed the migrations: %v %v %d, was %v %v %d", again, appliedAgain, uv2, versions, applied, uv)
	}

	db := rawDB(t, path)
	var mode string
	check(t, db.QueryRow(`PRAGMA journal_mode`).Scan(&mode))
	if mode != "wal" {
		t.Errorf("journal_mode = %q, want wal", mode)
	}
	var pageSize int
	check(t, db.QueryRow(`PRAGMA page_size`).Scan(&pageSize))
	if pageSize != 8192 {
		t.Errorf("page_size = %d, want 8192 for a new store", pageSize)
	}
}

// TestOpenGivesAnEmptyFileThePageSize: an empty file is a new store and
// gets the store's page size too.
func TestOpenGivesAnEmptyFileThePageSize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tom.db")
	check(t, os.WriteFile(path, nil, 0o600))
	s, err := sqlite.Open(path)
	check(t, err)
	check(t, s.Close())
	var pageSize int
	check(t, rawDB(t, path).QueryRow(`PRAGMA page_size`).Scan(&pageSize))
	if pageSize != 8192 {
		t.Errorf("page_size = %d, want 8192", pageSize)
	}
}

// wantUntouched opens path and checks the error and that the file's
// bytes did not change.
func wantUntouched(t *testing.T, path string, code model.Code, key string) *model.Error {
	t.Helper()
	before, err := os.ReadFile(path)
	check(t, err)
	s, err := sqlite.Open(path)
	if err == nil {
		s.Close()
		t.Fatalf("Open(%s) succeeded", path)
	}
	wantCode(t, err, code, key)
	e, _ := err.(*model.Error)
	after, err := os.ReadFile(path)
	check(t, err)
	if !bytes.Equal(before, after) {
		t.Fatal("the file was changed")
	}
	return e
}

func TestOpenRefusesWhatIsNotOurs(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"text.db":   []byte("Det här är ingen databas, bara text.\n"),
		"short.db":  []byte("SQLite"),
		"header.db": append([]byte("SQLite format 3\x00"), make([]byte, 4096)...),
		"junk.db":   bytes.Repeat([]byte{0xff, 0x00, 0x13}, 2000),
	}
	for name, b := range files {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			check(t, os.WriteFile(path, b, 0o644))
			wantUntouched(t, path, model.EInvalid, "store_not_sqlite")
		})
	}
	t.Run("other-sqlite", func(t *testing.T) {
		path := filepath.Join(dir, "other.db")
		db := rawDB(t, path)
		_, err := db.Exec(`CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)`)
		check(t, err)
		check(t, db.Close())
		wantUntouched(t, path, model.EInvalid, "store_not_sqlite")
	})
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "newer.db")
	s, err := sqlite.Open(path)
	check(t, err)
	check(t, s.Close())
	db := rawDB(t, path)
	_, err = db.Exec(`PRAGMA journal_mode = DELETE;
		INSERT INTO schema_migrations (version, applied_at) VALUES (99, '2030-01-01T00:00:00Z');
		PRAGMA user_version = 99`)
	check(t, err)
	check(t, db.Close())

	e := wantUntouched(t, path, model.EInvalid, "store_newer")
	if msg := e.Message(model.English); !bytes.Contains([]byte(msg), []byte("schema 99")) {
		t.Errorf("message %q does not name the schema", msg)
	}
}
