package importer_test

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// seedFiles adds the testdata files with one of the extensions.
func seedFiles(f *testing.F, exts ...string) {
	for _, dir := range []string{"testdata", "testdata/bad"} {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			for _, ext := range exts {
				if strings.HasSuffix(e.Name(), ext) {
					b, err := os.ReadFile(filepath.Join(dir, e.Name()))
					if err != nil {
						f.Fatal(err)
					}
					f.Add(b)
				}
			}
		}
	}
}

// checkRead holds for any read: the error is Problems naming the file,
// and every record is normalised, valid and at a row.
func checkRead(t *testing.T, name string, res importer.Result, err error) {
	t.Helper()
	if err != nil {
		ps := importer.AsProblems(err)
		if len(ps) == 0 || len(ps) > importer.MaxProblems+1 {
			t.Fatalf("error %v is %d problems", err, len(ps))
		}
		for _, p := range ps {
			if p.File != name || p.Warning {
				t.Fatalf("problem %+v", p)
			}
			if msg := p.Message(model.Swedish); strings.Contains(msg, "%!") || !utf8.ValidString(msg) {
				t.Fatalf("message %q", msg)
			}
		}
	}
	for _, w := range res.Warnings {
		if msg := w.Message(model.English); strings.Contains(msg, "%!") || !w.Warning {
			t.Fatalf("warning %+v: %q", w, msg)
		}
	}
	for _, r := range res.Records {
		if err := r.Content.Validate(); err != nil {
			t.Fatalf("row %d does not validate: %v\n%#v", r.Row, err, r.Content)
		}
		if !reflect.DeepEqual(r.Content, r.Content.Normalize()) {
			t.Fatalf("row %d is not normalised: %#v", r.Row, r.Content)
		}
		if r.Row < 1 || r.File != name {
			t.Fatalf("record at %q row %d", r.File, r.Row)
		}
	}
}

func FuzzReadCSV(f *testing.F) {
	seedFiles(f, ".csv", ".tsv")
	f.Add([]byte("Ref;Titel\n1;\"a\n\"\"b\"\"\";x\n\n1.1;\"oavslutad\n"))
	f.Add([]byte("Ref\tTitel\tKostnad\tStart\n2.3\tX\t1.250.000,5 kr\t1.3.2027\n"))
	f.Add([]byte("Ref;Titel;Ansvarig\n1;'=cmd|' /C calc'!A0;''@SUM(A1)\n1.1;\x1b[31mR\u00f6d\u202e;-5\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		res, err := importer.Read("f.csv", bytes.NewReader(b))
		checkRead(t, "f.csv", res, err)
	})
}

