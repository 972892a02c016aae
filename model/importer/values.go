package importer

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/styrgrupp/styrgrupp/model"
)

// The readers of cell values, shared by CSV and .xlsx; the JSON reader
// uses them for values written as text. Each returns a *valueError naming
// the value and what was expected.

// parseList splits a list cell on ";" and line breaks, trims the items,
// drops a leading bullet ("•", "-", "*") and empty items.
func parseList(s string) []string {
	var out []string
	for _, item := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '\n' || r == '\r' }) {
		if item = trimBullet(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// trimBullet trims space and a list bullet followed by a space.
func trimBullet(s string) string {
	s = strings.TrimSpace(s)
	for _, b := range []string{"•", "◦", "▪", "·", "–", "-", "*"} {
		if rest, ok := strings.CutPrefix(s, b); ok && rest != "" && unicode.IsSpace([]rune(rest)[0]) {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// parseEvidence reads an evidence cell: one item a line; within a line a
// ";" starts a new item only where a known prefix ("Rapport: …") follows
// it, so a citation may hold a ";" of its own.
func parseEvidence(s string) []model.Evidence {
	var out []model.Evidence
	for _, line := range strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' }) {
		start := 0
		for i := 0; i < len(line); i++ {
			if line[i] == ';' {
				if _, _, ok := evidencePrefix(line[i+1:]); ok {
					out = appendEvidence(out, line[start:i])
					start = i + 1
				}
			}
		}
		out = appendEvidence(out, line[start:])
	}
	return out
}

func appendEvidence(out []model.Evidence, s string) []model.Evidence {
	if s = trimBullet(s); s == "" {
		return out
	}
	return append(out, parseEvidenceItem(s))
}

// evidencePrefix reads a leading "Forskning:" (or any name or code of an
// evidence kind, in Swedish or English) and returns the kind and the rest.
func evidencePrefix(s string) (model.EvidenceKind, string, bool) {
	s = strings.TrimSpace(s)
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 40 {
		return "", s, false
	}
	k, ok := model.ParseEvidenceKind(s[:i])
	if !ok {
		return "", s, false
	}
	return k, s[i+1:], true
}

// parseEvidenceItem reads one item: "Kind: citation https://…" as the
// export writes it, the link also in ( ) or < >. Without a known prefix
// the item is of kind other and the whole text is its citation.
func parseEvidenceItem(s string) model.Evidence {
	kind, rest, ok := evidencePrefix(s)
	if !ok {
		kind = model.EvidenceOther
	}
	rest = strings.TrimSpace(rest)
	e := model.Evidence{Kind: kind, Citation: rest}
	i := strings.LastIndexFunc(rest, unicode.IsSpace)
	link := rest
	if i >= 0 {
		_, n := utf8.DecodeRuneInString(rest[i:])
		link = rest[i+n:]
	}
	if t := strings.TrimRight(link, ".,;"); len(t) > 2 {
		for _, p := range []string{"()", "<>", "[]"} {
			if t[0] == p[0] && t[len(t)-1] == p[1] {
				link = t[1 : len(t)-1]
				break
			}
		}
	}
	if !isURL(link) {
		return e
	}
	citation := ""
	if i >= 0 {
		citation = strings.TrimRight(strings.TrimSpace(rest[:i]), " ,–—-")
	}
	if citation == "" {
		return e // only a link: it is the citation
	}
	e.Citation, e.URL = citation, link
	return e
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return (strings.HasPrefix(l, "https://") && len(l) > 8) || (strings.HasPrefix(l, "http://") && len(l) > 7)
}

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
