package pdf

import "strings"

// minPeoplePt is the smallest size a person's line on a front page is set
// in to keep it on one line.
const minPeoplePt = 7.5

// people writes a front page's list of people beside its label, a person
// a line (model.PersonLine: the name, and the title after an en dash). A
// list with a line too long for the column at 10 pt is set smaller, down
// to minPeoplePt, rather than broken, so that each person reads as one line,
// in the PDF as in the text pdftotext gives back; only a line too long
// even then wraps.
func (d *docWriter) people(label, value string) {
	if value == "" {
		value = text(d.lang, "none")
	}
	y, page, yLabel := d.pairLabel(marginL, labelW, label)
	p := d.pdf
	p.SetY(y)
	w := textW - labelW
	h := 10 * ptToMM * 1.4 // a row as high as at 10 pt, whatever the size
	// One size for the whole list, so its lines look alike.
	var lines []string
	size := 10.0
	d.font("", 10, ink)
	for _, line := range strings.Split(value, "\n") {
		if line = flow(line); line != "" {
			lines = append(lines, line)
			if width := p.GetStringWidth(line); width > w {
				size = min(size, max(minPeoplePt, 10*w/width-0.05))
			}
		}
	}
	d.font("", size, ink)
	for _, line := range lines {
		d.ensure(h)
		p.SetX(marginL + labelW)
		if p.GetStringWidth(line) <= w {
			p.CellFormat(w, h, line, "", 1, "L", false, 0, "")
		} else {
			p.MultiCell(w, h, line, "", "L", false)
		}
	}
	d.pairEnd(page, yLabel)
}
