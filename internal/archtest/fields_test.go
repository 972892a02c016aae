package archtest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// namedFields are the files besides the field table whose code names a
// content field by its name ("risk_factors", or its label's key
// "field.risk_factors"), and why. Every other list of fields (the
// canonical encoding, the import columns, JSON and CSV, the history diff,
// the edit form's entries) is driven by model.Fields. Any new file that
// names a field must be added here, with its reason, or be driven by the
// table.
var namedFields = map[string]string{
	"model/fields.go":                 "the field table itself",
	"model/fields_kinds.go":           "the field table itself",
	"model/messages.go":               "the catalogue: each field's label in Swedish and English (Field.Label reads it)",
	"model/proposal.go":               "validation names the field at fault in its error (FieldError)",
	"model/gaps.go":                   "the decision gaps name the fields a proposal ready for decision should have",
	"model/money.go":                  "a money parse error names the cost field",
	"model/pdf/basis.go":              "the decision basis's layout: which fields go in its table, which as prose, in the order a reader meets them",
	"model/pdf/labels.go":             "the PDFs' own words; \"summary\" there is the minutes' heading, not the field",
	"model/pdf/section.go":            "the minutes' layout of a §: its ref and summary",
	"model/pdf/followup_section.go":   "the minutes' § Uppföljning av beslut labels each follow-up's registry number",
	"ui/proposal_view.go":             "the Förslag tab's layout: the fields a reader sees first, in that order",
	"ui/evidence_tab.go":              "the Evidens tab's layout: evidence, risk and protective factors and the problem areas",
	"ui/edit_form.go":                 "the form names the entries it gives a place holder or its own handling (ref, registry number, dates, cost)",
	"model/storetest/proposals.go":    "the store contract's fixture edits one field",
	"model/followup.go":               "a follow-up's own responsible (who carries the approved work out), not the proposal's field; its error names it",
	"model/sqlstore/followups.go":     "the followups table's own column responsible, and its audit detail",
	"model/pdf/followup_item.go":      "the follow-up report's layout of an intervention: its registry number and its follow-up's responsible",
	"ui/followup_tab_facts.go":        "the Uppföljning tab labels the follow-up's own responsible",
	"model/importer/docx_proposal.go": "a Word document's text under a heading and before any label is the proposal's description",
}

// commonWords are field names that are also ordinary words of the code
// (a manifest's "kind", a SQL column "title", a "start" of a range): they
// are counted in the table but not looked for elsewhere.
var commonWords = map[string]bool{"ref": true, "kind": true, "title": true, "start": true, "end": true}

// Each content field is named once in the field table, and elsewhere only
// where namedFields says why.
func TestEachFieldHasOneHome(t *testing.T) {
	names := map[string]bool{}
	for _, f := range model.Fields {
		names[f.Name] = true
	}
	inTable := map[string]int{}
	elsewhere := map[string][]string{}
	root := "../.."
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(rel, ".go") || strings.HasSuffix(rel, "_test.go") {
			return nil
		}
		for _, name := range fieldNamesIn(t, path, names) {
			switch {
			case strings.HasPrefix(rel, "model/fields"):
				inTable[name]++
			case commonWords[name]:
			default:
				elsewhere[rel] = append(elsewhere[rel], name)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for name := range names {
		if inTable[name] != 1 {
			t.Errorf("field %q is named %d times in model/fields*.go, want once", name, inTable[name])
		}
	}
	var files []string
	for f := range elsewhere {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		if _, ok := namedFields[f]; !ok {
			t.Errorf("%s names the content fields %v: drive it from model.Fields, or add it to namedFields with the reason", f, elsewhere[f])
		}
	}
	for f := range namedFields {
		if _, ok := elsewhere[f]; !ok && !strings.HasPrefix(f, "model/fields") {
			t.Errorf("namedFields lists %s, which names no field any more: take it off", f)
		}
	}
}

// fieldNamesIn returns the string literals of the Go file path that are a
// field's name or its label's key ("field."+name), struct tags not
// counted (the Content struct's JSON tags are the encoding of the same
// name).
func fieldNamesIn(t *testing.T, path string, names map[string]bool) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		if fl, ok := n.(*ast.Field); ok && fl.Tag != nil {
			return false
		}
		lit, ok := n.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return true
		}
		s, err := strconv.Unquote(lit.Value)
		if err != nil {
			return true
		}
		if name := strings.TrimPrefix(s, "field."); names[name] {
			out = append(out, name)
		}
		return true
	})
	return out
}
