package importer_test

import (
	"archive/zip"
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// Workbooks made by hand, part by part, to be as large or as strange
// inside as a hostile file can be: excelize would refuse to write them.

var bombsDir = flag.String("bombs", "", "write the generated .xlsx bombs to this folder (for measuring the command line)")

// xlsxPart is one entry of a generated workbook; write streams its body.
type xlsxPart struct {
	name  string
	write func(w io.Writer)
}

const (
	mainNS  = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
	relsNS  = `xmlns="http://schemas.openxmlformats.org/package/2006/relationships"`
	relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
)

func text(s string) func(io.Writer) { return func(w io.Writer) { io.WriteString(w, s) } }

// skeleton returns the parts of a one-sheet workbook around sheet and
// sharedStrings bodies (the sheet's element's content, the sst's items).
func skeleton(sheet, sst func(io.Writer)) []xlsxPart {
	return []xlsxPart{
		{"[Content_Types].xml", text(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
			`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`)},
		{"_rels/.rels", text(`<Relationships ` + relsNS + `><Relationship Id="rId1" Type="` + relType + `officeDocument" Target="xl/workbook.xml"/></Relationships>`)},
		{"xl/workbook.xml", text(`<workbook ` + mainNS + ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Förslag" sheetId="1" r:id="rId1"/></sheets></workbook>`)},
		{"xl/_rels/workbook.xml.rels", text(`<Relationships ` + relsNS + `><Relationship Id="rId1" Type="` + relType + `worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="` + relType + `sharedStrings" Target="sharedStrings.xml"/></Relationships>`)},
		{"xl/worksheets/sheet1.xml", func(w io.Writer) {
			io.WriteString(w, `<worksheet `+mainNS+`>`)
			sheet(w)
			io.WriteString(w, `</worksheet>`)
		}},
		{"xl/sharedStrings.xml", func(w io.Writer) {
			io.WriteString(w, `<sst `+mainNS+`><si><t>Ref</t></si><si><t>Titel</t></si><si><t>1</t></si><si><t>Trygg skola</t></si>`)
			sst(w)
			io.WriteString(w, `</sst>`)
		}},
	}
}

// goodRows is the sheet data of a header and one proposal, from the first
// four shared strings, then more's.
func goodRows(more func(io.Writer)) func(io.Writer) {
	return func(w io.Writer) {
		io.WriteString(w, `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`+
			`<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>`)
		more(w)
		io.WriteString(w, `</sheetData>`)
	}
}

// around writes open, the body and close.
func around(open string, body func(io.Writer), close string) func(io.Writer) {
	return func(w io.Writer) {
		io.WriteString(w, open)
		body(w)
		io.WriteString(w, close)
	}
}

// repeat writes s n times.
func repeat(s string, n int) func(io.Writer) {
	return func(w io.Writer) {
		chunk := strings.Repeat(s, max(1, 1<<16/max(1, len(s))))
		per := len(chunk) / len(s)
		for ; n >= per; n -= per {
			io.WriteString(w, chunk)
		}
		io.WriteString(w, strings.Repeat(s, n))
	}
}

// zipParts writes the parts as a zip, deflated.
func zipParts(tb testing.TB, parts []xlsxPart) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			tb.Fatal(err)
		}
		bw := bufio.NewWriterSize(w, 1<<16)
		p.write(bw)
		if err := bw.Flush(); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// numbered writes n distinct short shared strings, as a table of many
// different words is.
func numbered(n int) func(io.Writer) {
	return func(w io.Writer) {
		for i := range n {
			fmt.Fprintf(w, "<si><t>%x</t></si>", i*2654435761%(1<<32))
		}
	}
}

// bombs are the generated workbooks, by name, at a scale: 1 makes each
// just big enough to be refused, larger ones are the bombs the command
// line is measured on (a few MB each).
func bombs(tb testing.TB, scale int) map[string]func() []byte {
	none := text("")
	z := func(sheet, sst func(io.Writer)) func() []byte {
		return func() []byte { return zipParts(tb, skeleton(sheet, sst)) }
	}
	return map[string]func() []byte{
		// A million tiny shared strings and more.
		"sst_count.xlsx": z(goodRows(none), repeat("<si><t>a</t></si>", scale*1_000_000)),
		// Many different short strings: less compressible, more items.
		"sst_words.xlsx": z(goodRows(none), numbered(scale*600_000)),
		// Few shared strings, but long ones: too much text in all.
		"sst_size.xlsx": z(goodRows(none), repeat("<si><t>"+strings.Repeat("x", 30000)+"</t></si>", scale*3000)),
		// One cell of too many characters, inline and shared.
		"huge_cell.xlsx": z(goodRows(around(`<row r="3"><c r="A3" t="inlineStr"><is><t>`, repeat("y", scale*40000), `</t></is></c></row>`)), none),
		"huge_sst_cell.xlsx": z(goodRows(text(`<row r="3"><c r="B3" t="s"><v>4</v></c></row>`)),
			around("<si><t>", repeat("z", scale*40000), "</t></si>")),
		// A row of a million cells, one after the other.
		"wide_sheet.xlsx": z(goodRows(around(`<row r="3">`, repeat(`<c><v>1</v></c>`, scale*1_000_000), `</row>`)), none),
		// A dimension claiming every cell Excel can have.
		"wide_claim.xlsx": z(around(`<dimension ref="A1:XFD1048576"/>`, goodRows(none), ""), none),
		// A million rows.
		"tall_sheet.xlsx": z(goodRows(repeat(`<row><c><v>1</v></c></row>`, scale*1_000_000)), none),
		// Elements nested a million deep in a cell.
		"deep.xlsx": z(goodRows(around(`<row r="3"><c r="A3" t="inlineStr"><is>`, repeat("<r>", scale*1_000_000), `</is></c></row>`)), none),
	}
}

// measureScales are the scales of the bombs the command line is measured
// on: each a few MB, each unpacking to less than a GB (what the importer
// took before it read the parts itself).
var measureScales = map[string]int{
	"sst_count.xlsx": 50, "sst_words.xlsx": 3, "sst_size.xlsx": 10, "huge_cell.xlsx": 20000,
	"huge_sst_cell.xlsx": 20000, "wide_sheet.xlsx": 50, "wide_claim.xlsx": 1, "tall_sheet.xlsx": 30, "deep.xlsx": 300,
}

// underCapScales make each bomb unpack to just under maxUnzipped, so that
// the scan, not the zip's directory, refuses it.
var underCapScales = map[string]int{
	"sst_count.xlsx": 10, "sst_words.xlsx": 3, "sst_size.xlsx": 2, "huge_cell.xlsx": 4500,
	"huge_sst_cell.xlsx": 4500, "wide_sheet.xlsx": 12, "wide_claim.xlsx": 1, "tall_sheet.xlsx": 7, "deep.xlsx": 60,
}

var underCap = flag.Bool("undercap", false, "write the bombs at underCapScales")

// TestWriteBombs writes the bombs at measureScales to -bombs, for
// measuring `styrgrupp import --dry-run` on them.
func TestWriteBombs(t *testing.T) {
	if *bombsDir == "" {
		t.Skip("no -bombs folder")
	}
	scales := measureScales
	if *underCap {
		scales = underCapScales
	}
	for name, scale := range scales {
		b := bombs(t, scale)[name]()
		if err := os.WriteFile(filepath.Join(*bombsDir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d bytes", name, len(b))
	}
}

// bombMessages are the messages each bomb, at scale 1, is refused with.
var bombMessages = map[string]string{
	"sst_count.xlsx":     "b.xlsx: arbetsboken har fler än 500000 olika texter; dela upp förslagen på flera filer",
	"sst_words.xlsx":     "b.xlsx: arbetsboken har fler än 500000 olika texter; dela upp förslagen på flera filer",
	"sst_size.xlsx":      "b.xlsx: arbetsbokens texter är tillsammans större än 64 MB; dela upp förslagen på flera filer",
	"huge_cell.xlsx":     "b.xlsx, blad Förslag, rad 3, kolumn A: cellen har fler än 32767 tecken, mer än Excel tillåter i en cell",
	"huge_sst_cell.xlsx": "b.xlsx, blad Förslag, rad 3, kolumn B: cellen har fler än 32767 tecken, mer än Excel tillåter i en cell",
	"wide_sheet.xlsx":    "b.xlsx, blad Förslag, rad 3, kolumn ALM: bladet har fler än 1000 kolumner; ta bort kolumnerna som inte hör till förslagen",
	"wide_claim.xlsx":    "b.xlsx, blad Förslag: bladet säger sig gå över A1:XFD1048576, mer än 100000 rader eller 1000 kolumner; dela upp förslagen på flera filer, eller öppna arbetsboken i Excel och spara den igen",
	"tall_sheet.xlsx":    "b.xlsx, blad Förslag, rad 100001: bladet har fler än 100000 rader; dela upp förslagen på flera filer",
	"deep.xlsx":          "b.xlsx, blad Förslag: arbetsboken är skadad (delen xl/worksheets/sheet1.xml har element i fler än 64 nivåer); öppna den i Excel och spara den igen",
}

// TestXLSXBombs: each generated bomb is refused, with its message, in
// little time (BenchmarkXLSXBomb measures it; the bound here only catches
// a read that is not bounded at all).
func TestXLSXBombs(t *testing.T) {
	for name, gen := range bombs(t, 1) {
		t.Run(name, func(t *testing.T) {
			if raceEnabled && strings.HasPrefix(name, "sst_") {
				t.Skip("tens of MB of XML: make test runs it without the race detector")
			}
			data := gen()
			start := time.Now()
			_, err := importer.Read("b.xlsx", bytes.NewReader(data))
			if d := time.Since(start); d > time.Minute {
				t.Errorf("took %v", d)
			}
			if got := importer.AsProblems(err).Message(model.Swedish); got != bombMessages[name] {
				t.Errorf("got\n%s\nwant\n%s", got, bombMessages[name])
			}
		})
	}
	if len(bombMessages) != len(bombs(t, 1)) {
		t.Errorf("%d messages for %d bombs", len(bombMessages), len(bombs(t, 1)))
	}
}

// BenchmarkXLSXBomb reads each bomb, unpacking to just under
// maxUnzipped, reporting the peak heap.
func BenchmarkXLSXBomb(b *testing.B) {
	for name, scale := range underCapScales {
		b.Run(strings.TrimSuffix(name, ".xlsx"), func(b *testing.B) {
			data := bombs(b, scale)[name]()
			run := func() {
				if _, err := importer.Read("b.xlsx", bytes.NewReader(data)); err == nil {
					b.Fatal("read")
				}
			}
			peak := peakHeap(run)
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				run()
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-MiB")
		})
	}
}

// TestCSVRowsAreBounded: a CSV file has the row bound of a sheet, so
// that 800,000 short rows (13 MB) no longer take gigabytes before the
// plan is made; the message names the first row past the bound.
func TestCSVRowsAreBounded(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("Ref;Typ;Titel\n")
	for i := 1; i <= 100_000; i++ {
		fmt.Fprintf(&b, "%d;Område;x\n", i)
	}
	_, err := importer.Read("många.csv", bytes.NewReader(b.Bytes()))
	if err == nil || !strings.Contains(err.Error(), "row 100001: the file has more than 100000 rows") {
		t.Errorf("100,000 proposals after the header: %v", err)
	}
}

// TestJSONProposalsAreBounded: a JSON file holds at most as many
// proposals as a sheet has rows; the count stops the reading at the first
// one past the bound (3,000,000 tiny proposals took gigabytes).
func TestJSONProposalsAreBounded(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(`{"format_version": 1, "proposals": [`)
	for i := 0; i <= 100_000; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"ref": "1"}`)
	}
	b.WriteString("]}")
	_, err := importer.Read("många.json", bytes.NewReader(b.Bytes()))
	if err == nil || !strings.Contains(err.Error(), "more than 100000 proposals") {
		t.Errorf("100,001 proposals: %v", err)
	}
}
