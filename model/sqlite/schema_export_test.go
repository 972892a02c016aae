package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// MigrateTo makes a new store file at path with only the first n of the
// embedded migrations applied, as the program of schema version n made
// its stores; the schema test files (schema_files_test.go) are made with
// it.
func MigrateTo(path string, n int) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if n < 1 || n > len(ms) {
		return fmt.Errorf("no schema version %d", n)
	}
	if err := create(path); err != nil {
		return err
	}
	db, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	return migrateTo(context.Background(), db, ms[:n])
}
