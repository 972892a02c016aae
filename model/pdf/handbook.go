package pdf

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/handbook"
)

// Handbook writes the user's handbook in l (docs/handbok.md or
// handbook.md) as a PDF: the title and a table of contents whose lines
// link to the sections, then each "##" section from the top of a page,
// with its "###" parts, paragraphs, lists, bold text, links and
// screenshots, every section in the outline (bookmarks). With open the
// anchor of a section (handbook.Topic.Anchor), the PDF opens at that
// section; an anchor the handbook lacks is an error.
func Handbook(l model.Language, open string) ([]byte, error) {
	blocks, err := handbook.Blocks(l)
	if err != nil {
		return nil, err
	}
	h := &handbookWriter{lang: l, links: map[string]int{}, pages: map[string]int{}}
	h.pdf = gofpdf.New("P", "mm", "A4", "")
	p := h.pdf
	p.SetMargins(marginL, 24, marginR)
	p.SetAutoPageBreak(true, marginB)
	p.SetCellMargin(0)
	p.SetCatalogSort(true)
	if err := addFonts(p); err != nil {
		return nil, err
	}
	p.SetCreator("Styrgrupp", true)
	p.SetProducer("Styrgrupp (gofpdf 1.16.2)", true)
	p.SetDisplayMode("fullwidth", "continuous")
	for _, b := range blocks {
		if b.Kind == handbook.Heading {
			h.links[b.Slug] = p.AddLink()
		}
	}
	if open != "" && h.links[open] == 0 {
		return nil, fmt.Errorf("pdf: the handbook (%s) has no section %q", handbook.File(l), open)
	}
	for i, b := range blocks {
		h.block(b, blocks[i+1:])
	}
	h.footers()
	if err := p.Error(); err != nil {
		return nil, fmt.Errorf("pdf: handbook: %w", err)
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		return nil, fmt.Errorf("pdf: handbook: %w", err)
	}
	if open == "" {
		return buf.Bytes(), nil
	}
	return openAt(buf.Bytes(), h.pages[open], h.tops[open])
}

// handbookWriter lays out the handbook's blocks.
type handbookWriter struct {
	pdf    *gofpdf.Fpdf
	lang   model.Language
	links  map[string]int     // a heading's anchor → its gofpdf link
	pages  map[string]int     // a heading's anchor → the page it is on
	tops   map[string]float64 // … and its distance from the top of the page, mm
	title  bool               // the title is written
	listed bool               // the table of contents is written
}

// block writes one block; rest are the blocks after it (the table of
// contents, after the title's introduction, lists their sections).
func (h *handbookWriter) block(b handbook.Block, rest []handbook.Block) {
	p := h.pdf
	switch b.Kind {
	case handbook.Heading:
		h.heading(b, rest)
	case handbook.Paragraph:
		h.font("", 10.5, ink)
		h.spans(b.Text, 5.6)
		p.Ln(8)
	case handbook.Bullet, handbook.Numbered:
		mark := "•"
		if b.Kind == handbook.Numbered {
			mark = strconv.Itoa(b.Num) + "."
		}
		h.font("", 10.5, ink)
		p.Text(marginL+1, p.GetY()+4.2, mark)
		p.SetLeftMargin(marginL + 7)
		p.SetX(marginL + 7)
		h.spans(b.Text, 5.6)
		p.SetLeftMargin(marginL)
		p.Ln(7)
	case handbook.Image:
		h.image(b)
	}
}

// heading writes a heading: "#" is the document's title; "##" starts a
// page, and the first one ends the title page with the table of
// contents; "###" is a part of a section.
func (h *handbookWriter) heading(b handbook.Block, rest []handbook.Block) {
	p := h.pdf
	text := handbookClean(handbook.Plain(b.Text))
	switch {
	case b.Level == 1 && !h.title:
		h.title = true
		p.AddPage()
		h.mark(b)
		h.font("B", 22, ink)
		p.MultiCell(textW, 10, text, "", "L", false)
		p.SetTitle(text, true)
		p.Ln(4)
		return
	case b.Level <= 2:
		if h.title && !h.listed {
			h.listed = true
			h.contents(append([]handbook.Block{b}, rest...))
		}
		p.AddPage()
		h.mark(b)
		p.Bookmark(text, 0, -1)
		h.font("B", 17, ink)
		p.MultiCell(textW, 8, text, "", "L", false)
		p.SetDrawColor(faint.r, faint.g, faint.b)
		p.SetLineWidth(0.3)
		p.Line(marginL, p.GetY()+1.5, pageW-marginR, p.GetY()+1.5)
		p.Ln(6)
	default:
		if pageH-marginB-p.GetY() < 30 {
			p.AddPage()
		}
		p.Ln(2)
		h.mark(b)
		p.Bookmark(text, 1, -1)
		h.font("B", 12.5, ink)
		p.MultiCell(textW, 6.5, text, "", "L", false)
		p.Ln(2)
	}
}

