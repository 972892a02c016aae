package sqlstore

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// timeLayout is RFC 3339 in UTC with all nine digits of the fraction, so
// that stored times sort as text in time order and keep the nanoseconds
// the audit hash covers.
const timeLayout = "2006-01-02T15:04:05.000000000Z07:00"

// FmtTime writes t as stored: RFC 3339, UTC, to the nanosecond.
func FmtTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// FmtTimeOrNull writes t, or NULL for the zero time.
func FmtTimeOrNull(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return FmtTime(t)
}

// ParseTime reads a stored time and returns it in the local zone, as
// time.Now would give it.
func ParseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("store: stored time %q: %w", s, err)
	}
	return t.In(time.Local), nil
}

// ParseTimeOrZero reads a stored time that may be NULL.
func ParseTimeOrZero(s sql.NullString) (time.Time, error) {
	if !s.Valid || s.String == "" {
		return time.Time{}, nil
	}
	return ParseTime(s.String)
}

// ParseDate reads a stored ISO date, "" for not set.
func ParseDate(s string) (model.Date, error) {
	d, err := model.ParseISODate(s)
	if err != nil {
		return model.Date{}, fmt.Errorf("store: stored date %q: %w", s, err)
	}
	return d, nil
}

// ToJSON encodes v; only plain values are stored, so it cannot fail.
func ToJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic("store: json: " + err.Error())
	}
	return string(b)
}

// FromJSON decodes a stored JSON value.
func FromJSON(s string, v any) error {
	if err := json.Unmarshal([]byte(s), v); err != nil {
		return fmt.Errorf("store: stored JSON: %w", err)
	}
	return nil
}

// JSONList encodes a list, with [] for none.
func JSONList[T any](s []T) string {
	if s == nil {
		s = []T{}
	}
	return ToJSON(s)
}

// FromJSONList decodes a list, nil for none, so that stored values
// compare equal to normalised ones.
func FromJSONList[T any](s string) ([]T, error) {
	var out []T
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		return nil, fmt.Errorf("store: stored list: %w", err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// NullID stores an id that may be 0 (none) as NULL.
func NullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}
