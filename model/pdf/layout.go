package pdf

import (
	"io"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"github.com/styrgrupp/styrgrupp/model"
)

// The page, in millimetres: A4 with room for the header and footer that
// finish draws on every page.
const (
	pageW    = 210.0
	pageH    = 297.0
	marginL  = 25.0
	marginR  = 20.0
	marginT  = 34.0
	marginB  = 28.0
	textW    = pageW - marginL - marginR
	labelW   = 48.0             // the label column of a front page
	indent   = 20.0             // the § column
	contentX = marginL + indent // where a § and its parts begin
	contentW = pageW - contentX - marginR
	ptToMM   = 25.4 / 72
)

type rgb struct{ r, g, b int }

var (
	ink   = rgb{0x1f, 0x23, 0x28}
	muted = rgb{0x5f, 0x66, 0x6d}
	faint = rgb{0xb8, 0xbe, 0xc4}
	red   = rgb{0xb0, 0x24, 0x18}
	pink  = rgb{0xfc, 0xec, 0xea}
	white = rgb{0xff, 0xff, 0xff}
)

// docWriter is one document being written: gofpdf with the document's
// language, time zone and running header and footer.
type docWriter struct {
	pdf  *gofpdf.Fpdf
	lang model.Language
	loc  *time.Location
	man  Manifest
	made time.Time
	body string

	title    string // the kind of document, top right of every page
	subLeft  string // the header's second line, left
	subRight string // and right
	draft    bool   // print the draft marker on every page
	initials bool   // an initials box for the adjuster in the footer
	sizePt   float64
	x, w     float64 // the column headings and prose are written in
	// continued maps a page to the § that runs on to it from the page
	// before, which the page's margin names.
	continued map[int]int
}

