package importer_test

import (
	"archive/zip"
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// Helpers of the Word import's tests: documents written by the test, a
// part at a time.

const docxTestNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// docxTestStyles are Swedish Word's heading styles (ids Rubrik1 and
// Rubrik2) and English Word's (Heading1, Heading2), and a bullet list.
const docxTestStyles = `<w:styles ` + docxTestNS + `>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Punktlista"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>`

const docxTestNumbering = `<w:numbering ` + docxTestNS + `><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`

const docxTestRels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://bra.se/rapport-2024" TargetMode="External"/></Relationships>`

// docxTestDoc is a Word document of that body, zipped.
func docxTestDoc(t testing.TB, body ...string) []byte {
	t.Helper()
	parts := map[string]string{
		"[Content_Types].xml":          `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"word/document.xml":            `<w:document ` + docxTestNS + `><w:body>` + strings.Join(body, "") + `</w:body></w:document>`,
		"word/styles.xml":              docxTestStyles,
		"word/numbering.xml":           docxTestNumbering,
		"word/_rels/document.xml.rels": docxTestRels,
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, name := range []string{"[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/_rels/document.xml.rels"} {
		w, err := zw.Create(name)
		if err == nil {
			_, err = w.Write([]byte(parts[name]))
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// docxTestEscape escapes text for the XML of a run.
func docxTestEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// docxH is a heading paragraph of the style.
func docxH(style, text string) string {
	return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr><w:r><w:t xml:space="preserve">` + docxTestEscape(text) + `</w:t></w:r></w:p>`
}

// docxP is a plain paragraph.
func docxP(text string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + docxTestEscape(text) + `</w:t></w:r></w:p>`
}

// docxBold is a paragraph that starts with a bold label.
func docxBold(label, rest string) string {
	return `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">` + docxTestEscape(label) + `</w:t></w:r><w:r><w:t xml:space="preserve">` + docxTestEscape(rest) + `</w:t></w:r></w:p>`
}

// docxItem is a bulleted list item.
func docxItem(text string) string {
	return `<w:p><w:pPr><w:pStyle w:val="Punktlista"/></w:pPr><w:r><w:t xml:space="preserve">` + docxTestEscape(text) + `</w:t></w:r></w:p>`
}

// docxRow is a row of a two-column table.
func docxRow(label string, value ...string) string {
	return `<w:tr><w:tc>` + docxP(label) + `</w:tc><w:tc>` + strings.Join(value, "") + `</w:tc></w:tr>`
}

// docxTestRead reads the document as the file name.
func docxTestRead(t *testing.T, name string, data []byte) (importer.Result, importer.Problems) {
	t.Helper()
	res, err := importer.Read(name, bytes.NewReader(data))
	if err != nil && importer.AsProblems(err) == nil {
		t.Fatal(err)
	}
	return res, importer.AsProblems(err)
}

// docxTestBomb is a document with a part that claims to unpack to
// 80 MB from a few bytes.
func docxTestBomb(t *testing.T) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.Create("word/document.xml")
	if err == nil {
		_, err = w.Write([]byte("<w:document/>"))
	}
	if err == nil {
		w, err = zw.CreateRaw(&zip.FileHeader{Name: "word/media/bomb.bin", Method: zip.Deflate, CompressedSize64: 2, UncompressedSize64: 80 << 20})
	}
	if err == nil {
		_, err = w.Write([]byte{3, 0})
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// docxTestZipOf zips the parts, compressed.
func docxTestZipOf(t *testing.T, parts map[string][]byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, data := range parts {
		w, err := zw.Create(name)
		if err == nil {
			_, err = w.Write(data)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// docxTestStore is a new, empty store.
func docxTestStore(t *testing.T) model.Store {
	t.Helper()
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
