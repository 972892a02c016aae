package model_test

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestParseISODate(t *testing.T) {
	tests := []struct {
		in   string
		want model.Date
		bad  bool
	}{
		{in: "2027-03-01", want: model.NewDate(2027, time.March, 1)},
		{in: "2028-02-29", want: model.NewDate(2028, time.February, 29)},
		{in: "1999-12-31", want: model.NewDate(1999, time.December, 31)},
		{in: "", want: model.Date{}},
		{in: "2027-02-29", bad: true},
		{in: "2027-02-30", bad: true},
		{in: "2027-13-01", bad: true},
		{in: "2027-00-10", bad: true},
		{in: "2027-3-1", bad: true},
		{in: "1/3/2026", bad: true},
		{in: "01.03.2027", bad: true},
		{in: "2027-03-01T10:00:00Z", bad: true},
		{in: " 2027-03-01", bad: true},
		{in: "i morgon", bad: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := model.ParseISODate(tt.in)
			if tt.bad {
				e := assertErr(t, err, model.EInvalid, "date_invalid")
				if len(e.Args) != 1 || e.Args[0] != tt.in {
					t.Errorf("args = %v, want [%q]", e.Args, tt.in)
				}
				if !got.IsZero() {
					t.Errorf("got %v with the error", got)
				}
				return
			}
			assertNoErr(t, err)
			if got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if got.String() != tt.in {
				t.Errorf("String() = %q, want %q", got.String(), tt.in)
			}
		})
	}
}

