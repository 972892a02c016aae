package sqlite

import (
	"database/sql"
	"fmt"

	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// tx is the shared logic's sqlstore.Tx.
var _ sqlstore.Tx = (*tx)(nil)

// Query runs a statement that returns rows, for model/sqlstore.
func (t *tx) Query(q string, args ...any) (sqlstore.Rows, error) {
	rows, err := t.query(q, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{rows}, nil
}

// QueryRow runs a statement that returns at most one row, for
// model/sqlstore.
func (t *tx) QueryRow(q string, args ...any) sqlstore.Scanner { return t.row(q, args...) }

// sqlRows is *sql.Rows as sqlstore.Rows.
type sqlRows struct{ *sql.Rows }

// Close closes the rows; an error closing them shows in Err.
func (r sqlRows) Close() { r.Rows.Close() }

// IsJSON tests with json_valid.
func (t *tx) IsJSON(col string) string { return "json_valid(" + col + ")" }

// JSONText reads the field with json_extract, which gives numbers as
// numbers.
func (t *tx) JSONText(col, key string) string {
	return fmt.Sprintf("json_extract(%s, '$.%s')", col, key)
}

// DetailIs compares each field with IS, keeping SQLite's types.
func (t *tx) DetailIs(pairs ...string) string {
	q := "CASE WHEN json_valid(a.detail) THEN 1"
	for i := 0; i+1 < len(pairs); i += 2 {
		q += fmt.Sprintf(" AND json_extract(a.detail, '$.%s') IS %s", pairs[i], pairs[i+1])
	}
	return q + " ELSE 0 END"
}

// bit stores a bool as 0 or 1.
func bit(b bool) int {
	if b {
		return 1
	}
	return 0
}

// InsertOrder is rowid: SQLite numbers every row it inserts.
func (t *tx) InsertOrder() string { return "rowid" }
