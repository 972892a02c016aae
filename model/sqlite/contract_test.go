package sqlite_test

import (
	"database/sql"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
	"github.com/styrgrupp/styrgrupp/model/storetest"
)

// The SQLite store keeps the contract every store keeps, each rule on a
// new file in a temporary folder.
func TestContract(t *testing.T) {
	storetest.Run(t, storetest.Harness{
		Open: func(t *testing.T) model.Store { return openStore(t) },
		Reopen: func(t *testing.T, s model.Store) model.Store {
			return openAgain(t, s.(*sqlite.Store))
		},
		SQL: plainSQL{},
	})
}

// openAgain opens a second Store on the same file, as a second window or
// program would.
func openAgain(t *testing.T, s *sqlite.Store) *sqlite.Store {
	t.Helper()
	other, err := sqlite.Open(s.Path())
	check(t, err)
	t.Cleanup(func() { other.Close() })
	return other
}

// plainSQL reaches a store's file with plain database/sql, as the
// sqlite3 shell would (rawDB): no foreign keys, none of the store's code.
type plainSQL struct{}

func (plainSQL) Connect(t *testing.T, s model.Store) storetest.Conn {
	st := s.(*sqlite.Store)
	return sqlConn{rawDB(t, st.Path()), st}
}

// sqlConn is a plainSQL connection to one store's file.
type sqlConn struct {
	db *sql.DB
	s  *sqlite.Store
}

func (c sqlConn) Exec(stmt string, args ...any) error {
	_, err := c.db.Exec(stmt, args...)
	return err
}

// DropGuards drops every trigger on table.
func (c sqlConn) DropGuards(table string) error {
	rows, err := c.db.Query(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?`, table)
	if err != nil {
		return err
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return err
		}
		names = append(names, n)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, n := range names {
		if _, err := c.db.Exec(`DROP TRIGGER "` + n + `"`); err != nil {
			return err
		}
	}
	return nil
}

func (c sqlConn) Fail(err error) error { return c.s.Fail(err) }
