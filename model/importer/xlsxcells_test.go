package importer_test

import (
	"bytes"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// cellsBook is a one-sheet workbook of the sheet's and the shared-string
// table's documents as given; no table when sst is "".
func cellsBook(tb testing.TB, sheet, sst string) []byte {
	parts := skeleton(nil, nil)
	parts[4].write = text(sheet)
	parts[5].write = text(sst)
	if sst == "" {
		parts = parts[:5]
	}
	return zipParts(tb, parts)
}

// cellsRows wraps rows in a worksheet.
func cellsRows(rows string) string {
	return `<worksheet ` + mainNS + `><sheetData>` + rows + `</sheetData></worksheet>`
}

// cellsSST wraps items in a shared-string table.
func cellsSST(items string) string { return `<sst ` + mainNS + `>` + items + `</sst>` }

// cellsSameAsExcelize reads the workbook's sheet as the import does and,
// when the scan's pass read it, checks its rows against excelize's
// GetRows on the same bytes. It tells whether the scan read it. Without
// probe, the scan's rows count whenever it found the sheet regular, so
// that the import's check of the first row does not hide a difference.
func cellsSameAsExcelize(t *testing.T, data []byte, probe bool) ([][]string, bool) {
	t.Helper()
	rows, sheet, scanned := importer.XLSXRows(data, probe)
	if !scanned {
		return nil, false
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("read in the scan, but excelize cannot open it: %v", err)
	}
	defer f.Close()
	want, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("read in the scan, but excelize cannot read it: %v", err)
	}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Fatalf("the scan read\n%q\nexcelize reads\n%q", rows, want)
	}
	return rows, true
}

// cellsCases are the values the scan's pass decides itself, each as
// excelize reads it, and shapes it leaves to excelize.
var cellsCases = []struct {
	name, sheet, sst string
	want             [][]string // nil: left to excelize
}{{
	name: "types",
	sheet: cellsRows(`<row r="1"><c r="A1" t="inlineStr"><is><t>Ref</t></is></c><c r="B1" t="s"><v>0</v></c>` +
		`<c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#DIV/0!</v></c><c r="E1" t="str"><f>A1</f><v>Ref</v></c>` +
		`<c r="F1"><f>1+1</f></c><c r="G1" s="1"><v>46813</v></c><c r="H1" t="d"><v>2027-03-01T00:00:00Z</v></c></row>`),
	sst:  cellsSST(`<si><t>Titel_x000D_rad</t></si>`),
	want: [][]string{{"Ref", "Titel\rrad", "1", "#DIV/0!", "Ref", "", "46813", "2027-03-01T00:00:00Z"}},
}, {
	name: "gaps and cells without a reference",
	sheet: cellsRows(`<row r="2"><c><v>1</v></c><c/><c><v>3</v></c></row>` +
		`<row><c r="C3" t="inlineStr"><is><t>x</t></is></c></row><row r="4"/><row r="5"><c r="B5"><v>5</v></c></row><row r="6"/>`),
	want: [][]string{nil, {"1", "", "3"}, {"", "", "x"}, nil, {"", "5"}},
}, {
	name:  "shared-string index that is not a number is item 0",
	sheet: cellsRows(`<row r="1"><c r="A1" t="s"><v> x </v></c><c r="B1" t="s"><v> 1 </v></c><c r="C1" t="s"><v></v></c></row>`),
	sst:   cellsSST(`<si><t>första</t></si><si><t>a</t><t>sista t</t></si>`),
	want:  [][]string{{"första", "sista t"}},
}, {
	name:  "the last v counts, without what is nested in it",
	sheet: cellsRows(`<row r="1"><c r="A1"><v>1</v><v>2<x>3</x>4</v></c><c r="B1"><x><v>7</v></x></c></row>`),
	want:  [][]string{{"24", "7"}},
}, {
	name: "escapes in an inline string; an empty one with a formula",
	sheet: cellsRows(`<row r="1"><c r="A1" t="inlineStr"><is><t>a_x005F_x000D_b_xD800_c&amp;</t></is></c>` +
		`<c r="C1" t="inlineStr"><f>""</f><is><t></t></is></c><c r="D1" t="inlineStr"><v>utan is</v></c></row>`),
	want: [][]string{{"a_x000D_bc&", "", "", "utan is"}},
}, {
	name:  "rich text",
	sheet: cellsRows(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`),
	sst:   cellsSST(`<si><r><rPr><b/></rPr><t>Fet</t></r><r><t> text</t></r></si>`),
}, {
	name:  "rich inline text",
	sheet: cellsRows(`<row r="1"><c r="A1" t="inlineStr"><is><r><t>Fet</t></r></is></c></row>`),
}, {
	name:  "rows out of order",
	sheet: cellsRows(`<row r="2"><c r="A2"><v>2</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>`),
}, {
	name:  "cells out of order",
	sheet: cellsRows(`<row r="1"><c r="B1"><v>2</v></c><c r="A1"><v>1</v></c></row>`),
}, {
	name:  "a cell in another row than its own",
	sheet: cellsRows(`<row r="1"><c r="A2"><v>2</v></c></row>`),
}, {
	name:  "an end tag that does not match",
	sheet: cellsRows(`<row r="1"><c r="A1"><v>1</x></c></row>`),
}, {
	name:  "a formula attribute encoding/xml refuses",
	sheet: cellsRows(`<row r="1"><c r="A1"><f ca="kanske">1</f><v>1</v></c></row>`),
}, {
	name:  "a shared-string table of Strict Open XML",
	sheet: cellsRows(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`),
	sst:   `<sst xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><si><t>a</t></si></sst>`,
}, {
	name:  "a style that is not a number",
	sheet: cellsRows(`<row r="1"><c r="A1" s="x"><v>1</v></c></row>`),
}}

