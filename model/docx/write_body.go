package docx

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// The paragraph styles the writer uses and the reader recognises, by id.
const (
	styleTitle      = "Title"
	styleNormal     = "Normal"
	styleHeading1   = "Heading1"
	styleHeading2   = "Heading2"
	styleListBullet = "ListBullet"
)

// titleField is the field the heading holds after the ref; the ref and
// the kind (the heading's level) are the fields marked Identity.
const titleField = "title"

// bulletNumID is the numbering (word/numbering.xml) of ListBullet paragraphs.
const bulletNumID = 1

// firstLinkRel is the number of the first hyperlink relationship: rId1 and
// rId2 are the styles and the numbering.
const firstLinkRel = 3

// run is a piece of a paragraph's text: bold (a label), or a link to
// its own text.
type run struct {
	text string
	bold bool
	link bool
}

// body builds word/document.xml and collects the hyperlinks' targets.
type body struct {
	lang  model.Language
	xml   strings.Builder
	links []string // the targets of relationships rId3, rId4, …
}

// newBody starts a document in l: English, or else Swedish.
func newBody(l model.Language) *body {
	if l != model.English {
		l = model.Swedish
	}
	return &body{lang: l}
}

// proposal writes the proposal's heading and then each of its fields.
func (b *body) proposal(c *model.Content) {
	style := styleHeading2
	if c.Kind == model.KindArea {
		style = styleHeading1
	}
	b.paragraph(style, run{text: c.Ref + " " + c.Title})
	for _, f := range model.Fields {
		if !inHeading(f) {
			b.field(f, c)
		}
	}
}

// inHeading tells whether the heading holds the field: the ref and the
// title as its text, the kind as its level.
func inHeading(f model.Field) bool { return f.Identity || f.Name == titleField }

// label is the field's name as the import reads it, in l.
func label(f model.Field, l model.Language) string {
	if l == model.English {
		return f.English
	}
	return f.Header
}

// field writes one field: its label in bold with a colon, then the value
// in the same paragraph for a field of one line, in the Normal paragraphs
// after it for long text, or as ListBullet paragraphs for a list.
func (b *body) field(f model.Field, c *model.Content) {
	name := run{text: label(f, b.lang) + ":", bold: true}
	switch f.Kind {
	case model.FieldLongText:
		b.paragraph(styleNormal, name)
		if !f.Empty(c) {
			b.text(styleNormal, f.Display(c, b.lang))
		}
	case model.FieldList, model.FieldEnumList:
		b.paragraph(styleNormal, name)
		for _, item := range listItems(f, c, b.lang) {
			b.paragraph(styleListBullet, run{text: item})
		}
	case model.FieldEvidence:
		b.paragraph(styleNormal, name)
		evidence, _ := f.Value(c).([]model.Evidence)
		for _, e := range evidence {
			b.evidence(e)
		}
	default:
		runs := []run{name}
		if v := f.Display(c, b.lang); v != "" {
			runs = append(runs, run{text: " " + v})
		}
		b.paragraph(styleNormal, runs...)
	}
}

// evidence writes one item as the spreadsheet's line (model.Evidence.Line),
// its link a hyperlink.
func (b *body) evidence(e model.Evidence) {
	line := e.Line(b.lang)
	if e.URL == "" || !strings.HasSuffix(line, e.URL) {
		b.paragraph(styleListBullet, run{text: line})
		return
	}
	b.paragraph(styleListBullet, run{text: strings.TrimSuffix(line, e.URL)}, run{text: e.URL, link: true})
}

// listItems are a list field's items, a value of an enumeration by its
// name in l.
func listItems(f model.Field, c *model.Content, l model.Language) []string {
	v := reflect.ValueOf(f.Value(c))
	out := make([]string, 0, v.Len())
	for i := range v.Len() {
		switch item := v.Index(i).Interface().(type) {
		case string:
			out = append(out, item)
		case interface{ Label(model.Language) string }:
			out = append(out, item.Label(l))
		}
	}
	return out
}

// text writes s as paragraphs of the style, one a line; an empty line is
// an empty paragraph.
func (b *body) text(style, s string) {
	for _, line := range strings.Split(s, "\n") {
		b.paragraph(style, run{text: strings.TrimSuffix(line, "\r")})
	}
}

// paragraph writes one paragraph of the style; a ListBullet paragraph
// names its numbering too, for readers that do not follow the style.
func (b *body) paragraph(style string, runs ...run) {
	fmt.Fprintf(&b.xml, `<w:p><w:pPr><w:pStyle w:val="%s"/>`, style)
	if style == styleListBullet {
		fmt.Fprintf(&b.xml, `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>`, bulletNumID)
	}
	b.xml.WriteString(`</w:pPr>`)
	for _, r := range runs {
		b.run(r)
	}
	b.xml.WriteString(`</w:p>`)
}

// run writes one run: a tab as w:tab, the text escaped (escapeText).
func (b *body) run(r run) {
	if r.link {
		fmt.Fprintf(&b.xml, `<w:hyperlink r:id="rId%d" w:history="1">`, b.link(r.text))
	}
	b.xml.WriteString(`<w:r>`)
	switch {
	case r.bold:
		b.xml.WriteString(`<w:rPr><w:b/></w:rPr>`)
	case r.link:
		b.xml.WriteString(`<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>`)
	}
	for i, piece := range strings.Split(r.text, "\t") {
		if i > 0 {
			b.xml.WriteString(`<w:tab/>`)
		}
		if piece != "" {
			b.xml.WriteString(`<w:t xml:space="preserve">` + escapeText(piece) + `</w:t>`)
		}
	}
	b.xml.WriteString(`</w:r>`)
	if r.link {
		b.xml.WriteString(`</w:hyperlink>`)
	}
}

// link returns the number of the relationship to target, adding it the
// first time.
func (b *body) link(target string) int {
	for i, t := range b.links {
		if t == target {
			return firstLinkRel + i
		}
	}
	b.links = append(b.links, target)
	return firstLinkRel + len(b.links) - 1
}

// document is word/document.xml: the paragraphs on an A4 page.
func (b *body) document() string {
	return xmlHeader + `<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>` + b.xml.String() +
		`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`
}

// relationships is word/_rels/document.xml.rels: the styles, the
// numbering and each hyperlink's target.
func (b *body) relationships() string {
	var s strings.Builder
	s.WriteString(xmlHeader + `<Relationships xmlns="` + nsRels + `">`)
	s.WriteString(`<Relationship Id="rId1" Type="` + relStyles + `" Target="styles.xml"/>`)
	s.WriteString(`<Relationship Id="rId2" Type="` + relNumbering + `" Target="numbering.xml"/>`)
	for i, t := range b.links {
		fmt.Fprintf(&s, `<Relationship Id="rId%d" Type="%s" Target="%s" TargetMode="External"/>`, firstLinkRel+i, relHyperlink, escapeText(t))
	}
	s.WriteString(`</Relationships>`)
	return s.String()
}
