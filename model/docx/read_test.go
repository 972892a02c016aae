package docx

import (
	"archive/zip"
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// readTestLimits are limits small enough for a test to go past.
var readTestLimits = Limits{Entries: 50, PartBytes: 1 << 20, Total: 4 << 20, Ratio: 1100, Depth: 64}

const readTestW = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// readTestStyles name the headings as Swedish Word does (id Rubrik1), as
// English Word does (id Heading2), by an alias, by a chain, by an
// outline level, and as LibreOffice's ids.
const readTestStyles = `<?xml version="1.0" encoding="UTF-8"?><w:styles ` + readTestW + `>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Insats"><w:name w:val="Insats"/><w:basedOn w:val="Heading2"/></w:style>
<w:style w:type="paragraph" w:styleId="Omr"><w:name w:val="Område"/><w:aliases w:val="Områdesrubrik,Rubrik 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Outline"><w:name w:val="Mellanrubrik"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading_20_1"><w:name w:val="Rubrik 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Numbered"><w:name w:val="Numbered heading"/><w:basedOn w:val="Heading2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Lead"><w:name w:val="Lead"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Loop"><w:name w:val="Loop"/><w:basedOn w:val="Loop"/></w:style>
</w:styles>`

const readTestNumbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ` + readTestW + `>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="2"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>`

const readTestRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.folkhalsomyndigheten.se/rapport" TargetMode="External"/>
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`

const readTestTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`

// readTestParts are the parts of a document whose body is body.
func readTestParts(body string) map[string]string {
	return map[string]string{
		"[Content_Types].xml":          readTestTypes,
		"word/document.xml":            `<?xml version="1.0" encoding="UTF-8"?><w:document ` + readTestW + `><w:body>` + body + `<w:sectPr/></w:body></w:document>`,
		"word/styles.xml":              readTestStyles,
		"word/numbering.xml":           readTestNumbering,
		"word/_rels/document.xml.rels": readTestRels,
	}
}

// readTestZip zips the parts.
func readTestZip(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, text := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(text)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// readTestRead reads a document of that body.
func readTestRead(t *testing.T, body string) *Document {
	t.Helper()
	d, err := Read(readTestZip(t, readTestParts(body)), readTestLimits)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// p writes a paragraph of style with runs of text.
func p(style string, runs ...string) string {
	s := `<w:p>`
	if style != "" {
		s += `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	for _, r := range runs {
		s += `<w:r><w:t xml:space="preserve">` + r + `</w:t></w:r>`
	}
	return s + `</w:p>`
}

func TestReadHeadingStyles(t *testing.T) {
	d := readTestRead(t, p("Rubrik1", "Svensk Word")+p("Heading2", "Engelsk Word")+p("Insats", "Ärvd")+
		p("Omr", "Alias")+p("Outline", "Dispositionsnivå")+p("Heading_20_1", "LibreOffice")+
		p("Title", "Titel")+p("", "Brödtext")+p("Loop", "Ring")+p("Saknas", "Okänd stil"))
	want := []struct {
		level int
		title bool
	}{{1, false}, {2, false}, {2, false}, {1, false}, {2, false}, {1, false}, {0, true}, {0, false}, {0, false}, {0, false}}
	if len(d.Paragraphs) != len(want) {
		t.Fatalf("%d paragraphs", len(d.Paragraphs))
	}
	for i, w := range want {
		if got := d.Paragraphs[i]; got.Level != w.level || got.Title != w.title {
			t.Errorf("%q: level %d title %v, want %d %v", got.Text(), got.Level, got.Title, w.level, w.title)
		}
	}
	if got := d.Paragraphs[2].StyleName; got != "Insats" {
		t.Errorf("style name %q", got)
	}
}

func TestReadRuns(t *testing.T) {
	d := readTestRead(t, `<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:noBreakHyphen/><w:t>d</w:t><w:softHyphen/><w:t>e&#xa0;f&#xad;g</w:t></w:r>`+
		`<w:r><w:rPr><w:vanish/></w:rPr><w:t>dold</w:t></w:r><w:del><w:r><w:delText>borttagen</w:delText></w:r></w:del><w:ins><w:r><w:t> infogad</w:t></w:r></w:ins></w:p>`)
	if got, want := d.Paragraphs[0].Text(), "a\tb\nc-de fg infogad"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
}

func TestReadBold(t *testing.T) {
	d := readTestRead(t, `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Fet:</w:t></w:r><w:r><w:t> vanlig</w:t></w:r></w:p>`+
		`<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Stark</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t> inte</w:t></w:r></w:p>`+
		`<w:p><w:pPr><w:pStyle w:val="Lead"/></w:pPr><w:r><w:t>Ingress</w:t></w:r><w:r><w:rPr><w:b w:val="false"/></w:rPr><w:t> slut</w:t></w:r></w:p>`)
	want := [][]Run{
		{{Text: "Fet:", Bold: true}, {Text: " vanlig"}},
		{{Text: "Stark", Bold: true}, {Text: " inte"}},
		{{Text: "Ingress", Bold: true}, {Text: " slut"}},
	}
	for i, w := range want {
		if got := d.Paragraphs[i].Runs; !reflect.DeepEqual(got, w) {
			t.Errorf("paragraph %d: %+v, want %+v", i, got, w)
		}
	}
}

