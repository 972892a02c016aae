package model_test

import (
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestContentValidate(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(c *model.Content)
		field  string
		key    string // "" when the content is valid
		others []string
	}{
		{name: "valid intervention", edit: func(c *model.Content) {}},
		{name: "valid area", edit: func(c *model.Content) { *c = validArea() }},
		{name: "valid without optional fields", edit: func(c *model.Content) {
			*c = model.Content{Ref: "10.12", Kind: model.KindIntervention, Title: "T"}
		}},
		{name: "valid evidence of every kind", edit: func(c *model.Content) {
			c.Evidence = nil
			for _, k := range model.EvidenceKinds {
				c.Evidence = append(c.Evidence, model.Evidence{Kind: k, Citation: "källa"})
			}
		}},
		{name: "valid all problem areas", edit: func(c *model.Content) { c.ProblemAreas = model.ProblemAreas }},
		{name: "valid each prevention level", edit: func(c *model.Content) { c.PreventionLevel = model.Indicated }},
		{name: "valid end on start", edit: func(c *model.Content) { c.End = c.Start }},
		{name: "valid only start", edit: func(c *model.Content) { c.End = model.Date{} }},
		{name: "valid only end", edit: func(c *model.Content) { c.Start = model.Date{} }},
		{name: "valid zero cost", edit: func(c *model.Content) { c.Cost = model.Kronor(0) }},
		{name: "valid cost not set", edit: func(c *model.Content) { c.Cost = model.Money{} }},

		{name: "missing ref", edit: func(c *model.Content) { c.Ref = "" }, field: "ref", key: "ref_required"},
		{name: "blank ref", edit: func(c *model.Content) { c.Ref = "  " }, field: "ref", key: "ref_required"},
		{name: "ref 0", edit: func(c *model.Content) { *c = validArea(); c.Ref = "0" }, field: "ref", key: "ref_invalid"},
		{name: "ref 1.", edit: func(c *model.Content) { c.Ref = "1." }, field: "ref", key: "ref_invalid"},
		{name: "ref a", edit: func(c *model.Content) { *c = validArea(); c.Ref = "a" }, field: "ref", key: "ref_invalid"},
		{name: "ref 1.2.3", edit: func(c *model.Content) { c.Ref = "1.2.3" }, field: "ref", key: "ref_invalid"},
		{name: "ref 01", edit: func(c *model.Content) { *c = validArea(); c.Ref = "01" }, field: "ref", key: "ref_invalid"},
		{name: "ref 2.0", edit: func(c *model.Content) { c.Ref = "2.0" }, field: "ref", key: "ref_invalid"},
		{name: "ref -1", edit: func(c *model.Content) { *c = validArea(); c.Ref = "-1" }, field: "ref", key: "ref_invalid"},
		{name: "area kind with intervention ref", edit: func(c *model.Content) { c.Kind = model.KindArea }, field: "kind", key: "kind_mismatch"},
		{name: "intervention kind with area ref", edit: func(c *model.Content) { c.Ref = "2" }, field: "kind", key: "kind_mismatch"},
		{name: "unknown kind", edit: func(c *model.Content) { c.Kind = "project" }, field: "kind", key: "kind_invalid", others: []string{"kind_mismatch"}},
		{name: "missing title", edit: func(c *model.Content) { c.Title = "" }, field: "title", key: "title_required"},
		{name: "blank title", edit: func(c *model.Content) { c.Title = " \n\t" }, field: "title", key: "title_required"},
		{name: "unknown problem area", edit: func(c *model.Content) { c.ProblemAreas = []model.ProblemArea{"poverty"} }, field: "problem_areas", key: "problem_area_invalid"},
		{name: "empty problem area", edit: func(c *model.Content) { c.ProblemAreas = []model.ProblemArea{""} }, field: "problem_areas", key: "problem_area_invalid"},
		{name: "duplicate problem area", edit: func(c *model.Content) {
			c.ProblemAreas = []model.ProblemArea{model.Violence, model.Crime, model.Violence}
		}, field: "problem_areas", key: "problem_area_invalid"},
		// A name instead of the code would be stored as is: its label, the
		// filters and the fingerprint would not know it.
		{name: "problem area given by its Swedish name", edit: func(c *model.Content) { c.ProblemAreas = []model.ProblemArea{"våld"} }, field: "problem_areas", key: "problem_area_invalid"},
		{name: "unknown prevention level", edit: func(c *model.Content) { c.PreventionLevel = "total" }, field: "prevention_level", key: "prevention_level_invalid"},
		{name: "prevention level given by its name", edit: func(c *model.Content) { c.PreventionLevel = "Universell" }, field: "prevention_level", key: "prevention_level_invalid"},
		{name: "bad evidence kind", edit: func(c *model.Content) { c.Evidence[0].Kind = "hearsay" }, field: "evidence", key: "evidence_kind_invalid"},
		{name: "empty evidence kind", edit: func(c *model.Content) { c.Evidence[0].Kind = "" }, field: "evidence", key: "evidence_kind_invalid"},
		{name: "evidence kind given by its name", edit: func(c *model.Content) { c.Evidence[0].Kind = "Forskning" }, field: "evidence", key: "evidence_kind_invalid"},
		{name: "empty citation", edit: func(c *model.Content) { c.Evidence[1].Citation = "" }, field: "evidence", key: "evidence_citation_required"},
		{name: "blank citation with a link", edit: func(c *model.Content) { c.Evidence[0].Citation = "  " }, field: "evidence", key: "evidence_citation_required"},
		{name: "end before start", edit: func(c *model.Content) { c.End = model.NewDate(2027, time.February, 28) }, field: "end", key: "end_before_start"},
		{name: "negative cost", edit: func(c *model.Content) { c.Cost = model.Money{Ore: -1, Set: true} }, field: "cost", key: "cost_negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validContent()
			tt.edit(&c)
			err := c.Validate()
			if tt.key == "" {
				assertNoErr(t, err)
				return
			}
			e := assertErr(t, err, model.EInvalid, tt.key)
			if e.Field != tt.field {
				t.Errorf("field = %q, want %q", e.Field, tt.field)
			}
			assertKeys(t, err, append([]string{tt.key}, tt.others...)...)
		})
	}
}

