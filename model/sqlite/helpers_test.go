package sqlite_test

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
	"github.com/styrgrupp/styrgrupp/model/storetest"
)

// start is the time the tests' history begins.
var start = storetest.Start

// openStore opens a store on a new file in a temporary directory.
func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "styrgrupp.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// rawDB opens the store's file with plain database/sql, as someone with
// the sqlite3 shell would: no foreign keys, none of the store's code.
func rawDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// check and wantCode are the contract's (storetest.Check, WantCode).
var check, wantCode = storetest.Check, storetest.WantCode

// wantRefused checks that a plain SQL statement failed with a message
// containing want.
func wantRefused(t *testing.T, db *sql.DB, want, stmt string, args ...any) {
	t.Helper()
	_, err := db.Exec(stmt, args...)
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("%s: got %v, want an error with %q", stmt, err, want)
	}
}

// world is the suite's World on a SQLite store of its own, with the
// store as itself for what only SQLite has (its path, its errors).
type world struct {
	*storetest.World
	s *sqlite.Store
}

func newWorld(t *testing.T) *world {
	t.Helper()
	s := openStore(t)
	return &world{storetest.NewWorld(t, s), s}
}

// signedOffWorld is storetest.SignedOffWorld on a SQLite store of its own.
func signedOffWorld(t *testing.T) (*world, model.Meeting, model.Item) {
	t.Helper()
	s := openStore(t)
	w, m, it := storetest.SignedOffWorld(t, s)
	return &world{w, s}, m, it
}