func TestReadLists(t *testing.T) {
	num := func(id, lvl, text string) string {
		return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + lvl + `"/><w:numId w:val="` + id + `"/></w:numPr></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	d := readTestRead(t, num("1", "0", "punkt")+num("2", "0", "numrerad")+p("ListBullet", "stilens")+
		num("4", "0", "ingen")+`<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>avstängd</w:t></w:r></w:p>`+
		num("99", "0", "okänd lista")+p("Numbered", "Rubrik med nummer")+p("Numbered", "Nästa"))
	want := []bool{true, true, true, false, false, true, false, false}
	for i, w := range want {
		if got := d.Paragraphs[i]; got.List != w {
			t.Errorf("%q: list %v", got.Text(), got.List)
		}
	}
	if got := []string{d.Paragraphs[6].Number, d.Paragraphs[7].Number}; !reflect.DeepEqual(got, []string{"2.1", "2.2"}) {
		t.Errorf("heading numbers %q", got)
	}
	if d.Paragraphs[6].Level != 2 {
		t.Errorf("numbered heading level %d", d.Paragraphs[6].Level)
	}
}

func TestReadTables(t *testing.T) {
	cell := func(ps ...string) string { return `<w:tc><w:tcPr/>` + strings.Join(ps, "") + `</w:tc>` }
	row := func(cells ...string) string { return `<w:tr>` + strings.Join(cells, "") + `</w:tr>` }
	two := `<w:tbl><w:tblPr/><w:tblGrid/>` + row(cell(p("", "Ansvarig")), cell(p("", "Anna"))) +
		row(cell(p("", "Riskfaktorer")), cell(p("ListBullet", "a"), p("ListBullet", "b"))) + `</w:tbl>`
	three := `<w:tbl>` + row(cell(p("", "x")), cell(p("", "y")), cell(p("", "z"))) + `</w:tbl>`
	d := readTestRead(t, two+three)
	var got []string
	for _, p := range d.Paragraphs {
		s := p.Text()
		if p.TableLabel {
			s = "[" + s + "]"
		}
		if p.List {
			s = "• " + s
		}
		got = append(got, s)
	}
	want := []string{"[Ansvarig]", "Anna", "[Riskfaktorer]", "• a", "• b", "x", "y", "z"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%q, want %q", got, want)
	}
}

func TestReadLinks(t *testing.T) {
	d := readTestRead(t, `<w:p><w:r><w:t xml:space="preserve">Forskning: </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>Rapport </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>2024</w:t></w:r></w:hyperlink></w:p>`+
		`<w:p><w:hyperlink r:id="rId9"><w:r><w:t>https://www.folkhalsomyndigheten.se/rapport</w:t></w:r></w:hyperlink></w:p>`+
		`<w:p><w:hyperlink w:anchor="mark"><w:r><w:t>inom dokumentet</w:t></w:r></w:hyperlink></w:p>`)
	want := []string{
		"Forskning: Rapport 2024 https://www.folkhalsomyndigheten.se/rapport",
		"https://www.folkhalsomyndigheten.se/rapport",
		"inom dokumentet",
	}
	for i, w := range want {
		if got := d.Paragraphs[i].Text(); got != w {
			t.Errorf("%q, want %q", got, w)
		}
	}
}

func TestReadFootnotesCounted(t *testing.T) {
	d := readTestRead(t, `<w:p><w:r><w:t>Text</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:endnoteReference w:id="2"/></w:r></w:p>`)
	if d.Footnotes != 2 || d.Paragraphs[0].Text() != "Text" {
		t.Errorf("%d footnotes, %q", d.Footnotes, d.Paragraphs[0].Text())
	}
}

func TestReadContentControlsAndTextBoxes(t *testing.T) {
	d := readTestRead(t, `<w:sdt><w:sdtPr/><w:sdtContent>`+p("", "i kontroll")+`</w:sdtContent></w:sdt>`+
		`<w:p><w:r><w:t>före</w:t></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>ruta</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>`)
	if len(d.Paragraphs) != 2 || d.Paragraphs[0].Text() != "i kontroll" || d.Paragraphs[1].Text() != "före" {
		t.Errorf("%+v", d.Paragraphs)
	}
}

// A link whose text is an address keeps the address it shows, even when
// an office suite has rewritten its target (LibreOffice adds a "/"); a
// link with words for text gets its target after them.
func TestParagraphTextKeepsTheAddressALinkShows(t *testing.T) {
	shown := Paragraph{Runs: []Run{{Text: "Forskning: Nationell strategi – "}, {Text: "https://www.regeringen.se", URL: "https://www.regeringen.se/"}}}
	if got, want := shown.Text(), "Forskning: Nationell strategi – https://www.regeringen.se"; got != want {
		t.Errorf("Text() = %q, want %q", got, want)
	}
	worded := Paragraph{Runs: []Run{{Text: "Forskning: "}, {Text: "Nationell strategi", URL: "https://www.regeringen.se/"}}}
	if got, want := worded.Text(), "Forskning: Nationell strategi https://www.regeringen.se/"; got != want {
		t.Errorf("Text() = %q, want %q", got, want)
	}
}
