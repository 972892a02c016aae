package model_test

import (
	"slices"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestParseRef(t *testing.T) {
	for in, want := range map[string]model.Ref{
		"2": "2", " 2.3 ": "2.3", "2.": "2", "2,3": "2.3", "2.3.": "2.3",
		"2,": "2,", "x": "x", "2.10": "2.10", "A1": "A1", "": "", "0": "0", "2,3,4": "2,3,4",
	} {
		if got := model.ParseRef(in); got != want {
			t.Errorf("ParseRef(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRefParts(t *testing.T) {
	for _, c := range []struct {
		ref   model.Ref
		valid bool
		area  model.Ref
		kind  model.Kind
	}{
		{"2", true, "", model.KindArea},
		{"2.3", true, "2", model.KindIntervention},
		{"12.10", true, "12", model.KindIntervention},
		{"02", false, "", model.KindArea},
		{"2.0", false, "2", model.KindIntervention},
		{"1.2.3", false, "1.2", model.KindIntervention},
		{".3", false, "", model.KindIntervention},
	} {
		if got := c.ref.Valid(); got != c.valid {
			t.Errorf("%q.Valid() = %v", c.ref, got)
		}
		if got := c.ref.Area(); got != c.area {
			t.Errorf("%q.Area() = %q, want %q", c.ref, got, c.area)
		}
		if got := c.ref.Kind(); got != c.kind {
			t.Errorf("%q.Kind() = %q, want %q", c.ref, got, c.kind)
		}
		if c.ref.IsArea() != (c.kind == model.KindArea) {
			t.Errorf("%q.IsArea() = %v", c.ref, c.ref.IsArea())
		}
	}
}

func TestRefCompareSorts(t *testing.T) {
	refs := []model.Ref{"10", "2.10", "2", "1.9", "2.9", "1.10", "1"}
	slices.SortFunc(refs, model.Ref.Compare)
	want := []model.Ref{"1", "1.9", "1.10", "2", "2.9", "2.10", "10"}
	if !slices.Equal(refs, want) {
		t.Fatalf("sorted %v, want %v", refs, want)
	}
}

func TestRefCovers(t *testing.T) {
	if !model.Ref("1").Covers("1") || !model.Ref("1").Covers("1.4") || !model.Ref("1.4").Covers("1.4") {
		t.Error("a ref covers itself and what lies under it")
	}
	if model.Ref("1").Covers("11.4") || model.Ref("1.4").Covers("1.40") || model.Ref("1.4").Covers("1") {
		t.Error("a ref covers nothing beside it")
	}
}

func TestRefQuery(t *testing.T) {
	for q, want := range map[string]model.Ref{"1": "1", "1.4": "1.4", "1.4.": "1.4", "1.2.3": "1.2.3"} {
		if got, ok := model.RefQuery(q); !ok || got != want {
			t.Errorf("RefQuery(%q) = %q, %v; want %q", q, got, ok, want)
		}
	}
	for _, q := range []string{"", ".", "1..2", "2027-03", "a1", " 1", "1,4", ".1"} {
		if got, ok := model.RefQuery(q); ok {
			t.Errorf("RefQuery(%q) = %q, want no ref", q, got)
		}
	}
}

func TestNextRef(t *testing.T) {
	taken := []model.Ref{"1", "1.1", "1.9", "1.10", "2", "2.1", "10", "11.4"}
	for area, want := range map[model.Ref]model.Ref{"": "11", "1": "1.11", "2": "2.2", "3": "3.1", "11": "11.5"} {
		if got := model.NextRef(area, taken); got != want {
			t.Errorf("NextRef(%q) = %q, want %q", area, got, want)
		}
	}
	if got := model.NextRef("", nil); got != "1" {
		t.Errorf("first area = %q, want 1", got)
	}
}