// newDoc starts an A4 document with the fonts and the metadata every
// document has and, when decisions is not nil, those decisions embedded
// as AttachmentName.
func newDoc(opts Options, man Manifest, decisions *model.Export) (*docWriter, error) {
	p := gofpdf.New("P", "mm", "A4", "")
	d := &docWriter{pdf: p, lang: opts.language(), loc: opts.location(), man: man, body: clean(opts.body()),
		x: contentX, w: contentW, continued: map[int]int{}}
	d.made = opts.now().In(d.loc)
	p.SetMargins(marginL, marginT, marginR)
	p.SetAutoPageBreak(true, marginB)
	p.SetCellMargin(0)
	p.SetCatalogSort(true) // the same input gives the same bytes
	if err := addFonts(p); err != nil {
		return nil, err
	}
	p.SetCreator("Styrgrupp", true)
	p.SetProducer("Styrgrupp (gofpdf 1.16.2)", true)
	// gofpdf writes the dates without a zone, which readers take as UTC.
	p.SetCreationDate(d.made.UTC())
	p.SetModificationDate(d.made.UTC())
	p.SetKeywords(man.String(), true)
	p.SetDisplayMode("fullwidth", "continuous")
	if decisions != nil {
		if err := d.attach(*decisions); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// meta sets the document's title, subject and author.
func (d *docWriter) meta(title, subject, author string) {
	d.pdf.SetTitle(clean(title), true)
	d.pdf.SetSubject(clean(subject), true)
	d.pdf.SetAuthor(clean(author), true)
}

func (d *docWriter) font(style string, sizePt float64, c rgb) {
	d.pdf.SetFont(family, style, sizePt)
	d.pdf.SetTextColor(c.r, c.g, c.b)
	d.sizePt = sizePt
}

// lineH is the line height for the current font: 1.4 times its size.
func (d *docWriter) lineH() float64 { return d.sizePt * ptToMM * 1.4 }

// room tells how much of the page is left below the current position.
func (d *docWriter) room() float64 { return pageH - marginB - d.pdf.GetY() }

// ensure starts a new page unless h millimetres are left on this one,
// so that a heading is not left alone at the foot of a page.
func (d *docWriter) ensure(h float64) {
	if d.room() < h {
		d.pdf.AddPage()
	}
}

// gap leaves h millimetres of space, except at the top of a page.
func (d *docWriter) gap(h float64) {
	if y := d.pdf.GetY(); y > marginT+0.01 {
		d.pdf.SetY(y + h)
	}
}

// para writes text at x, wrapped to width w, in the current font.
func (d *docWriter) para(x, w float64, s string) {
	if s = flow(s); s == "" {
		return
	}
	d.pdf.SetX(x)
	d.pdf.MultiCell(w, d.lineH(), s, "", "L", false)
}

// heading writes a part's heading in the text column, kept with the first
// lines of what follows it.
func (d *docWriter) heading(s string) {
	d.gap(3)
	d.ensure(16)
	d.font("B", 10, ink)
	d.para(d.x, d.w, s)
	d.pdf.SetY(d.pdf.GetY() + 0.6)
}

// prose writes running text in the text column.
func (d *docWriter) prose(s string) {
	d.font("", 10, ink)
	d.para(d.x, d.w, s)
}

// pair writes a label at x and its value beside it at x+lw, both
// wrapped; the next line starts below the longer of the two.
func (d *docWriter) pair(x, lw, w float64, label string, value string, valueStyle string) {
	y, page, yLabel := d.pairLabel(x, lw, label)
	p := d.pdf
	d.font(valueStyle, 10, ink)
	p.SetXY(x+lw, y)
	p.MultiCell(w-lw, d.lineH(), flow(value), "", "L", false)
	d.pairEnd(page, yLabel)
}

// pairLabel starts a pair: it writes the label at x in a column lw wide
// and returns where the row began (y on page) and where the label ends.
func (d *docWriter) pairLabel(x, lw float64, label string) (y float64, page int, yLabel float64) {
	d.ensure(10)
	p := d.pdf
	y, page = p.GetY(), p.PageNo()
	d.font("", 9, muted)
	p.SetXY(x, y+0.35)
	p.MultiCell(lw-3, d.lineH()+0.15, clean(label), "", "L", false)
	return y, page, p.GetY()
}

// pairEnd ends a pair below the longer of its label (which ended at
// yLabel on page) and its value, with a little space.
func (d *docWriter) pairEnd(page int, yLabel float64) {
	p := d.pdf
	if p.PageNo() == page && yLabel > p.GetY() {
		p.SetY(yLabel)
	}
	p.SetY(p.GetY() + 1.2)
}

// bullets writes a list at x, each entry with a hanging bullet.
func (d *docWriter) bullets(x, w float64, items []string) {
	d.font("", 10, ink)
	for _, it := range items {
		if it = flow(it); it == "" {
			continue
		}
		d.ensure(d.lineH())
		y := d.pdf.GetY()
		d.pdf.SetXY(x, y)
		d.pdf.CellFormat(4, d.lineH(), "•", "", 0, "L", false, 0, "")
		d.pdf.SetXY(x+4, y)
		d.pdf.MultiCell(w-4, d.lineH(), it, "", "L", false)
	}
}

// rule draws a thin line across the text column at the current position.
func (d *docWriter) rule(x1, x2 float64) {
	d.pdf.SetDrawColor(faint.r, faint.g, faint.b)
	d.pdf.SetLineWidth(0.25)
	y := d.pdf.GetY()
	d.pdf.Line(x1, y, x2, y)
}

// fingerprint writes a revision's fingerprint in groups of four digits.
func (d *docWriter) fingerprint(x, w float64, fp string) {
	d.font("", 8.5, muted)
	d.para(x, w, text(d.lang, "fingerprint"))
	d.font("", 9.5, ink)
	d.para(x, w, strings.Join(fingerprintLines(fp), "\n"))
}

// finish draws the header and footer on every page, now that their
// number is known, and writes the document to w.
func (d *docWriter) finish(w io.Writer) error {
	if err := d.pdf.Error(); err != nil {
		return err
	}
	n := d.pdf.PageCount()
	d.pdf.SetAutoPageBreak(false, 0)
	for i := 1; i <= n; i++ {
		d.pdf.SetPage(i)
		d.decorate(i, n)
	}
	if err := d.pdf.Error(); err != nil {
		return err
	}
	return d.pdf.Output(w)
}