func FuzzReadJSON(f *testing.F) {
	seedFiles(f, ".json")
	f.Add([]byte(`{"format_version":1,"proposals":[{"ref":2.10,"title":"x","evidence":["Forskning: a; Rapport: b"],"cost":"1 kr"}]}`))
	f.Add([]byte(`{"format_version":1,"proposals":[{"ref":"1","title":"x","evidence":[{"kind":"a","kind":"b"}]}],"proposals":[]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		res, err := importer.Read("f.json", bytes.NewReader(b))
		checkRead(t, "f.json", res, err)
	})
}

// FuzzParseCost: an amount read is never negative and reads back from
// its Swedish and plain forms.
func FuzzParseCost(f *testing.F) {
	for _, s := range []string{"1 250 000", "1 250 000,50 kr", "1250000.5", "1.250.000", "SEK 1,250,000.00", "-5", "1\u00a0250", "0,005", "99999999999999", ",", "1.2.3,4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := importer.ParseCost(s)
		if err != nil {
			if m != (model.Money{}) || err.Error() == "" {
				t.Fatalf("%q: %+v, %v", s, m, err)
			}
			return
		}
		if !m.Set {
			if strings.TrimSpace(s) != "" {
				t.Fatalf("%q read as no amount", s)
			}
			return
		}
		if m.Ore < 0 {
			t.Fatalf("%q: negative %+v", s, m)
		}
		for _, back := range []string{m.Swedish(), strings.ReplaceAll(m.Plain(), ".", ",")} {
			if again, err := importer.ParseCost(back); err != nil || again != m {
				t.Fatalf("%q → %+v → %q → %+v, %v", s, m, back, again, err)
			}
		}
	})
}

// FuzzParseDate: a date read exists and reads back from its ISO form.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2027-03-01", "1/3/2027", "01/03/2027", "1.3.2027", "2027-3-1", "2027-02-30", "20270301", "2027-03-01T10:00:00Z", "1/3/27"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := importer.ParseDate(s)
		if err != nil {
			if !d.IsZero() || err.Error() == "" {
				t.Fatalf("%q: %v, %v", s, d, err)
			}
			return
		}
		if d.IsZero() {
			if strings.TrimSpace(s) != "" {
				t.Fatalf("%q read as no date", s)
			}
			return
		}
		back, err := model.ParseISODate(d.String())
		if err != nil || back != d {
			t.Fatalf("%q → %v → %v, %v", s, d, back, err)
		}
		if again, err := importer.ParseDate(d.String()); err != nil || again != d {
			t.Fatalf("%q → %v → %v, %v", s, d, again, err)
		}
	})
}

// FuzzParseList: items are trimmed, never empty and hold no separator.
func FuzzParseList(f *testing.F) {
	for _, s := range []string{"a; b", "a\nb\r\nc", "• a\n- b", " ; ", "-", "- ", "–\u00a0x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, it := range importer.ParseList(s) {
			if it == "" || it != strings.TrimSpace(it) || strings.ContainsAny(it, ";\r\n") {
				t.Fatalf("%q: item %q", s, it)
			}
		}
		for _, e := range model.ParseEvidence(s) {
			if !slicesContains(model.EvidenceKinds, e.Kind) || strings.ContainsAny(e.Citation, "\r\n") {
				t.Fatalf("%q: evidence %+v", s, e)
			}
		}
	})
}

// FuzzCellEscape: the CSV import gives back every cell the export wrote,
// and no cell the export writes starts like a formula unless it is a
// plain signed number.
func FuzzCellEscape(f *testing.F) {
	for _, s := range []string{`=cmd|' /C calc'!A0`, "+SUM(1;2)", "@SUM(A1)", `=HYPERLINK("x";"y")`,
		"-5", "+46 70 123 45 67", "'=a", "''@", "'", "-", "\t=1", "\r", "vanlig"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := importer.EscapeCell(s)
		if got := importer.UnescapeCell(e); got != s {
			t.Fatalf("%q → %q → %q", s, e, got)
		}
		if e != "" && strings.ContainsAny(e[:1], "=+-@\t\r") {
			rest := strings.TrimLeft(e[1:], "0123456789 ,.\u00a0")
			if rest != "" || strings.Trim(e[1:], " ,.\u00a0") == "" {
				t.Fatalf("%q is written as %q", s, e)
			}
		}
	})
}

func slicesContains[T comparable](s []T, v T) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// FuzzHeader: matching a header does not depend on case, surrounding
// space or how the header was normalised.
func FuzzHeader(f *testing.F) {
	for _, c := range importer.Columns {
		f.Add(c.Header)
		for _, a := range c.Aliases {
			f.Add(a)
		}
	}
	f.Add("Beslutsdatum")
	f.Fuzz(func(t *testing.T, h string) {
		n := importer.NormHeader(h)
		if importer.NormHeader(n) != n {
			t.Fatalf("%q → %q → %q", h, n, importer.NormHeader(n))
		}
		field := importer.HeaderField(h)
		if importer.HeaderField(n) != field {
			t.Fatalf("%q: %q, but %q as %q", h, field, n, importer.HeaderField(n))
		}
		// In upper case and with space around, as far as upper case
		// keeps the letters (it does not for "ß" and the like).
		// (Not strings.EqualFold: "ſ" folds to "S" but lowers to itself.)
		lower := strings.ToLower(h)
		upper := " " + strings.ToUpper(h) + "\n"
		if back := strings.ToLower(strings.ToUpper(h)); back == lower && importer.HeaderField(upper) != field {
			t.Fatalf("%q: %q, but %q as %q", h, field, upper, importer.HeaderField(upper))
		}
	})
}

// FuzzReadXLSX: a damaged workbook is a problem, never a crash, and what
// the scan's pass reads of a sheet is what excelize's GetRows reads.
func FuzzReadXLSX(f *testing.F) {
	seedFiles(f, ".xlsx")
	f.Add(bigXLSX(f, 3))
	for name, gen := range bombs(f, 1) {
		if name == "wide_claim.xlsx" || name == "huge_cell.xlsx" || name == "huge_sst_cell.xlsx" || name == "deep.xlsx" {
			f.Add(gen())
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		start := time.Now()
		res, err := importer.Read("f.xlsx", bytes.NewReader(b))
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("%d bytes took %v", len(b), d)
		}
		checkRead(t, "f.xlsx", res, err)
		cellsSameAsExcelize(t, b, false)
	})
}

// TestDamagedXLSX damages a workbook at random, a few bytes at a time:
// each read gives records or problems (with messages in valid UTF-8),
// quickly, whatever the zip's headers claim. The fuzzer runs this target
// slowly, so this covers more ground in the ordinary test run.
func TestDamagedXLSX(t *testing.T) {
	seed := bigXLSX(t, 3)
	r := rand.New(rand.NewPCG(3, 4))
	n := 3000
	if testing.Short() {
		n = 300
	}
	for range n {
		b := bytes.Clone(seed)
		for range 1 + r.IntN(8) {
			b[r.IntN(len(b))] = byte(r.IntN(256))
		}
		start := time.Now()
		res, err := importer.Read("f.xlsx", bytes.NewReader(b))
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("%d bytes took %v", len(b), d)
		}
		checkRead(t, "f.xlsx", res, err)
	}
}
