package model

import (
	"fmt"
	"time"
)

// Date is a calendar date without a time of day; the zero Date means
// "not set".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date of y-m-d.
func NewDate(y int, m time.Month, d int) Date { return Date{y, m, d} }

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseISODate reads "2027-03-01"; the empty string gives the zero Date.
func ParseISODate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, FieldError("", "date_invalid", s)
	}
	return DateOf(t), nil
}

// IsZero tells whether the date is not set.
func (d Date) IsZero() bool { return d == Date{} }

// Time returns midnight UTC of the date.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// Before tells whether d comes before e.
func (d Date) Before(e Date) bool { return d.Time().Before(e.Time()) }

// String returns the ISO form, 2027-03-01, or "" when not set.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// MarshalText writes the ISO form.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads the ISO form.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseISODate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
