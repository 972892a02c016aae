package docx

import (
	"strconv"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// The namespaces and relationship types of the parts the writer makes.
const (
	xmlHeader    = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsW          = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR          = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsRels       = "http://schemas.openxmlformats.org/package/2006/relationships"
	relStyles    = nsR + "/styles"
	relNumbering = nsR + "/numbering"
	relHyperlink = nsR + "/hyperlink"
	wordML       = "application/vnd.openxmlformats-officedocument.wordprocessingml."
)

// contentTypes is [Content_Types].xml.
const contentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="` + wordML + `document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="` + wordML + `styles+xml"/>` +
	`<Override PartName="/word/numbering.xml" ContentType="` + wordML + `numbering+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`</Types>`

// packageRels is _rels/.rels: the document and its properties.
const packageRels = xmlHeader + `<Relationships xmlns="` + nsRels + `">` +
	`<Relationship Id="rId1" Type="` + nsR + `/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`</Relationships>`

// numberingXML is word/numbering.xml: one bulleted list, bulletNumID.
const numberingXML = xmlHeader + `<w:numbering xmlns:w="` + nsW + `">` +
	`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>` +
	`<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
	`</w:numbering>`

// languageTag is the document's language, for spelling and hyphenation.
func languageTag(l model.Language) string {
	if l == model.English {
		return "en-GB"
	}
	return "sv-SE"
}

// coreXML is docProps/core.xml: the title, Styrgrupp as the creator and
// the time the document was made.
func coreXML(o Options) string {
	var s strings.Builder
	s.WriteString(xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
		` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	s.WriteString(`<dc:title>` + escapeText(o.Title) + `</dc:title><dc:creator>Styrgrupp</dc:creator>`)
	s.WriteString(`<dc:language>` + languageTag(o.Language) + `</dc:language>`)
	if !o.Created.IsZero() {
		s.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + o.Created.UTC().Format(time.RFC3339) + `</dcterms:created>`)
	}
	s.WriteString(`</cp:coreProperties>`)
	return s.String()
}

// stylesXML is word/styles.xml: Normal, Title, Heading 1 and 2 (with
// their Swedish names as aliases), List Bullet and the Hyperlink
// character style, in the document's language.
func stylesXML(l model.Language) string {
	return xmlHeader + `<w:styles xmlns:w="` + nsW + `">` +
		`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:cs="Liberation Sans"/>` +
		`<w:sz w:val="22"/><w:lang w:val="` + languageTag(l) + `"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
		`<w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:sz w:val="48"/></w:rPr></w:style>` +
		heading(1, "Rubrik 1", 32) + heading(2, "Rubrik 2", 26) +
		`<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
		`<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/><w:ind w:left="720" w:hanging="360"/></w:pPr></w:style>` +
		`<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>` +
		`</w:styles>`
}

// heading is the style of a heading of the level: id HeadingN, name
// "heading N", the Swedish name as an alias, bold at size half-points.
func heading(level int, alias string, size int) string {
	n := string(rune('0' + level))
	return `<w:style w:type="paragraph" w:styleId="Heading` + n + `"><w:name w:val="heading ` + n + `"/><w:aliases w:val="` + alias + `"/>` +
		`<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
		`<w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="` + string(rune('0'+level-1)) + `"/></w:pPr>` +
		`<w:rPr><w:b/><w:sz w:val="` + strconv.Itoa(size) + `"/></w:rPr></w:style>`
}

// escapeText makes s fit for XML 1.0 text and attribute values: &, <, >
// and " escaped, a line break a space, and the characters XML 1.0
// forbids (other control characters, U+FFFE, U+FFFF) and carriage returns
// dropped.
func escapeText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\n':
			b.WriteByte(' ')
		case r == '\t':
			b.WriteRune(r)
		case r < 0x20, r == '\r', r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