// mark records where b's section starts and points its link there.
func (h *handbookWriter) mark(b handbook.Block) {
	p := h.pdf
	if h.tops == nil {
		h.tops = map[string]float64{}
	}
	h.pages[b.Slug], h.tops[b.Slug] = p.PageNo(), p.GetY()
	p.SetLink(h.links[b.Slug], p.GetY(), p.PageNo())
}

// contents lists the "##" sections of rest and their "###" parts, each
// a link to where it starts.
func (h *handbookWriter) contents(rest []handbook.Block) {
	p := h.pdf
	h.font("B", 12.5, ink)
	p.MultiCell(textW, 6.5, text(h.lang, "handbook_contents"), "", "L", false)
	p.Ln(2)
	for _, b := range rest {
		if b.Kind != handbook.Heading || b.Level < 2 || b.Level > 3 {
			continue
		}
		h.font("", 10.5, linkBlue)
		if b.Level == 3 {
			h.font("", 9.5, linkBlue)
			p.SetX(marginL + 6)
		}
		p.WriteLinkID(5.6, handbookClean(handbook.Plain(b.Text)), h.links[b.Slug])
		p.Ln(5.6)
	}
	p.Ln(6)
}

// linkBlue is the colour of a link.
var linkBlue = rgb{0x1a, 0x5f, 0xb4}

// spans writes text with its bold, code and link runs, wrapped at the
// right margin, in lines lineH high.
func (h *handbookWriter) spans(s string, lineH float64) {
	p := h.pdf
	for _, sp := range handbook.Spans(s) {
		t := strings.ReplaceAll(handbookClean(sp.Text), "- ", "-\u00a0")
		style := ""
		if sp.Bold {
			style = "B"
		}
		switch {
		case strings.HasPrefix(sp.Link, "#"):
			h.font(style, 10.5, linkBlue)
			if id := h.links[sp.Link[1:]]; id != 0 {
				p.WriteLinkID(lineH, t, id)
			} else {
				p.Write(lineH, t)
			}
		case sp.Link != "":
			h.font(style, 10.5, linkBlue)
			p.WriteLinkString(lineH, t, sp.Link)
		case sp.Code:
			h.font("B", 10, muted)
			p.Write(lineH, t)
		default:
			h.font(style, 10.5, ink)
			p.Write(lineH, t)
		}
	}
	h.font("", 10.5, ink)
}

// image writes a screenshot across the text's width, on the next page if
// it does not fit on this one, with its alternative text under it.
func (h *handbookWriter) image(b handbook.Block) {
	p := h.pdf
	data, err := handbook.ImageData(b.Src)
	if err != nil {
		p.SetError(err)
		return
	}
	info := p.RegisterImageOptionsReader(b.Src, gofpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(data))
	if info == nil || p.Error() != nil {
		return
	}
	w := textW
	ht := info.Height() / info.Width() * w
	if maxH := pageH - marginB - 24 - 12; ht > maxH {
		ht, w = maxH, maxH*info.Width()/info.Height()
	}
	if pageH-marginB-p.GetY() < ht+10 {
		p.AddPage()
	}
	y := p.GetY()
	p.ImageOptions(b.Src, marginL, y, w, ht, false, gofpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	p.SetDrawColor(faint.r, faint.g, faint.b)
	p.SetLineWidth(0.2)
	p.Rect(marginL, y, w, ht, "D")
	p.SetY(y + ht + 1.5)
	if b.Text != "" {
		h.font("I", 8.5, muted)
		p.MultiCell(textW, 4.5, handbookClean(b.Text), "", "L", false)
	}
	p.Ln(5)
}

// footers writes "Sida N av M" at the foot of every page.
func (h *handbookWriter) footers() {
	p := h.pdf
	n := p.PageCount()
	p.SetAutoPageBreak(false, 0)
	for i := 1; i <= n; i++ {
		p.SetPage(i)
		h.font("", 8.5, muted)
		s := text(h.lang, "page", i, n)
		p.Text(pageW-marginR-p.GetStringWidth(s), pageH-14, s)
		s = text(h.lang, "handbook_title")
		p.Text(marginL, pageH-14, s)
	}
}

// handbookClean is clean with the menu paths' arrow ("Arkiv → Importera")
// written as "›", which the font has.
func handbookClean(s string) string { return clean(strings.ReplaceAll(s, "→", "›")) }

func (h *handbookWriter) font(style string, sizePt float64, c rgb) {
	h.pdf.SetFont(family, style, sizePt)
	h.pdf.SetTextColor(c.r, c.g, c.b)
}

// handbookLabels are the handbook's own words; they join labels.
var handbookLabels = map[model.Language]map[string]string{
	model.Swedish: {"handbook_title": "Styrgrupp – handbok", "handbook_contents": "Innehåll"},
	model.English: {"handbook_title": "Styrgrupp – handbook", "handbook_contents": "Contents"},
}

func init() { addLabels(handbookLabels) }
