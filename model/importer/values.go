package importer

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// The readers of cell values, shared by CSV and .xlsx; the JSON reader
// uses them for values written as text. Each returns a *valueError naming
// the value and what was expected. Lists and evidence are read by
// model.ParseList and model.ParseEvidence.

// refFromNumber writes an .xlsx number cell's value as a ref: 2.3 (stored
// as 2.2999999999999998) as "2.3".
func refFromNumber(raw string) string {
	f, err := strconv.ParseFloat(raw, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return raw
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// parseKind reads Typ: Område/Area or Insats/Intervention, in any case.
func parseKind(s string) (model.Kind, error) {
	k, ok := model.ParseKind(s)
	if !ok {
		return "", newValueError("kind_unknown", strings.TrimSpace(s))
	}
	return k, nil
}

// parseProblemAreas reads the points of the prevention star by code or
// name, dropping repeats; each unknown one is an error.
func parseProblemAreas(items []string) ([]model.ProblemArea, []error) {
	var out []model.ProblemArea
	var errs []error
	for _, s := range items {
		p, ok := model.ParseProblemArea(s)
		switch {
		case !ok:
			errs = append(errs, newValueError("problem_area_unknown", strings.TrimSpace(s)))
		case !slices.Contains(out, p):
			out = append(out, p)
		}
	}
	return out, errs
}

// parseLevel reads a prevention level; empty text is none.
func parseLevel(s string) (model.PreventionLevel, error) {
	if strings.TrimSpace(s) == "" {
		return "", nil
	}
	l, ok := model.ParsePreventionLevel(s)
	if !ok {
		return "", newValueError("prevention_level_unknown", strings.TrimSpace(s))
	}
	return l, nil
}
