package importer_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
)

var update = flag.Bool("update", false, "write the generated files in testdata")

// windows1252 is testdata/windows1252.csv as Swedish Excel saves "CSV
// (semikolonavgränsad)": Windows-1252, ";" and CRLF.
const windows1252 = "Ref;Titel;Målgrupp;Preventionsstjärnan;Ansvarig;Kostnad\r\n" +
	"2;Trygga skolor och fritidsgårdar;Elever i årskurs 7–9;Våld;Förvaltningschef för barn- och utbildning;1 250 000\r\n" +
	"2.1;Skolkuratorer på högstadiet;Elever som är frånvarande;Utanförskap;Skolchef;450 000\r\n"

// TestGenerate writes the testdata files that are not plain UTF-8 text
// when run with -update; otherwise it checks that they are there.
func TestGenerate(t *testing.T) {
	files := map[string]func(string) error{
		"windows1252.csv": func(path string) error {
			b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(windows1252))
			if err != nil {
				return err
			}
			return os.WriteFile(path, b, 0o644)
		},
		"bad/no_header.xlsx": func(path string) error {
			return writeXLSX(path, "Förslag", [][]any{{"Förslag 2027"}, {}, {"Nummer", "Namn", "Pengar"}, {"1", "Tidiga insatser", 100}})
		},
		"bad/ref_date.xlsx": func(path string) error {
			f := excelize.NewFile()
			defer f.Close()
			f.SetSheetName("Sheet1", "Förslag")
			f.SetSheetRow("Förslag", "A1", &[]any{"Ref", "Titel"})
			f.SetSheetRow("Förslag", "A2", &[]any{46083, "Föräldrastöd"})
			style, err := f.NewStyle(&excelize.Style{NumFmt: 14})
			if err != nil {
				return err
			}
			f.SetCellStyle("Förslag", "A2", "A2", style)
			return f.SaveAs(path)
		},
		"bad/duplicate_part.xlsx": func(path string) error {
			parts := skeleton(goodRows(text("")), text(""))
			parts = append(parts, xlsxPart{"xl/worksheets/sheet1.xml", text(`<worksheet ` + mainNS + `><sheetData/></worksheet>`)})
			return os.WriteFile(path, zipParts(t, parts), 0o644)
		},
		"bad/string_index.xlsx": func(path string) error {
			parts := skeleton(goodRows(text(`<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="s"><v>7</v></c></row>`)), text(""))
			return os.WriteFile(path, zipParts(t, parts), 0o644)
		},
		"bad/old_format.xlsx": func(path string) error {
			return os.WriteFile(path, append([]byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}, make([]byte, 504)...), 0o644)
		},
	}
	for name, gen := range files {
		path := filepath.Join("testdata", filepath.FromSlash(name))
		if *update {
			if err := gen(path); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			continue
		}
		if _, err := os.Stat(path); err != nil {
			t.Errorf("%v; run go test -run TestGenerate -update", err)
		}
	}
}

// writeXLSX writes rows to a new workbook whose one sheet is named sheet.
func writeXLSX(path, sheet string, rows [][]any) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	for i, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			return err
		}
	}
	if strings.HasSuffix(path, ".xlsx") {
		return f.SaveAs(path)
	}
	return nil
}

// check fails the test at once on an error, as building a workbook with
// excelize can give.
func check(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
