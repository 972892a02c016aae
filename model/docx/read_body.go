package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// Document is a Word document's text in reading order.
type Document struct {
	Paragraphs []Paragraph
	// Footnotes counts the footnote and endnote references in the body;
	// their text is not read.
	Footnotes int
}

// Paragraph is one paragraph of the body, or of a table's cell.
type Paragraph struct {
	StyleID, StyleName string
	Level              int    // a heading's level, 1–9; 0 for a paragraph that is none
	Title              bool   // in the style Title (Titel)
	List               bool   // an item of a numbered or bulleted list
	ListLevel          int    // the item's level in its list, from 0
	Number             string // the number the numbering shows before it, when all digits: "2.3"
	// TableLabel marks the first cell of a row of a two-column table,
	// which names what the second cell holds.
	TableLabel bool
	Runs       []Run
}

// Run is a stretch of a paragraph's text with one look.
type Run struct {
	Text string
	Bold bool
	URL  string // the address of the link the text is, "" for none
}

// Text returns the paragraph's text, with each link's address after the
// link's text (unless the text shows an address itself: what the reader
// sees wins, as an office suite may rewrite the target, adding a "/"), so
// an evidence item written as a link keeps its link.
func (p Paragraph) Text() string {
	var b strings.Builder
	for i, r := range p.Runs {
		b.WriteString(r.Text)
		if r.URL == "" || (i+1 < len(p.Runs) && p.Runs[i+1].URL == r.URL) {
			continue
		}
		linkText := r.Text
		for j := i - 1; j >= 0 && p.Runs[j].URL == r.URL; j-- {
			linkText = p.Runs[j].Text + linkText
		}
		if !strings.Contains(linkText, r.URL) && !showsAddress(linkText) {
			b.WriteString(" " + r.URL)
		}
	}
	return b.String()
}

// showsAddress tells whether a link's text is itself a web address.
func showsAddress(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	return (strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://")) && !strings.ContainsAny(t, " \t")
}

// bodyReader reads word/document.xml token by token.
type bodyReader struct {
	styles    *styleSheet
	numbering *numbering
	links     map[string]string
	depth     int

	d     *xml.Decoder
	level int
	doc   Document
}

func (b *bodyReader) read(data []byte) error {
	b.d = xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := b.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if s, ok := tok.(xml.StartElement); ok && s.Name.Local == "body" {
			ps, err := b.blocks()
			b.doc.Paragraphs = ps
			return err
		}
	}
}

// next returns the next token, keeping count of how deep it is.
func (b *bodyReader) next() (xml.Token, error) {
	tok, err := b.d.Token()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, err
		}
		return nil, &Error{Reason: Damaged, Part: "word/document.xml", Detail: err.Error()}
	}
	switch tok.(type) {
	case xml.StartElement:
		if b.level++; b.level > b.depth {
			return nil, &Error{Reason: TooDeep, Part: "word/document.xml", Detail: "elements nested more than " + strconv.Itoa(b.depth) + " deep"}
		}
	case xml.EndElement:
		b.level--
	}
	return tok, nil
}

// skip passes over the rest of the element just started.
func (b *bodyReader) skip() error {
	for {
		tok, err := b.next()
		if err != nil {
			return unexpectedEOF(err)
		}
		switch tok.(type) {
		case xml.StartElement:
			if err := b.skip(); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

func unexpectedEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return &Error{Reason: Damaged, Part: "word/document.xml", Detail: "the part ends inside an element"}
	}
	return err
}

// decode reads the element just started into v.
func (b *bodyReader) decode(v any, start xml.StartElement) error {
	if err := b.d.DecodeElement(v, &start); err != nil {
		return &Error{Reason: Damaged, Part: "word/document.xml", Detail: err.Error()}
	}
	b.level--
	return nil
}

// blocks reads the paragraphs and tables up to the end of the element
// just started; any element around them (a content control, a tracked
// insertion) is looked through.
func (b *bodyReader) blocks() ([]Paragraph, error) {
	var out []Paragraph
	for {
		tok, err := b.next()
		if err != nil {
			return out, unexpectedEOF(err)
		}
		var s xml.StartElement
		switch t := tok.(type) {
		case xml.EndElement:
			return out, nil
		case xml.StartElement:
			s = t
		default:
			continue
		}
		switch s.Name.Local {
		case "p":
			p, err := b.paragraph()
			if err != nil {
				return out, err
			}
			out = append(out, p)
		case "tbl":
			ps, err := b.table()
			if err != nil {
				return out, err
			}
			out = append(out, ps...)
		case "del", "moveFrom", "sectPr", "tblPr", "tblGrid", "trPr", "tcPr", "sdtPr", "sdtEndPr":
			err = b.skip()
		default:
			var ps []Paragraph
			ps, err = b.blocks()
			out = append(out, ps...)
		}
		if err != nil {
			return out, err
		}
	}
}

// table reads a table: a two-column one as label and value paragraphs,
// any other as its cells' paragraphs in order.
func (b *bodyReader) table() ([]Paragraph, error) {
	var rows [][][]Paragraph
	var readRows func() error
	readRows = func() error {
		for {
			tok, err := b.next()
			if err != nil {
				return unexpectedEOF(err)
			}
			switch t := tok.(type) {
			case xml.EndElement:
				return nil
			case xml.StartElement:
				switch t.Name.Local {
				case "tr":
					cells, err := b.cells()
					if err != nil {
						return err
					}
					rows = append(rows, cells)
				case "sdt", "sdtContent", "customXml", "ins", "moveTo":
					err = readRows()
				default:
					err = b.skip()
				}
				if err != nil {
					return err
				}
			}
		}
	}
	if err := readRows(); err != nil {
		return nil, err
	}
	pairs := len(rows) > 0
	for _, r := range rows {
		pairs = pairs && len(r) == 2
	}
	var out []Paragraph
	for _, r := range rows {
		for i, cell := range r {
			if pairs && i == 0 {
				if label := cellText(cell); label != "" {
					out = append(out, Paragraph{TableLabel: true, Runs: []Run{{Text: label, Bold: true}}})
				}
				continue
			}
			out = append(out, cell...)
		}
	}
	return out, nil
}

// cells reads a table row's cells, each as its paragraphs.
func (b *bodyReader) cells() ([][]Paragraph, error) {
	var out [][]Paragraph
	for {
		tok, err := b.next()
		if err != nil {
			return out, unexpectedEOF(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return out, nil
		case xml.StartElement:
			switch t.Name.Local {
			case "tc":
				ps, err := b.blocks()
				if err != nil {
					return out, err
				}
				out = append(out, ps)
			case "sdt", "sdtContent", "customXml":
				more, err := b.cells()
				if err != nil {
					return out, err
				}
				out = append(out, more...)
			default:
				if err := b.skip(); err != nil {
					return out, err
				}
			}
		}
	}
}

// cellText is a cell's text on one line.
func cellText(ps []Paragraph) string {
	var parts []string
	for _, p := range ps {
		if t := strings.TrimSpace(p.Text()); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}
