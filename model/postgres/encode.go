package postgres

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/styrgrupp/styrgrupp/model"
)

// timeLayout is RFC 3339 in UTC with all nine digits of the fraction, as
// model/sqlite stores times, so that stored times sort as text in time
// order and keep the nanoseconds the audit hash covers.
const timeLayout = "2006-01-02T15:04:05.000000000Z07:00"

// fmtTime writes t as stored: RFC 3339, UTC, to the nanosecond.
func fmtTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// fmtTimeOrNull writes t, or NULL for the zero time.
func fmtTimeOrNull(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return fmtTime(t)
}

// parseTime reads a stored time and returns it in the local zone, as
// time.Now would give it.
func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("postgres: stored time %q: %w", s, err)
	}
	return t.In(time.Local), nil
}

// parseTimeOrZero reads a stored time that may be NULL.
func parseTimeOrZero(s sql.NullString) (time.Time, error) {
	if !s.Valid || s.String == "" {
		return time.Time{}, nil
	}
	return parseTime(s.String)
}

// parseDate reads a stored ISO date, "" for not set.
func parseDate(s string) (model.Date, error) {
	d, err := model.ParseISODate(s)
	if err != nil {
		return model.Date{}, fmt.Errorf("postgres: stored date %q: %w", s, err)
	}
	return d, nil
}

// toJSON encodes v; only plain values are stored, so it cannot fail.
func toJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic("postgres: json: " + err.Error())
	}
	return string(b)
}

// fromJSON decodes a stored JSON value.
func fromJSON(s string, v any) error {
	if err := json.Unmarshal([]byte(s), v); err != nil {
		return fmt.Errorf("postgres: stored JSON: %w", err)
	}
	return nil
}

// jsonList encodes a list, with [] for none.
func jsonList[T any](s []T) string {
	if s == nil {
		s = []T{}
	}
	return toJSON(s)
}

// fromJSONList decodes a list, nil for none, so that stored values compare
// equal to normalised ones.
func fromJSONList[T any](s string) ([]T, error) {
	var out []T
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		return nil, fmt.Errorf("postgres: stored list: %w", err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// nullID stores an id that may be 0 (none) as NULL.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// scanner is a pgx.Row or pgx.Rows.
type scanner interface{ Scan(dest ...any) error }

// result is a query's rows or its error, for collect.
type result struct {
	rows pgx.Rows
	err  error
}

// rows runs a query for collect.
func (t *tx) rows(q string, args ...any) result {
	rows, err := t.query(q, args...)
	return result{rows, err}
}

// collect reads every row of r with scan.
func collect[T any](r result, scan func(scanner) (T, error)) ([]T, error) {
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
