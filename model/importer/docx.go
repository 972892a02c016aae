package importer

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/docx"
)

// A Word document is read as the team writes its proposals: a Heading 1
// is an area, a Heading 2 an intervention under the last area; inside a
// proposal a paragraph that starts with an import column's name (a
// label, bold or followed by a colon) starts that field, which takes the
// paragraphs and list items that follow until the next label or heading;
// text before any label is the description. Text before the first
// heading (a title, instructions) is not read.

// maxDocxParts bounds the entries of a Word document's zip; Word writes
// a few dozen. The other bounds are the workbook's (xlsxlimits.go).
const maxDocxParts = 10_000

// docxLimits are what docx.Read may unpack.
var docxLimits = docx.Limits{
	Entries:   maxDocxParts,
	PartBytes: maxSharedTextMB << 20,
	Total:     maxUnzipped << 20,
	Ratio:     maxRatio,
	Depth:     maxDepth,
}

// Heading is a heading of a Word document, as a message names where a
// proposal read from it stands: "Rubrik 2 '2.3 Trygghetsnod …'".
type Heading struct {
	Level int    // 1 for an area, 2 for an intervention; 0 for no heading
	Text  string // as written, with its number
	At    int    // its index among the document's paragraphs, for order
}

// maxHeadingQuote is how many characters of a heading a message quotes.
const maxHeadingQuote = 24

// Label returns the heading in l, its text cut short.
func (h Heading) Label(l model.Language) string {
	text := []rune(strings.Join(strings.Fields(h.Text), " "))
	if len(text) > maxHeadingQuote {
		cut := maxHeadingQuote
		if i := strings.LastIndex(string(text[:cut]), " "); i > 0 {
			cut = len([]rune(string(text[:cut])[:i]))
		}
		text = append(text[:cut:cut], []rune(" …")...)
	}
	return word(l, "heading") + " " + strconv.Itoa(h.Level) + " '" + string(text) + "'"
}

// readDocx reads the proposals of a Word document.
func readDocx(data []byte, c *collector) []Record {
	doc, err := docx.Read(data, docxLimits)
	if err != nil {
		failDocx(c, err)
		return nil
	}
	if doc.Footnotes > 0 {
		c.warn(0, "", "docx_footnotes", doc.Footnotes)
	}
	m := &docxMapper{c: c, headers: map[string]string{"ref": "", "kind": "", "title": ""}}
	for i, p := range doc.Paragraphs {
		m.paragraph(i, p)
	}
	m.finish()
	if len(m.records) == 0 && !m.anyHeading {
		c.fail(0, "", "docx_no_headings")
	}
	for i := range m.records {
		m.records[i].headers = m.headers
	}
	return m.records
}

// failDocx reports why docx.Read refused the file.
func failDocx(c *collector, err error) {
	var de *docx.Error
	if !errors.As(err, &de) {
		c.fail(0, "", "file_unreadable", errText(err))
		return
	}
	switch de.Reason {
	case docx.NotZip:
		c.fail(0, "", "docx_not_zip")
	case docx.NotDocx:
		c.fail(0, "", "docx_not_docx")
	case docx.Macros:
		c.fail(0, "", "docx_macros")
	case docx.Encrypted:
		c.fail(0, "", "docx_encrypted")
	case docx.TooMany:
		c.fail(0, "", "docx_too_many_parts", docxLimits.Entries)
	case docx.PartTooLarge:
		c.fail(0, "", "docx_part_too_large", printable(de.Part), docxLimits.PartBytes>>20)
	case docx.TooLarge:
		c.fail(0, "", "docx_too_large", docxLimits.Total>>20)
	case docx.TooDeep:
		c.fail(0, "", "docx_too_deep", printable(de.Part), docxLimits.Depth)
	default:
		c.fail(0, "", "docx_damaged", printable(de.Part), printable(de.Detail))
	}
}

// headingNumber is a number at the start of a heading: "2.3 Trygghetsnod",
// "2. Trygg skola", "2,3) …".
var headingNumber = regexp.MustCompile(`^(\d+(?:[.,]\d+)*)[.)]?(?:\s+|$)`)

// docxMapper turns a document's paragraphs into records.
type docxMapper struct {
	c          *collector
	records    []Record
	headers    map[string]string // field → its label as first written; the fields the document has
	taken      []model.Ref       // the refs of the headings so far
	area       model.Ref         // the ref of the last Heading 1, "" before any
	areaBad    bool              // the last Heading 1's number was refused: its interventions are not read
	anyHeading bool
	cur        *docxProposal // nil outside a proposal
}

// paragraph takes paragraph i of the document.
func (m *docxMapper) paragraph(i int, p docx.Paragraph) {
	switch {
	case (p.Level == 1 || p.Level == 2) && strings.TrimSpace(p.Text()) == "":
		return // an empty line in a heading's style
	case p.Level == 1 || p.Level == 2:
		m.finish()
		m.anyHeading = true
		m.heading(i, p)
		return
	}
	if m.cur != nil {
		m.c.heading = m.cur.heading
		m.cur.add(m, p)
		m.c.heading = Heading{}
	}
}

// heading starts the proposal of heading paragraph i.
func (m *docxMapper) heading(i int, p docx.Paragraph) {
	text := strings.TrimSpace(p.Text())
	h := Heading{Level: p.Level, Text: text, At: i}
	m.c.heading = h
	defer func() { m.c.heading = Heading{} }()
	number, title := "", text
	if g := headingNumber.FindStringSubmatch(text); g != nil {
		number, title = g[1], strings.TrimSpace(text[len(g[0]):])
	} else if p.Number != "" {
		number = p.Number
	}
	var ref model.Ref
	switch {
	case p.Level == 2 && m.areaBad:
		return
	case p.Level == 2 && m.area == "":
		m.c.fail(0, "", "docx_h2_before_h1")
		return
	case p.Level == 1 && number == "":
		ref = model.NextRef("", m.taken)
	case p.Level == 1:
		if ref = model.ParseRef(number); !ref.Valid() || !ref.IsArea() {
			m.c.fail(0, "", "docx_area_ref", number)
			m.areaBad = true
			return
		}
	case number == "":
		ref = model.NextRef(m.area, m.taken)
	case !strings.ContainsAny(number, ".,"):
		ref = model.Ref(m.area.ChildPrefix() + number)
	default:
		ref = model.ParseRef(number)
	}
	if p.Level == 2 && (!ref.Valid() || ref.IsArea() || ref.Area() != m.area) {
		m.c.fail(0, "", "docx_intervention_ref", number, string(m.area), m.area.ChildPrefix()+"1")
		return
	}
	if p.Level == 1 {
		m.area, m.areaBad = ref, false
	}
	m.taken = append(m.taken, ref)
	m.cur = &docxProposal{heading: h, ref: ref, title: title, fields: map[int]*docxField{}, field: -1}
}

// finish makes the record of the proposal being read.
func (m *docxMapper) finish() {
	if m.cur == nil {
		return
	}
	if r, ok := m.cur.record(m.c); ok {
		m.records = append(m.records, r)
	}
	m.cur = nil
}