func TestContentValidateGathersEveryError(t *testing.T) {
	c := model.Content{Ref: "x", Kind: model.KindArea,
		ProblemAreas:    []model.ProblemArea{"nope"},
		PreventionLevel: "nope",
		Evidence:        []model.Evidence{{Kind: "nope"}},
		Start:           model.NewDate(2027, 5, 1), End: model.NewDate(2027, 4, 1),
		Cost: model.Money{Ore: -100, Set: true},
	}
	err := c.Validate()
	assertKeys(t, err, "ref_invalid", "title_required", "problem_area_invalid",
		"prevention_level_invalid", "evidence_kind_invalid", "evidence_citation_required",
		"end_before_start", "cost_negative")
	if model.ErrorCode(err) != model.EInvalid {
		t.Errorf("ErrorCode = %q, want invalid", model.ErrorCode(err))
	}
	e := findErr(err, "end_before_start")
	if got := e.Message(model.Swedish); got != "Slutdatumet 2027-04-01 ligger före startdatumet 2027-05-01." {
		t.Errorf("message = %q", got)
	}
	e = findErr(err, "ref_invalid")
	if got := e.Message(model.English); got != `"x" is not a valid reference: write e.g. 2 for an area and 2.3 for an intervention.` {
		t.Errorf("message = %q", got)
	}
}

func TestKindMismatchMessageNamesKindInLanguage(t *testing.T) {
	c := validContent()
	c.Kind = model.KindArea
	e := assertErr(t, c.Validate(), model.EInvalid, "kind_mismatch")
	if got, want := e.Message(model.Swedish), "Referensen 2.3 passar inte typen område: ett område har en referens som 2, en insats som 2.3."; got != want {
		t.Errorf("sv = %q, want %q", got, want)
	}
	if got, want := e.Message(model.English), "Reference 2.3 does not fit kind area: an area has a reference like 2, an intervention like 2.3."; got != want {
		t.Errorf("en = %q, want %q", got, want)
	}
}

func TestValidRef(t *testing.T) {
	tests := []struct {
		ref  string
		want bool
	}{
		{"1", true}, {"2", true}, {"10", true}, {"2.3", true}, {"2.10", true}, {"12.34", true},
		{"", false}, {"0", false}, {"1.", false}, {".1", false}, {"a", false}, {"1.a", false},
		{"1.2.3", false}, {"01", false}, {"1.01", false}, {"2.0", false}, {"-1", false},
		{"+1", false}, {" 1", false}, {"1 ", false}, {"1,2", false}, {"..", false},
	}
	for _, tt := range tests {
		if got := model.ValidRef(tt.ref); got != tt.want {
			t.Errorf("ValidRef(%q) = %v, want %v", tt.ref, got, tt.want)
		}
	}
}

func TestKindFromRef(t *testing.T) {
	tests := []struct {
		ref  string
		want model.Kind
	}{
		{"2", model.KindArea}, {"10", model.KindArea},
		{"2.3", model.KindIntervention}, {"10.12", model.KindIntervention},
	}
	for _, tt := range tests {
		if got := model.KindFromRef(tt.ref); got != tt.want {
			t.Errorf("KindFromRef(%q) = %q, want %q", tt.ref, got, tt.want)
		}
	}
}

func TestCompareRefs(t *testing.T) {
	ordered := []string{"1", "1.1", "1.2", "2", "2.1", "2.2", "2.9", "2.10", "2.11", "3", "9", "10", "10.1", "11"}
	sign := func(n int) int {
		switch {
		case n < 0:
			return -1
		case n > 0:
			return 1
		}
		return 0
	}
	for i, a := range ordered {
		for j, b := range ordered {
			want := sign(i - j)
			if got := sign(model.CompareRefs(a, b)); got != want {
				t.Errorf("CompareRefs(%q, %q) has sign %d, want %d", a, b, got, want)
			}
		}
	}
	// The order the brief names.
	for _, p := range [][2]string{{"2", "2.1"}, {"2.1", "2.10"}, {"2.10", "10"}, {"2", "10"}} {
		if model.CompareRefs(p[0], p[1]) >= 0 || model.CompareRefs(p[1], p[0]) <= 0 {
			t.Errorf("want %s < %s", p[0], p[1])
		}
	}
}

func TestAreaRef(t *testing.T) {
	tests := []struct {
		c    model.Content
		want string
	}{
		{model.Content{Ref: "2.3", Kind: model.KindIntervention}, "2"},
		{model.Content{Ref: "12.30", Kind: model.KindIntervention}, "12"},
		{model.Content{Ref: "2", Kind: model.KindArea}, ""},
		{model.Content{Ref: "2.3", Kind: model.KindArea}, ""},
	}
	for _, tt := range tests {
		if got := tt.c.AreaRef(); got != tt.want {
			t.Errorf("AreaRef(%q, %s) = %q, want %q", tt.c.Ref, tt.c.Kind, got, tt.want)
		}
	}
}
