package importer_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model/importer"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// TestEscapeCell: a cell a spreadsheet would run gets a "'" before it; a
// plain number, signed or not, and any other text stay as they are.
func TestEscapeCell(t *testing.T) {
	for in, want := range map[string]string{
		`=cmd|' /C calc'!A0`: `'=cmd|' /C calc'!A0`,
		`+SUM(1;2)`:          `'+SUM(1;2)`,
		`@SUM(A1)`:           `'@SUM(A1)`,
		`=HYPERLINK("https://example.org/x";"Klick")`: `'=HYPERLINK("https://example.org/x";"Klick")`,
		"-Polisen\n@Regionen":                         "'-Polisen\n@Regionen",
		"\t=1":                                        "'\t=1",
		"\r=1":                                        "'\r=1",
		"- punkt":                                     "'- punkt",
		"+46 70-123 45 67":                            "'+46 70-123 45 67",
		"'=redan":                                     "''=redan",
		"'-5":                                         "''-5",
		"-5":                                          "-5",
		"+46 70 123 45 67":                            "+46 70 123 45 67",
		"-1 250 000,50":                               "-1 250 000,50",
		"-1.5":                                        "-1.5",
		"Vanlig text = inget":                         "Vanlig text = inget",
		"'vanlig apostrof":                            "'vanlig apostrof",
		"2027-03-01":                                  "2027-03-01",
		"":                                            "",
		"-":                                           "'-",
	} {
		if got := importer.EscapeCell(in); got != want {
			t.Errorf("EscapeCell(%q) = %q, want %q", in, got, want)
		}
		if got := importer.UnescapeCell(want); got != in {
			t.Errorf("UnescapeCell(%q) = %q, want %q", want, got, in)
		}
	}
}

// TestCSVExportEscapesFormulas: issue 11, hole 6. Cells imported as
// formulas (testdata/formulas.csv) were exported at the start of their
// cell, so opening the export ran them. The CSV export escapes them, the
// JSON export keeps the text, and both import as unchanged.
func TestCSVExportEscapesFormulas(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	plan, err := importer.MakePlan(ctx, s, readTestdata(t, "formulas.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if err := importer.Apply(ctx, s, plan, nil); err != nil {
		t.Fatal(err)
	}
	p, err := s.ProposalByRef(ctx, "1")
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != `=cmd|' /C calc'!A0` || p.Responsible != `=HYPERLINK("https://example.org/x";"Klicka här")` {
		t.Fatalf("imported %q, %q", p.Title, p.Responsible)
	}
	e, err := importer.Collect(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := importer.WriteCSV(&out, e); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(out.String(), "\ufeff")))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	cell := map[string]string{} // ref/header → cell
	for _, row := range rows[1:] {
		for i, v := range row {
			cell[row[0]+"/"+rows[0][i]] = v
			if v != "" && strings.ContainsAny(v[:1], "=+-@\t\r") && v != "-5" && v != "+46 70 123 45 67" && v != "-1 250 000,50" {
				t.Errorf("%s, %s: %q starts like a formula", row[0], rows[0][i], v)
			}
		}
	}
	for key, want := range map[string]string{
		"1/Titel":            `'=cmd|' /C calc'!A0`,
		"1/Sammanfattning":   `'+SUM(1;2)`,
		"1/Beskrivning":      `'@SUM(A1)`,
		"1/Ansvarig":         `'=HYPERLINK("https://example.org/x";"Klicka här")`,
		"1/Finansiering":     "-5",
		"1/Samverkansparter": "'-Polisen\n@Regionen",
		"1/Målgrupp":         "+46 70 123 45 67",
		"1.1/Sammanfattning": "'=redan med apostrof",
		"1.1/Beskrivning":    "-1 250 000,50",
		"1.1/Ansvarig":       "'- punkt först",
		"1.1/Finansiering":   "'vanlig apostrof",
		"1.1/Målgrupp":       "'=tab först",
	} {
		if cell[key] != want {
			t.Errorf("%s = %q, want %q", key, cell[key], want)
		}
	}
	var js bytes.Buffer
	if err := importer.WriteJSON(&js, e); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(js.String(), `"title": "=cmd|' /C calc'!A0"`) {
		t.Errorf("JSON does not keep the title as it is:\n%s", js.String())
	}
	for name, b := range map[string]*bytes.Buffer{"export.csv": &out, "export.json": &js} {
		res, err := importer.Read(name, b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		again, err := importer.MakePlan(ctx, s, res)
		if err != nil {
			t.Fatal(err)
		}
		if again.Count(importer.Unchanged) != 2 {
			for _, c := range again.Changes {
				t.Errorf("%s: %s %s %v", name, c.Record.Content.Ref, c.Kind, c.Fields)
			}
		}
	}
}
