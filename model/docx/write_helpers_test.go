package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
)

// writtenRun is a run of a written paragraph as the tests read it back.
type writtenRun struct {
	text string
	bold bool
	link string // the hyperlink's relationship id
}

// writtenParagraph is a paragraph of word/document.xml read back.
type writtenParagraph struct {
	style    string
	numbered bool
	runs     []writtenRun
}

func (p writtenParagraph) text() string {
	var b strings.Builder
	for _, r := range p.runs {
		b.WriteString(r.text)
	}
	return b.String()
}

// writeDemo writes the demo programme's proposals in l.
func writeDemo(t *testing.T, l model.Language) ([]model.Content, []byte) {
	t.Helper()
	ps := writeDemoProgramme(t)
	var buf bytes.Buffer
	if err := Write(&buf, ps, Options{Language: l, Title: ExportTitle(l), Created: time.Date(2026, 12, 7, 9, 30, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	return ps, buf.Bytes()
}

func writeDemoProgramme(t *testing.T) []model.Content {
	t.Helper()
	p, _, err := demo.Read(assets.Demo)
	if err != nil {
		t.Fatal(err)
	}
	return p.Proposals
}

// writtenParts unzips a written document.
func writtenParts(t *testing.T, doc []byte) map[string][]byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(doc), int64(len(doc)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		out[f.Name] = b
	}
	return out
}

// writtenParagraphs parses word/document.xml with encoding/xml.
func writtenParagraphs(t *testing.T, doc []byte) []writtenParagraph {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(writtenParts(t, doc)["word/document.xml"]))
	var out []writtenParagraph
	var p *writtenParagraph
	var r *writtenRun
	link, inText := "", false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("word/document.xml: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "p":
				out = append(out, writtenParagraph{})
				p = &out[len(out)-1]
			case "pStyle":
				p.style = attr(e, "val")
			case "numPr":
				p.numbered = true
			case "hyperlink":
				link = attr(e, "id")
			case "r":
				p.runs = append(p.runs, writtenRun{link: link})
				r = &p.runs[len(p.runs)-1]
			case "b":
				r.bold = true
			case "tab":
				r.text += "\t"
			case "t":
				inText = true
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "hyperlink":
				link = ""
			case "t":
				inText = false
			}
		case xml.CharData:
			if inText {
				r.text += string(e)
			}
		}
	}
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// fieldTexts reads the fields of each heading's proposal back as text:
// a bold label ends with ":", its value follows in the paragraph or in
// the paragraphs up to the next label, a line each. The key is the
// heading's text.
func fieldTexts(ps []writtenParagraph) map[string]map[string]string {
	out := map[string]map[string]string{}
	var fields map[string]string
	label := ""
	for _, p := range ps {
		switch {
		case p.style == styleHeading1 || p.style == styleHeading2:
			fields = map[string]string{}
			out[p.text()] = fields
			label = ""
		case fields == nil:
		case len(p.runs) > 0 && p.runs[0].bold && strings.HasSuffix(p.runs[0].text, ":"):
			label = strings.TrimSuffix(p.runs[0].text, ":")
			fields[label] = strings.TrimPrefix(p.text()[len(p.runs[0].text):], " ")
		case label != "":
			if fields[label] != "" || p.text() == "" {
				fields[label] += "\n"
			}
			fields[label] += p.text()
		}
	}
	return out
}
