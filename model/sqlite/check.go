package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// Check looks the whole store over, in one read transaction: SQLite's
// own integrity_check, and every row that breaks a foreign key; then
// everything sqlstore.Check looks at.
func (s *Store) Check(ctx context.Context) (model.CheckReport, error) {
	var r model.CheckReport
	err := s.read(ctx, func(t *tx) error {
		integrity, err := integrityLines(t)
		if err != nil {
			return err
		}
		fks, err := foreignKeyLines(t)
		if err != nil {
			return err
		}
		if r, err = sqlstore.Check(t); err != nil {
			return err
		}
		r.Integrity = append(integrity, r.Integrity...)
		r.ForeignKeys = fks
		return nil
	})
	return r, err
}

func integrityLines(t *tx) ([]string, error) {
	lines, err := sqlstore.Collect(sqlstore.Select(t, `PRAGMA integrity_check`), func(sc sqlstore.Scanner) (string, error) {
		var s string
		err := sc.Scan(&s)
		return s, err
	})
	var out []string
	for _, l := range lines {
		if l != "ok" {
			out = append(out, l)
		}
	}
	return out, err
}

func foreignKeyLines(t *tx) ([]string, error) {
	return sqlstore.Collect(sqlstore.Select(t, `PRAGMA foreign_key_check`), func(sc sqlstore.Scanner) (string, error) {
		var table, parent string
		var rowid sql.NullInt64
		var fk int
		if err := sc.Scan(&table, &rowid, &parent, &fk); err != nil {
			return "", err
		}
		return fmt.Sprintf("tabell %s rad %d pekar på en saknad rad i %s (främmande nyckel %d)", table, rowid.Int64, parent, fk), nil
	})
}