// TestXLSXCellsInScan reads cellsCases.
func TestXLSXCellsInScan(t *testing.T) {
	for _, tc := range cellsCases {
		t.Run(tc.name, func(t *testing.T) {
			data := cellsBook(t, tc.sheet, tc.sst)
			cellsSameAsExcelize(t, data, true)
			got, scanned := cellsSameAsExcelize(t, data, false)
			if scanned != (tc.want != nil) {
				t.Fatalf("read in the scan: %v, want %v", scanned, tc.want != nil)
			}
			if scanned && !slices.EqualFunc(got, tc.want, slices.Equal) {
				t.Fatalf("read %q, want %q", got, tc.want)
			}
			// Either way, the import reads the workbook without a crash.
			res, err := importer.Read("f.xlsx", bytes.NewReader(data))
			checkRead(t, "f.xlsx", res, err)
		})
	}
}

// TestXLSXScanReadsExcelizeFiles: workbooks as excelize writes them (shared
// strings, dates with a date style, merged cells) are read in the scan's
// pass, and the import reads their dates and amounts.
func TestXLSXScanReadsExcelizeFiles(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	check(t, f.SetSheetName("Sheet1", "Förslag"))
	check(t, f.SetSheetRow("Förslag", "A1", &[]any{"Förslag hösten 2027"}))
	check(t, f.MergeCell("Förslag", "A1", "C1"))
	check(t, f.SetSheetRow("Förslag", "A3", &[]any{"Ref", "Titel", "Start", "Kostnad"}))
	check(t, f.SetSheetRow("Förslag", "A4", &[]any{1, "Trygg skola", time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC), 1250000.5}))
	b, err := f.WriteToBuffer()
	check(t, err)
	for name, data := range map[string][]byte{"set cells": b.Bytes(), "bigXLSX": bigXLSX(t, 3)} {
		if _, scanned := cellsSameAsExcelize(t, data, true); !scanned {
			t.Fatalf("%s: not read in the scan", name)
		}
	}
	res, err := importer.Read("f.xlsx", bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(importer.AsProblems(err).Message(model.English))
	}
	if len(res.Records) != 1 {
		t.Fatalf("%d records", len(res.Records))
	}
	c := res.Records[0].Content
	if c.Ref != "1" || c.Start != date(2027, 3, 1) || c.Cost != (model.Money{Ore: 125000050, Set: true}) {
		t.Fatalf("read %+v", c)
	}
}

