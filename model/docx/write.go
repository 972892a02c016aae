package docx

import (
	"archive/zip"
	"io"
	"slices"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// Options say how a written document is titled and in which language its
// labels and texts are.
type Options struct {
	Language model.Language // the labels' language: Swedish unless English
	Title    string         // the Title paragraph and the document's title property
	Created  time.Time      // the document's creation time property
	Intro    []string       // paragraphs before the first heading
}

// zipTime is the time every part of the zip carries, so that the same
// proposals give the same bytes.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// Write writes the proposals as a Word document in the template's form:
// each area a Heading 1 and each intervention a Heading 2 under its area
// ("1.1 Utökade hembesök"), then every field of model.Fields that the
// heading does not hold, starting with its import column name in bold and
// a colon. The proposals are written in the order of their refs; the same
// proposals and options give the same bytes.
func Write(w io.Writer, proposals []model.Content, o Options) error {
	ps := slices.Clone(proposals)
	slices.SortStableFunc(ps, func(a, b model.Content) int { return model.CompareRefs(a.Ref, b.Ref) })
	b := newBody(o.Language)
	if o.Title != "" {
		b.paragraph(styleTitle, run{text: o.Title})
	}
	for _, p := range o.Intro {
		b.text(styleNormal, p)
	}
	for i := range ps {
		b.proposal(&ps[i])
	}
	return writeParts(w, []part{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", packageRels},
		{"docProps/core.xml", coreXML(o)},
		{"word/document.xml", b.document()},
		{"word/styles.xml", stylesXML(o.Language)},
		{"word/numbering.xml", numberingXML},
		{"word/_rels/document.xml.rels", b.relationships()},
	})
}

// part is one file of the zip.
type part struct {
	name string
	data string
}

// writeParts zips the parts in their order, each with the fixed time.
func writeParts(w io.Writer, parts []part) error {
	z := zip.NewWriter(w)
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.data); err != nil {
			return err
		}
	}
	return z.Close()
}
