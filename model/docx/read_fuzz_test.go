package docx

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// readFuzzBodies are document bodies of the tests, the seeds of the
// fuzzers.
var readFuzzBodies = []string{
	p("Rubrik1", "2 Trygg i centrum") + p("Heading2", "2.3 Trygghetsnod") + p("", "Text"),
	`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Kostnad:</w:t></w:r><w:r><w:t> 100 kr</w:t><w:tab/><w:br/><w:softHyphen/></w:r></w:p>`,
	`<w:tbl><w:tr><w:tc>` + p("", "Ansvarig") + `</w:tc><w:tc>` + p("ListBullet", "Anna") + `</w:tc></w:tr></w:tbl>`,
	`<w:p><w:hyperlink r:id="rId9"><w:r><w:t>länk</w:t></w:r></w:hyperlink><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`,
	`<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`,
	`<w:sdt><w:sdtContent>` + p("Numbered", "a") + `</w:sdtContent></w:sdt>`,
}

// readFuzzCheck asserts what holds of any document Read returns.
func readFuzzCheck(t *testing.T, d *Document) {
	for _, p := range d.Paragraphs {
		if p.Level < 0 || p.Level > 9 || p.ListLevel < 0 || p.ListLevel > 8 {
			t.Fatalf("level %d, list level %d", p.Level, p.ListLevel)
		}
		for _, r := range p.Runs {
			if !utf8.ValidString(r.Text) || strings.ContainsAny(r.Text, "\u00a0\u00ad") {
				t.Fatalf("run %q", r.Text)
			}
		}
	}
}

// FuzzDocxRead feeds Read whole files: the test documents and those
// LibreOffice saved, changed byte by byte.
func FuzzDocxRead(f *testing.F) {
	for _, body := range readFuzzBodies {
		f.Add(readTestZip(f, readTestParts(body)))
	}
	files, _ := filepath.Glob("../importer/testdata/docx/*.docx")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// Go's fuzzer does not report an input that hangs; this does.
		hang := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("Read hangs on %d bytes", len(data))) })
		defer hang.Stop()
		d, err := Read(data, readTestLimits)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("not an *Error: %v", err)
			}
			return
		}
		readFuzzCheck(t, d)
	})
}

// FuzzDocxBody feeds Read documents whose body, styles and numbering
// are changed, in a well-formed zip, so the XML is what varies.
func FuzzDocxBody(f *testing.F) {
	for _, body := range readFuzzBodies {
		f.Add(body, readTestStyles, readTestNumbering)
	}
	f.Fuzz(func(t *testing.T, body, styles, numbering string) {
		parts := readTestParts(body)
		parts["word/styles.xml"] = styles
		parts["word/numbering.xml"] = numbering
		d, err := Read(readTestZip(t, parts), readTestLimits)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("not an *Error: %v", err)
			}
			return
		}
		readFuzzCheck(t, d)
	})
}
