// Package sqlstore is the store logic that model/sqlite and
// model/postgres share: the SQL and the rules around it, written once
// against Tx, a transaction of either adapter. Statements number their
// placeholders ($1, $2, …), which both drivers take; where the SQL
// genuinely differs (JSON in the audit details) Tx says how through its
// Dialect methods. Each adapter keeps what is its own: opening,
// migrations and triggers, connections and locking, search, bulk import,
// backup, and the mapping of its driver's errors to model errors.
package sqlstore

import (
	"database/sql"
	"errors"
)

// Tx is one transaction of an adapter, as the shared logic uses it.
type Tx interface {
	// Query runs a statement that returns rows.
	Query(q string, args ...any) (Rows, error)
	// QueryRow runs a statement that returns at most one row; a missing
	// row is an error for which errors.Is(err, sql.ErrNoRows) holds.
	QueryRow(q string, args ...any) Scanner
	Dialect
}

// Dialect is the SQL that differs between the adapters.
type Dialect interface {
	// IsJSON is the SQL test that the text column col holds JSON.
	IsJSON(col string) string
	// JSONText is the SQL expression for the field key of the JSON in
	// col, NULL when it has none.
	JSONText(col, key string) string
	// DetailIs is the SQL test that audit row a's detail is JSON whose
	// fields hold the values given as (key, SQL expression) pairs; a
	// detail that is not JSON matches nothing, rather than failing the
	// query.
	DetailIs(pairs ...string) string
	// InsertOrder is the column of sign_offs that orders its rows as
	// they were inserted.
	InsertOrder() string
}

// Rows is a query's result, read row by row.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// Scanner is one row, or the current row of Rows.
type Scanner interface{ Scan(dest ...any) error }

// Result is a query's rows or its error, for Collect.
type Result struct {
	rows Rows
	err  error
}

// Select runs a query for Collect.
func Select(t Tx, q string, args ...any) Result {
	rows, err := t.Query(q, args...)
	return Result{rows, err}
}

// Collect reads every row of r with scan.
func Collect[T any](r Result, scan func(Scanner) (T, error)) ([]T, error) {
	if r.err != nil {
		return nil, r.err
	}
	defer r.rows.Close()
	var out []T
	for r.rows.Next() {
		v, err := scan(r.rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, r.rows.Err()
}

// WithExtra is a Scanner that reads the columns after those its caller
// scans into Extra.
type WithExtra struct {
	Sc    Scanner
	Extra []any
}

// Scan scans dest followed by the extra destinations.
func (w WithExtra) Scan(dest ...any) error { return w.Sc.Scan(append(dest, w.Extra...)...) }

// IsNoRows tells whether err says that a query found no row.
func IsNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }
