package model

import (
	"fmt"
	"strconv"
	"strings"
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

// SwedishDay returns the calendar date of t in Swedish time (Stockholm),
// the day a meeting is held or a follow-up is due on, wherever the
// program runs.
func SwedishDay(t time.Time) Date { return DateOf(t.In(Stockholm)) }

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

// ParseDate reads a date as people write it: 2027-03-01 and 2027-3-1, 1/3/2027, 01/03/2027
// and 1.3.2027 as day/month/year, 20270301, and an ISO date with a time
// after it. A date that does not exist (2027-02-30) is an error of its
// own.
func ParseDate(s string) (Date, error) {
	orig := strings.TrimSpace(s)
	if orig == "" {
		return Date{}, nil
	}
	t := orig
	if i := strings.IndexAny(t, "T "); i >= 8 && strings.Trim(t[i+1:], "0123456789:.,+-Z ") == "" {
		t = t[:i]
	}
	var y, m, d string
	if len(t) == 8 && strings.Trim(t, "0123456789") == "" {
		y, m, d = t[:4], t[4:6], t[6:]
	} else {
		i := strings.IndexAny(t, "-/.")
		if i < 0 {
			return Date{}, FieldError("", "date_invalid", orig)
		}
		parts := strings.Split(t, t[i:i+1])
		if len(parts) != 3 {
			return Date{}, FieldError("", "date_invalid", orig)
		}
		switch {
		case len(parts[0]) == 4:
			y, m, d = parts[0], parts[1], parts[2]
		case len(parts[2]) == 4:
			d, m, y = parts[0], parts[1], parts[2]
		default:
			return Date{}, FieldError("", "date_invalid", orig)
		}
	}
	if !digits(y, 4, 4) || !digits(m, 1, 2) || !digits(d, 1, 2) {
		return Date{}, FieldError("", "date_invalid", orig)
	}
	yy, _ := strconv.Atoi(y)
	mm, _ := strconv.Atoi(m)
	dd, _ := strconv.Atoi(d)
	if yy < 1000 || mm < 1 || mm > 12 || dd < 1 || dd > daysIn(yy, time.Month(mm)) {
		return Date{}, FieldError("", "date_impossible", orig)
	}
	return NewDate(yy, time.Month(mm), dd), nil
}

func digits(s string, lo, hi int) bool {
	return len(s) >= lo && len(s) <= hi && strings.Trim(s, "0123456789") == ""
}

func daysIn(y int, m time.Month) int { return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() }
