package model_test

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/styrgrupp/styrgrupp/model"
)

// FuzzDate: any text either fails to parse or round-trips through the ISO
// form.
func FuzzDate(f *testing.F) {
	for _, s := range []string{"2027-03-01", "", "2027-02-30", "1/3/2027", "0000-01-01", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := model.ParseISODate(s)
		if err != nil {
			if model.ErrorCode(err) != model.EInvalid {
				t.Fatalf("%q: error %v is not EInvalid", s, err)
			}
			return
		}
		back, err := model.ParseISODate(d.String())
		if err != nil || back != d {
			t.Fatalf("%q → %v → %q → %v, %v", s, d, d.String(), back, err)
		}
	})
}

// FuzzMoneyJSON: any JSON value either is refused with a field error or
// reads as an amount that writes back to the same amount.
func FuzzMoneyJSON(f *testing.F) {
	for _, s := range []string{"1250000", "1250000.5", "null", "-1", "1e400", `"12"`, "0.005", "9e13"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var m model.Money
		if err := json.Unmarshal([]byte(s), &m); err != nil {
			return
		}
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		var back model.Money
		if err := json.Unmarshal(b, &back); err != nil || back != m {
			t.Fatalf("%s → %+v → %s → %+v, %v", s, m, b, back, err)
		}
		if m.Set && !strings.HasSuffix(m.Swedish(), "kr") {
			t.Fatalf("%+v formats as %q", m, m.Swedish())
		}
	})
}

// FuzzParseEnums: the parsers never panic and only ever return a known
// value.
func FuzzParseEnums(f *testing.F) {
	for _, s := range []string{"Våld", "ANDTS", "universell", "Beprövad erfarenhet", "insats", "", "godkänt med villkor"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if p, ok := model.ParseProblemArea(s); ok && !contains(model.ProblemAreas, p) {
			t.Fatalf("%q → unknown problem area %q", s, p)
		}
		if l, ok := model.ParsePreventionLevel(s); ok && !contains(model.PreventionLevels, l) {
			t.Fatalf("%q → unknown level %q", s, l)
		}
		if k, ok := model.ParseEvidenceKind(s); ok && !contains(model.EvidenceKinds, k) {
			t.Fatalf("%q → unknown evidence kind %q", s, k)
		}
		if o, ok := model.ParseOutcome(s); ok && !contains(model.Outcomes, o) {
			t.Fatalf("%q → unknown outcome %q", s, o)
		}
	})
}

// FuzzFingerprint: the canonical encoding of any text is valid JSON,
// normalising twice changes nothing, and content read back from its
// encoding keeps its fingerprint (also text stored before invisible
// characters were dropped).
func FuzzFingerprint(f *testing.F) {
	f.Add("1.2", "Föräldrastöd", "rad ett\r\nrad två ", "Polisen;Regionen")
	f.Add("2", "\u200b\u202e", "\x1b[31mRöd\x1b[0m", "e\u200b\u0301")
	f.Add("2\u2066", "\ufeffTitel\x00", "\u0085\t\u2028", "\u200d")
	f.Fuzz(func(t *testing.T, ref, title, summary, partner string) {
		c := model.Content{Ref: ref, Kind: model.KindFromRef(ref), Title: title, Summary: summary, Partners: []string{partner, ""}}
		b := model.Canonical(c)
		if !json.Valid(b) {
			t.Fatalf("canonical encoding is not JSON: %q", b)
		}
		for _, s := range []string{ref, title, summary, partner} {
			if !utf8.ValidString(s) {
				return
			}
		}
		n := c.Normalize()
		if model.Fingerprint(n) != model.Fingerprint(n.Normalize()) {
			t.Fatalf("normalising twice changed the fingerprint of %+v", c)
		}
		back, err := model.DecodeCanonical(b)
		if err != nil || model.Fingerprint(back) != model.Fingerprint(c) {
			t.Fatalf("read back %+v (%v): fingerprint changed", back, err)
		}
	})
}

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
