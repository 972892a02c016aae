package importer_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// FuzzDocxImport reads Word documents whose body varies: headings,
// labels, lists and tables in any order and shape. Whatever the body,
// the problems name the file, and every record is valid, normalised and
// under a heading of level 1 or 2.
func FuzzDocxImport(f *testing.F) {
	for _, body := range [][]string{
		{docxH("Rubrik1", "2 Trygg i centrum"), docxP("Sammanfattning: kort"), docxH("Rubrik2", "2.3 Nod"), docxBold("Riskfaktorer", ""), docxItem("a")},
		{docxH("Heading2", "1.1 Före"), docxH("Heading1", "x"), docxP("Kostnad: tusen")},
		{docxH("Heading1", "Område"), `<w:tbl>` + docxRow("Ansvarig", docxP("Anna")) + docxRow("Evidens", docxItem("Forskning: a https://x.se")) + `</w:tbl>`},
		{docxH("Rubrik1", "1 A"), docxP("Ref: 2"), docxP("Typ: Insats"), docxP("Status: Utkast"), docxP("Start: 2027-02-30")},
	} {
		f.Add(strings.Join(body, ""))
	}
	f.Fuzz(func(t *testing.T, body string) {
		res, err := importer.Read("f.docx", bytes.NewReader(docxTestDoc(t, body)))
		for _, p := range append(importer.AsProblems(err), res.Warnings...) {
			if msg := p.Message(model.Swedish); p.File != "f.docx" || strings.Contains(msg, "%!") || !utf8.ValidString(msg) {
				t.Fatalf("problem %+v: %q", p, msg)
			}
		}
		if err != nil && importer.AsProblems(err) == nil {
			t.Fatalf("not Problems: %v", err)
		}
		for _, r := range res.Records {
			if err := r.Content.Validate(); err != nil {
				t.Fatalf("%s does not validate: %v", r.Content.Ref, err)
			}
			if !reflect.DeepEqual(r.Content, r.Content.Normalize()) {
				t.Fatalf("%s is not normalised", r.Content.Ref)
			}
			if r.Heading.Level != 1 && r.Heading.Level != 2 || r.File != "f.docx" {
				t.Fatalf("record %+v", r)
			}
		}
	})
}