func TestDateBasics(t *testing.T) {
	d := model.NewDate(2027, time.March, 1)
	if d.IsZero() || !(model.Date{}).IsZero() {
		t.Error("IsZero wrong")
	}
	if got := d.String(); got != "2027-03-01" {
		t.Errorf("String = %q", got)
	}
	if got := (model.Date{}).String(); got != "" {
		t.Errorf("zero String = %q", got)
	}
	if got := model.NewDate(987, time.January, 2).String(); got != "0987-01-02" {
		t.Errorf("String = %q", got)
	}
	if want := time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC); !d.Time().Equal(want) || d.Time().Location() != time.UTC {
		t.Errorf("Time = %v", d.Time())
	}
	e := model.NewDate(2027, time.March, 2)
	if !d.Before(e) || e.Before(d) || d.Before(d) {
		t.Error("Before wrong")
	}
	if !model.NewDate(2026, time.December, 31).Before(d) {
		t.Error("Before across years wrong")
	}
	// DateOf takes the date in the time's own location.
	sthlm := time.FixedZone("CET", 3600)
	at := time.Date(2027, 3, 2, 0, 30, 0, 0, sthlm) // 2027-03-01 23:30 UTC
	if got := model.DateOf(at); got != e {
		t.Errorf("DateOf(local) = %v, want %v", got, e)
	}
	if got := model.DateOf(at.UTC()); got != d {
		t.Errorf("DateOf(UTC) = %v, want %v", got, d)
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		D model.Date  `json:"d"`
		O model.Date  `json:"o,omitzero"`
		P *model.Date `json:"p,omitempty"`
	}
	tests := []struct {
		name string
		in   doc
		want string
	}{
		{"set", doc{D: model.NewDate(2027, 3, 1), O: model.NewDate(2028, 6, 30)}, `{"d":"2027-03-01","o":"2028-06-30"}`},
		{"zero", doc{}, `{"d":""}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.in)
			assertNoErr(t, err)
			if string(b) != tt.want {
				t.Errorf("Marshal = %s, want %s", b, tt.want)
			}
			var back doc
			assertNoErr(t, json.Unmarshal(b, &back))
			if back != tt.in {
				t.Errorf("round trip = %+v, want %+v", back, tt.in)
			}
		})
	}
	for _, bad := range []string{`{"d":"2027-02-30"}`, `{"d":"1/3/2027"}`, `{"o":"x"}`} {
		var v doc
		err := json.Unmarshal([]byte(bad), &v)
		assertErr(t, err, model.EInvalid, "date_invalid")
	}
}

func TestMoneySwedish(t *testing.T) {
	const nb = "\u00a0"
	tests := []struct {
		m    model.Money
		want string
	}{
		{model.Money{}, ""},
		{model.Kronor(0), "0" + nb + "kr"},
		{model.Kronor(5), "5" + nb + "kr"},
		{model.Kronor(999), "999" + nb + "kr"},
		{model.Kronor(1000), "1" + nb + "000" + nb + "kr"},
		{model.Kronor(12345), "12" + nb + "345" + nb + "kr"},
		{model.Kronor(123456), "123" + nb + "456" + nb + "kr"},
		{model.Kronor(1250000), "1" + nb + "250" + nb + "000" + nb + "kr"},
		{model.Money{Ore: 125000050, Set: true}, "1" + nb + "250" + nb + "000,50" + nb + "kr"},
		{model.Money{Ore: 125000005, Set: true}, "1" + nb + "250" + nb + "000,05" + nb + "kr"},
		{model.Money{Ore: 5, Set: true}, "0,05" + nb + "kr"},
		{model.Money{Ore: 99, Set: true}, "0,99" + nb + "kr"},
		{model.Money{Ore: -125000, Set: true}, "−1" + nb + "250" + nb + "kr"},
		{model.Money{Ore: -50, Set: true}, "−0,50" + nb + "kr"},
	}
	for _, tt := range tests {
		if got := tt.m.Swedish(); got != tt.want {
			t.Errorf("Swedish(%+v) = %q, want %q", tt.m, got, tt.want)
		}
	}
	// Written as a reader sees it: no plain spaces, so amounts do not break
	// across lines.
	got := model.Kronor(1250000).Swedish()
	if strings.Contains(got, " ") || strings.ReplaceAll(got, nb, " ") != "1 250 000 kr" {
		t.Errorf("Swedish = %q, want \"1 250 000 kr\" with no-break spaces", got)
	}
}

func TestMoneyPlainAndFloat(t *testing.T) {
	tests := []struct {
		m     model.Money
		plain string
		f     float64
	}{
		{model.Money{}, "", 0},
		{model.Kronor(0), "0", 0},
		{model.Kronor(1250000), "1250000", 1250000},
		{model.Money{Ore: 125000050, Set: true}, "1250000.5", 1250000.5},
		{model.Money{Ore: 1999, Set: true}, "19.99", 19.99},
		{model.Money{Ore: -1, Set: true}, "-0.01", -0.01},
	}
	for _, tt := range tests {
		if got := tt.m.Plain(); got != tt.plain {
			t.Errorf("Plain(%+v) = %q, want %q", tt.m, got, tt.plain)
		}
		if got := tt.m.Float(); got != tt.f {
			t.Errorf("Float(%+v) = %v, want %v", tt.m, got, tt.f)
		}
	}
}

func TestMoneyFromFloat(t *testing.T) {
	tests := []struct {
		in   float64
		want int64
		bad  bool
	}{
		{in: 0, want: 0},
		{in: 1250000, want: 125000000},
		{in: 1250000.5, want: 125000050},
		{in: 19.99, want: 1999},       // 1998.9999999999998 öre before rounding
		{in: 0.1 + 0.2, want: 30},     // 30.000000000000004
		{in: 0.125, want: 13},         // exactly half an öre: away from zero
		{in: -0.125, want: -13},       // likewise
		{in: 0.124, want: 12},         // below half
		{in: 0.004, want: 0},          // less than half an öre
		{in: 1.0 / 3, want: 33},       // 33.33… öre
		{in: -2.5, want: -250},        // negative amounts are kept; Validate refuses them as cost
		{in: 9e13, want: 9e15},        // the largest amount taken
		{in: math.NaN(), bad: true},   // not a number
		{in: math.Inf(1), bad: true},  // infinity
		{in: math.Inf(-1), bad: true}, // minus infinity
		{in: 9.000001e13, bad: true},  // beyond the range
		{in: -1e14, bad: true},        // likewise below
	}
	for _, tt := range tests {
		got, err := model.MoneyFromFloat(tt.in)
		if tt.bad {
			e := assertErr(t, err, model.EInvalid, "cost_invalid")
			if e.Field != "cost" {
				t.Errorf("%v: field = %q", tt.in, e.Field)
			}
			if got.Set {
				t.Errorf("%v: got a set amount with the error", tt.in)
			}
			continue
		}
		assertNoErr(t, err)
		if got != (model.Money{Ore: tt.want, Set: true}) {
			t.Errorf("MoneyFromFloat(%v) = %+v, want %d öre", tt.in, got, tt.want)
		}
	}
}

func TestMoneyJSON(t *testing.T) {
	tests := []struct {
		m    model.Money
		want string
	}{
		{model.Money{}, "null"},
		{model.Kronor(0), "0"},
		{model.Kronor(1250000), "1250000"},
		{model.Money{Ore: 125000050, Set: true}, "1250000.5"},
		{model.Money{Ore: 1999, Set: true}, "19.99"},
		{model.Money{Ore: 1, Set: true}, "0.01"},
		{model.Money{Ore: -4711, Set: true}, "-47.11"},
		{model.Money{Ore: 9e15, Set: true}, "90000000000000"},
		{model.Money{Ore: 123456789012345, Set: true}, "1234567890123.45"},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.m)
		assertNoErr(t, err)
		if string(b) != tt.want {
			t.Errorf("Marshal(%+v) = %s, want %s", tt.m, b, tt.want)
		}
		var back model.Money
		assertNoErr(t, json.Unmarshal(b, &back))
		if back != tt.m {
			t.Errorf("round trip of %+v = %+v", tt.m, back)
		}
	}
	// Amounts written in other ways are read too.
	for in, want := range map[string]int64{"1.5e6": 150000000, "1250000.50": 125000050, "0.005": 1} {
		var m model.Money
		assertNoErr(t, json.Unmarshal([]byte(in), &m))
		if m != (model.Money{Ore: want, Set: true}) {
			t.Errorf("Unmarshal(%s) = %+v, want %d öre", in, m, want)
		}
	}
	for _, bad := range []string{`"1 250 000"`, `"abc"`, `true`, `{}`, `1e300`} {
		var m model.Money
		err := json.Unmarshal([]byte(bad), &m)
		assertErr(t, err, model.EInvalid, "cost_invalid")
	}
	// A set amount read over an old value replaces it; null clears it.
	m := model.Kronor(7)
	assertNoErr(t, json.Unmarshal([]byte("null"), &m))
	if m.Set {
		t.Errorf("null left %+v", m)
	}
}

func TestContentJSONRoundTrip(t *testing.T) {
	for _, c := range []model.Content{validContent(), validArea()} {
		b, err := json.Marshal(c)
		assertNoErr(t, err)
		var back model.Content
		assertNoErr(t, json.Unmarshal(b, &back))
		if !c.Equal(back) || model.Fingerprint(back) != model.Fingerprint(c) {
			t.Errorf("round trip changed the content:\n%s\n%s", model.Canonical(c), model.Canonical(back))
		}
		if back.Cost != c.Cost || back.Start != c.Start || back.End != c.End {
			t.Errorf("round trip: cost %+v start %v end %v", back.Cost, back.Start, back.End)
		}
	}
	b, _ := json.Marshal(validArea())
	if want := `{"ref":"2","kind":"area","title":"Tidiga och förebyggande insatser"}`; string(b) != want {
		t.Errorf("area JSON = %s, want %s (unset dates and cost omitted)", b, want)
	}
	c := validArea()
	c.Cost = model.Kronor(0)
	b, _ = json.Marshal(c)
	if want := `{"ref":"2","kind":"area","title":"Tidiga och förebyggande insatser","cost":0}`; string(b) != want {
		t.Errorf("0 kr JSON = %s, want %s", b, want)
	}
}
