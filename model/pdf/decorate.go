package pdf

import "strconv"

// decorate draws page i of n's header and footer. It runs after the
// content, on each page in turn (gofpdf's SetPage), so the total is known
// without gofpdf's page-count alias, whose digits a font subset may lack.
// Every setting is made anew, since the page's own text left the drawing
// state as it happened to be.
func (d *docWriter) decorate(i, n int) {
	p := d.pdf
	p.SetFillColor(white.r, white.g, white.b)

	// Header: the body and the kind of document, and a line under them.
	d.font("B", 9.5, ink)
	p.Text(marginL, 14, d.body)
	p.Text(pageW-marginR-p.GetStringWidth(d.title), 14, d.title)
	d.font("", 8.5, muted)
	p.Text(marginL, 18.5, d.subLeft)
	p.Text(pageW-marginR-p.GetStringWidth(d.subRight), 18.5, d.subRight)
	p.SetDrawColor(faint.r, faint.g, faint.b)
	p.SetLineWidth(0.3)
	p.Line(marginL, 21, pageW-marginR, 21)

	if d.draft {
		p.SetFillColor(pink.r, pink.g, pink.b)
		p.SetDrawColor(red.r, red.g, red.b)
		p.SetLineWidth(0.4)
		p.Rect(marginL, 23.5, textW, 7, "FD")
		p.SetFillColor(white.r, white.g, white.b)
		d.font("B", 9.5, red)
		s := text(d.lang, "draft")
		p.Text(marginL+(textW-p.GetStringWidth(s))/2, 28.3, s)
		d.watermark()
	}

	// The § that runs on from the page before, in the § column.
	if n, ok := d.continued[i]; ok {
		d.font("B", 9, muted)
		p.Text(marginL, marginT+3.4, "§")
		p.Text(marginL+p.GetStringWidth("§")+1.6, marginT+3.4, strconv.Itoa(n))
		d.font("", 7.5, muted)
		p.Text(marginL, marginT+7, text(d.lang, "continued"))
	}

	// Footer: the document's id and when it was made, the page number,
	// and the adjuster's initials box.
	footY := pageH - 21
	p.SetDrawColor(faint.r, faint.g, faint.b)
	p.SetLineWidth(0.3)
	p.Line(marginL, footY, pageW-marginR, footY)
	d.font("", 8, muted)
	p.Text(marginL, footY+5, text(d.lang, "doc_id", d.man.DocID))
	p.Text(marginL, footY+9, "Styrgrupp · "+text(d.lang, "made_at", d.moment(d.made)))
	d.font("", 8.5, ink)
	page := text(d.lang, "page", i, n)
	if d.initials {
		p.Text((pageW-p.GetStringWidth(page))/2, footY+5, page)
		const boxW, boxH = 34.0, 12.5
		x, y := pageW-marginR-boxW, footY+2.5
		p.SetDrawColor(muted.r, muted.g, muted.b)
		p.SetLineWidth(0.3)
		p.Rect(x, y, boxW, boxH, "D")
		d.font("", 6.5, muted)
		p.Text(x+1.5, y+3, text(d.lang, "initials"))
	} else {
		p.Text(pageW-marginR-p.GetStringWidth(page), footY+5, page)
	}
}

// watermark writes "Utkast – ej justerat" large, faint and up the middle
// of the page, so that a draft is never taken for the signed minutes.
// It runs at a right angle: text readers (pdftotext, a search, a screen
// reader) drop diagonal text, and a draft must say what it is to them
// too.
func (d *docWriter) watermark() {
	p := d.pdf
	s := text(d.lang, "watermark")
	d.font("B", 54, red)
	p.SetAlpha(0.12, "Normal")
	cx, cy := pageW/2, pageH/2
	p.TransformBegin()
	p.TransformRotate(90, cx, cy)
	p.Text(cx-p.GetStringWidth(s)/2, cy+7, s)
	p.TransformEnd()
	p.SetAlpha(1, "Normal")
}
