package model_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// Each field of Content has one entry in Fields, named by its JSON tag,
// and the entry reaches that field and no other.
func TestFieldsCoverContentOnce(t *testing.T) {
	full := validContent()
	full.RegistryNumber = "KS 2026/124"
	typ := reflect.TypeOf(full)
	if len(model.Fields) != typ.NumField() {
		t.Fatalf("%d fields in the table, %d in Content", len(model.Fields), typ.NumField())
	}
	seen := map[string]bool{}
	for _, f := range model.Fields {
		var c model.Content
		f.Copy(&c, &full)
		var set []string
		v := reflect.ValueOf(c)
		for i := range typ.NumField() {
			if !v.Field(i).IsZero() {
				set = append(set, strings.Split(typ.Field(i).Tag.Get("json"), ",")[0])
			}
		}
		if !slices.Equal(set, []string{f.Name}) {
			t.Errorf("%s: Copy sets %v", f.Name, set)
		}
		if seen[f.Name] {
			t.Errorf("%s: twice in the table", f.Name)
		}
		seen[f.Name] = true
		if f.Empty(&c) || !f.Empty(&model.Content{}) {
			t.Errorf("%s: Empty is wrong", f.Name)
		}
		if got := (model.Content{}).ChangedFields(c); !slices.Equal(got, []string{f.Name}) {
			t.Errorf("%s: ChangedFields %v", f.Name, got)
		}
	}
	if !slices.Equal(model.FieldNames, []string{"ref", "kind", "registry_number", "title", "summary", "description", "rationale", "evidence",
		"risk_factors", "protective_factors", "problem_areas", "prevention_level",
		"target_group", "responsible", "partners", "start", "end", "cost", "funding"}) {
		t.Errorf("FieldNames = %v", model.FieldNames)
	}
}

// What Cell writes, Parse reads back to the same value.
func TestFieldCellReadsBack(t *testing.T) {
	full := validContent()
	var c model.Content
	for _, f := range model.Fields {
		if err := f.Parse(&c, f.Cell(&full)); err != nil {
			t.Errorf("%s: Parse(%q): %v", f.Name, f.Cell(&full), err)
		}
		if string(f.JSON(&c)) != string(f.JSON(&full)) {
			t.Errorf("%s: %s reads back as %s", f.Name, f.JSON(&full), f.JSON(&c))
		}
	}
}

func TestFieldParseRefusesUnknownValues(t *testing.T) {
	areas, _ := model.FieldByName("problem_areas")
	var c model.Content
	err := areas.Parse(&c, "våld; okänt; ANDTS; annat")
	var es model.Errors
	if !asErrors(err, &es) || len(es) != 2 || es[0].Args[0] != "okänt" || es[1].Args[0] != "annat" {
		t.Errorf("problem areas: %v", err)
	}
	if !slices.Equal(c.ProblemAreas, []model.ProblemArea{model.Violence, model.ANDTS}) {
		t.Errorf("problem areas read %v", c.ProblemAreas)
	}
	kind, _ := model.FieldByName("kind")
	c = model.Content{Ref: "2.3"}
	if err := kind.Parse(&c, " "); err != nil || c.Kind != model.KindIntervention {
		t.Errorf("an empty kind follows the ref: %q, %v", c.Kind, err)
	}
	if err := kind.Parse(&c, "sak"); !isFieldError(err, "kind", "kind_unknown") || c.Kind != model.KindIntervention {
		t.Errorf("unknown kind: %q, %v", c.Kind, err)
	}
}

func asErrors(err error, es *model.Errors) bool {
	v, ok := err.(model.Errors)
	*es = v
	return ok
}
