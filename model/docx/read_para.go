package docx

import (
	"encoding/xml"
	"strings"
)

// xmlPPr is the part of a paragraph's properties Read needs.
type xmlPPr struct {
	Style xmlVal    `xml:"pStyle"`
	NumPr *xmlNumPr `xml:"numPr"`
}

// xmlRPr is the part of a run's properties Read needs.
type xmlRPr struct {
	Style  xmlVal  `xml:"rStyle"`
	B      *xmlVal `xml:"b"`
	Vanish *xmlVal `xml:"vanish"`
}

// paragraph reads the paragraph just started.
func (b *bodyReader) paragraph() (Paragraph, error) {
	var ppr xmlPPr
	pr := &paraReader{b: b}
	if err := pr.inline("", &ppr); err != nil {
		return Paragraph{}, err
	}
	st := b.styles.paragraph(ppr.Style.Val)
	p := Paragraph{StyleID: st.ID, StyleName: st.Name, Level: st.Level, Title: st.Title}
	numID, lvl := st.NumID, st.Ilvl
	if ppr.NumPr != nil && ppr.NumPr.NumID != nil {
		numID, lvl = ppr.NumPr.NumID.Val, ilvl(ppr.NumPr.Ilvl)
		if numID == "0" {
			numID = ""
		}
	} else if ppr.NumPr != nil && ppr.NumPr.Ilvl != nil {
		lvl = ilvl(ppr.NumPr.Ilvl)
	}
	if numID != "" {
		list, number := b.numbering.item(numID, lvl)
		p.Number = number
		p.List, p.ListLevel = list && p.Level == 0, lvl
	}
	for _, r := range pr.runs {
		bold := r.Bold == runBold || (r.Bold == runBoldFromStyle && st.Bold)
		if n := len(p.Runs); n > 0 && p.Runs[n-1].Bold == bold && p.Runs[n-1].URL == r.URL {
			p.Runs[n-1].Text += r.Text
			continue
		}
		p.Runs = append(p.Runs, Run{Text: r.Text, Bold: bold, URL: r.URL})
	}
	return p, nil
}

// How a run's boldness was set.
const (
	runBoldFromStyle = iota // as the paragraph's style says
	runBold
	runNotBold
)

type rawRun struct {
	Text string
	Bold int
	URL  string
}

// paraReader gathers a paragraph's runs.
type paraReader struct {
	b    *bodyReader
	runs []rawRun
}

// inline reads the content of the element just started, up to its end:
// runs, links and whatever holds them. ppr, when not nil, receives the
// paragraph's properties.
func (pr *paraReader) inline(url string, ppr *xmlPPr) error {
	b := pr.b
	for {
		tok, err := b.next()
		if err != nil {
			return unexpectedEOF(err)
		}
		var s xml.StartElement
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			s = t
		default:
			continue
		}
		switch s.Name.Local {
		case "pPr":
			if ppr == nil {
				err = b.skip()
			} else {
				err = b.decode(ppr, s)
			}
		case "r":
			err = pr.run(url)
		case "hyperlink":
			target := url
			for _, a := range s.Attr {
				if a.Name.Local == "id" {
					target = b.links[a.Value]
				}
			}
			err = pr.inline(target, nil)
		case "ins", "moveTo", "smartTag", "fldSimple", "sdt", "sdtContent", "customXml", "bdo", "dir":
			err = pr.inline(url, nil)
		default: // deleted text, bookmarks, comments' anchors, proofing marks, math
			err = b.skip()
		}
		if err != nil {
			return err
		}
	}
}

// run reads the run just started.
func (pr *paraReader) run(url string) error {
	b := pr.b
	var rpr xmlRPr
	var text strings.Builder
	for {
		tok, err := b.next()
		if err != nil {
			return unexpectedEOF(err)
		}
		var s xml.StartElement
		switch t := tok.(type) {
		case xml.EndElement:
			if rpr.Vanish != nil && isOn(rpr.Vanish.Val) {
				return nil // hidden text
			}
			bold := runBoldFromStyle
			switch {
			case rpr.B != nil && isOn(rpr.B.Val), rpr.B == nil && rpr.Style.Val != "" && b.styles.characterBold(rpr.Style.Val):
				bold = runBold
			case rpr.B != nil:
				bold = runNotBold
			}
			if text.Len() > 0 {
				pr.runs = append(pr.runs, rawRun{Text: text.String(), Bold: bold, URL: url})
			}
			return nil
		case xml.StartElement:
			s = t
		default:
			continue
		}
		switch s.Name.Local {
		case "rPr":
			err = b.decode(&rpr, s)
		case "t":
			var t string
			err = b.decode(&t, s)
			text.WriteString(cleanRunText(t))
		case "tab", "ptab":
			text.WriteString("\t")
			err = b.skip()
		case "br", "cr":
			text.WriteString("\n")
			err = b.skip()
		case "noBreakHyphen":
			text.WriteString("-")
			err = b.skip()
		case "footnoteReference", "endnoteReference":
			b.doc.Footnotes++
			err = b.skip()
		default: // soft hyphens, deleted text, field codes, drawings, text boxes
			err = b.skip()
		}
		if err != nil {
			return err
		}
	}
}

// cleanRunText turns the spaces that do not break into spaces and drops
// soft hyphens, so that text compares as typed.
var cleanRunText = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2007", " ", "\u00ad", "").Replace
