package pdf

import (
	"github.com/styrgrupp/styrgrupp/model"
)

// sigW is the width of one signature: half the text column.
const sigW = textW / 2

// signatures writes the signature block: the secretary's, then the
// chair's and the adjuster's side by side, each with a line to sign on,
// the name under it and, once signed off, when.
func (d *docWriter) signatures(in MinutesInput) {
	m, l := in.Meeting, d.lang
	d.gap(8)
	d.ensure(80)
	d.font("B", 11, ink)
	d.para(marginL, textW, text(l, "signatures"))
	d.gap(3)
	y := d.pdf.GetY()
	d.signature(marginL, y, model.RoleSecretary, memberName(in.Members, m.SecretaryID), nil)
	y += 30
	chair, adjuster := signOff(m, model.RoleChair), signOff(m, model.RoleAdjuster)
	d.signature(marginL, y, model.RoleChair, memberName(in.Members, m.ChairID), chair)
	d.signature(marginL+sigW, y, model.RoleAdjuster, memberName(in.Members, m.AdjusterID), adjuster)
	d.pdf.SetY(y + 34)
}

// signOff returns the meeting's sign-off in role, or nil.
func signOff(m model.Meeting, role model.Role) *model.SignOff {
	for i := range m.SignOffs {
		if m.SignOffs[i].Role == role {
			return &m.SignOffs[i]
		}
	}
	return nil
}

// signature writes one signature at (x, y): the role, a line, the name,
// and the sign-off when one is given (the secretary, who does not sign
// off, is given none).
func (d *docWriter) signature(x, y float64, role model.Role, name string, s *model.SignOff) {
	p := d.pdf
	d.font("", 8.5, muted)
	p.Text(x, y+3, role.Label(d.lang))
	p.SetDrawColor(muted.r, muted.g, muted.b)
	p.SetLineWidth(0.3)
	p.Line(x, y+16, x+sigW-12, y+16)
	d.font("", 10, ink)
	p.Text(x, y+20.5, clean(name))
	if role == model.RoleSecretary {
		return
	}
	if s == nil {
		d.font("I", 8.5, muted)
		p.Text(x, y+25, text(d.lang, "not_signed"))
		return
	}
	d.font("", 8.5, muted)
	p.Text(x, y+25, text(d.lang, "signed_at", d.moment(s.SignedAt)))
	if s.Signer != "" {
		d.font("", 7.5, muted)
		p.SetXY(x, y+26.3)
		p.MultiCell(sigW-12, 3.3, clean(text(d.lang, "signed_with", s.Signer)), "", "L", false)
	}
}