// FuzzXLSXCells: for any sheet and shared-string table, what the scan's
// pass reads is what excelize's GetRows reads, and the import does not
// crash.
func FuzzXLSXCells(f *testing.F) {
	f.Add([]byte(cellsRows(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>x_x000A_</t></is></c></row>`)),
		[]byte(cellsSST(`<si><t>Ref</t></si>`)))
	f.Add([]byte(cellsRows(`<row><c><f>1</f></c><c t="b"><v>1</v></c></row><row r="4"><c r="B4" s="2"><v>1.5</v></c></row>`)), []byte{})
	f.Add([]byte(cellsRows(`<row r="1"><c r="A1"><v>1</v><v>2<x>3</x></v></c></row>`)), []byte(cellsSST(`<si><t>a</t><t>b</t></si>`)))
	for _, tc := range cellsCases {
		f.Add([]byte(tc.sheet), []byte(tc.sst))
	}
	f.Fuzz(func(t *testing.T, sheet, sst []byte) {
		data := cellsBook(t, string(sheet), string(sst))
		cellsSameAsExcelize(t, data, false)
		res, err := importer.Read("f.xlsx", bytes.NewReader(data))
		checkRead(t, "f.xlsx", res, err)
	})
}

// TestXLSXSheetNamesByCase: a sheet whose name another one has in other
// case is read by excelize, which finds sheets by name in any case.
func TestXLSXSheetNamesByCase(t *testing.T) {
	parts := skeleton(goodRows(text("")), text(""))
	parts[2].write = text(`<workbook ` + mainNS + ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
		`<sheet name="Förslag" sheetId="1" r:id="rId1"/><sheet name="FÖRSLAG" sheetId="2" r:id="rId3"/></sheets></workbook>`)
	parts[3].write = text(`<Relationships ` + relsNS + `><Relationship Id="rId1" Type="` + relType + `worksheet" Target="worksheets/sheet1.xml"/>` +
		`<Relationship Id="rId3" Type="` + relType + `worksheet" Target="worksheets/sheet2.xml"/></Relationships>`)
	parts = append(parts, xlsxPart{"xl/worksheets/sheet2.xml", text(cellsRows(`<row r="1"><c r="A1"><v>1</v></c></row>`))})
	data := zipParts(t, parts)
	if _, scanned := cellsSameAsExcelize(t, data, false); scanned {
		t.Fatal("read in the scan")
	}
	parts[2].write = text(`<workbook ` + mainNS + ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
		`<sheet name="Förslag" sheetId="1" r:id="rId1"/><sheet name="Annat" sheetId="2" r:id="rId3"/></sheets></workbook>`)
	if _, scanned := cellsSameAsExcelize(t, zipParts(t, parts), false); !scanned {
		t.Fatal("not read in the scan")
	}
}

// TestXLSXScanKeepsBoundedText: past maxScanTextMB of its own cell text
// (shared strings aside) the scan keeps no rows of the sheet, which
// excelize then streams, so a sheet of long inline strings costs no more
// memory than before the scan read cells; the import reads the same.
func TestXLSXScanKeepsBoundedText(t *testing.T) {
	var rows string
	for i := 2; i <= 6; i++ {
		rows += fmt.Sprintf(`<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="inlineStr"><is><t>Insats %d med en lång titel</t></is></c></row>`, i, i, i, i, i)
	}
	data := cellsBook(t, cellsRows(`<row r="1"><c r="A1" t="inlineStr"><is><t>Ref</t></is></c><c r="B1" t="inlineStr"><is><t>Titel</t></is></c></row>`+rows), "")
	if _, scanned := cellsSameAsExcelize(t, data, false); !scanned {
		t.Fatal("a small sheet was not read in the scan")
	}
	whole, err := importer.Read("f.xlsx", bytes.NewReader(data))
	check(t, err)

	defer importer.SetMaxScanText(60)()
	if _, _, scanned := importer.XLSXRows(data, false); scanned {
		t.Fatal("the scan kept more text than it may")
	}
	streamed, err := importer.Read("f.xlsx", bytes.NewReader(data))
	check(t, err)
	if len(whole.Records) != 5 || fmt.Sprint(streamed.Records) != fmt.Sprint(whole.Records) {
		t.Fatalf("streamed %v, scanned %v", streamed.Records, whole.Records)
	}
}
