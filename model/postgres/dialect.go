package postgres

import (
	"fmt"

	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// tx is the shared logic's sqlstore.Tx.
var _ sqlstore.Tx = (*tx)(nil)

// Query runs a statement that returns rows, for model/sqlstore, after
// what is queued.
func (t *tx) Query(q string, args ...any) (sqlstore.Rows, error) {
	rows, err := t.query(q, args...)
	if err != nil {
		return nil, err
	}
	return rows, nil
}

// QueryRow runs a statement that returns at most one row, for
// model/sqlstore, after what is queued.
func (t *tx) QueryRow(q string, args ...any) sqlstore.Scanner { return t.row(q, args...) }

// IsJSON tests with styrgrupp_jsonb (migrations), which gives NULL for
// text that is not JSON.
func (t *tx) IsJSON(col string) string { return "styrgrupp_jsonb(" + col + ") IS NOT NULL" }

// JSONText reads the field as text with ->>.
func (t *tx) JSONText(col, key string) string {
	return fmt.Sprintf("styrgrupp_jsonb(%s) ->> '%s'", col, key)
}

// DetailIs compares each field as text (->> gives a JSON number or string
// as text).
func (t *tx) DetailIs(pairs ...string) string {
	q := "styrgrupp_jsonb(a.detail) IS NOT NULL"
	for i := 0; i+1 < len(pairs); i += 2 {
		q += fmt.Sprintf(" AND styrgrupp_jsonb(a.detail) ->> '%s' IS NOT DISTINCT FROM (%s)::text", pairs[i], pairs[i+1])
	}
	return q
}

// InsertOrder is seq: sign_offs.seq, an identity column (migrations).
func (t *tx) InsertOrder() string { return "seq" }
