package model_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// errKeys returns the message keys of every domain error in err: the one
// key of an *Error, or each key of an Errors.
func errKeys(err error) []string {
	var es model.Errors
	if errors.As(err, &es) {
		keys := make([]string, len(es))
		for i, e := range es {
			keys[i] = e.Key
		}
		return keys
	}
	var e *model.Error
	if errors.As(err, &e) {
		return []string{e.Key}
	}
	return nil
}

// findErr returns the domain error with key in err (an *Error or Errors).
func findErr(err error, key string) *model.Error {
	var es model.Errors
	if errors.As(err, &es) {
		for _, e := range es {
			if e.Key == key {
				return e
			}
		}
		return nil
	}
	var e *model.Error
	if errors.As(err, &e) && e.Key == key {
		return e
	}
	return nil
}

// assertErr checks that err is (or contains) a domain error with code and
// key, and that its message renders in both languages from the catalogue
// with every placeholder filled.
func assertErr(t *testing.T, err error, code model.Code, key string) *model.Error {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want %s/%s", code, key)
	}
	e := findErr(err, key)
	if e == nil {
		t.Fatalf("got error keys %v (%v), want key %q", errKeys(err), err, key)
	}
	if e.Code != code {
		t.Errorf("key %q: got code %q, want %q", key, e.Code, code)
	}
	var es model.Errors
	if !errors.As(err, &es) {
		if got := model.ErrorCode(err); got != code {
			t.Errorf("ErrorCode = %q, want %q", got, code)
		}
	}
	assertRenders(t, e)
	return e
}

// assertRenders checks that e's message exists in both languages and has
// every placeholder filled.
func assertRenders(t *testing.T, e *model.Error) {
	t.Helper()
	for _, l := range []model.Language{model.Swedish, model.English} {
		if _, ok := model.Catalogue[l][e.Key]; !ok {
			t.Errorf("key %q has no %s message", e.Key, l)
		}
		msg := e.Message(l)
		if strings.Contains(msg, "%!") {
			t.Errorf("key %q in %s renders badly: %q", e.Key, l, msg)
		}
	}
}

// assertKeys checks that err holds exactly the keys want, in any order.
func assertKeys(t *testing.T, err error, want ...string) {
	t.Helper()
	got := errKeys(err)
	if err != nil && got == nil {
		t.Fatalf("error %v is not a domain error", err)
	}
	g, w := slices.Clone(got), slices.Clone(want)
	slices.Sort(g)
	slices.Sort(w)
	if !slices.Equal(g, w) {
		t.Errorf("got error keys %v, want %v", got, want)
	}
}

func assertNoErr(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("unexpected error: %v (keys %v)", err, errKeys(err))
	}
}

// validContent returns an intervention with every field filled and valid.
func validContent() model.Content {
	return model.Content{
		Ref:         "2.3",
		Kind:        model.KindIntervention,
		Title:       "Föräldrastöd i förskolan",
		Summary:     "Ett evidensbaserat föräldraskapsstöd för alla föräldrar.",
		Description: "Programmet erbjuds på samtliga förskolor.\nGrupper om tio föräldrar.",
		Rationale:   "Tidiga insatser stärker skyddsfaktorer.",
		Evidence: []model.Evidence{
			{Kind: model.EvidenceResearch, Citation: "Folkhälsomyndigheten 2021", URL: "https://example.org/fhm"},
			{Kind: model.EvidenceExperience, Citation: "Erfarenheter från Örebro"},
		},
		RiskFactors:       []string{"Bristande föräldraskap", "Konflikter i familjen"},
		ProtectiveFactors: []string{"Goda relationer"},
		ProblemAreas:      []model.ProblemArea{model.Violence, model.Crime},
		PreventionLevel:   model.Universal,
		TargetGroup:       "Föräldrar till barn 1–5 år",
		Responsible:       "Förskoleförvaltningen",
		Partners:          []string{"Socialtjänsten", "Region Örebro län"},
		Start:             model.NewDate(2027, time.March, 1),
		End:               model.NewDate(2028, time.June, 30),
		Cost:              model.Money{Ore: 125000050, Set: true},
		Funding:           "Statsbidrag",
	}
}

func validArea() model.Content {
	return model.Content{Ref: "2", Kind: model.KindArea, Title: "Tidiga och förebyggande insatser"}
}
