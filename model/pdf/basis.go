package pdf

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// Basis writes the decision basis (beslutsunderlag) of one proposal to w:
// every field of in.Revision with its number and fingerprint, the
// decisions taken on the proposal so far and, with opts.Comments, its
// comments in threads. It returns the manifest written into the
// document's keywords, whose one entry (§ 0) is the revision printed.
func Basis(w io.Writer, in BasisInput, opts Options) (Manifest, error) {
	opts.Now = opts.now()
	rev, c := in.Revision, in.Revision.Content
	if rev.Number <= 0 || rev.Fingerprint == "" {
		return Manifest{}, fmt.Errorf("pdf: the revision of proposal %s is missing from the input", in.Proposal.Ref)
	}
	man := newManifest(KindBasis, 0, []Entry{{Ref: c.Ref, Revision: rev.Number, Fingerprint: rev.Fingerprint}}, opts)
	decisions := BasisDecisions(in)
	d, err := newDoc(opts, man, &decisions)
	if err != nil {
		return Manifest{}, err
	}
	l := d.lang
	d.x, d.w = marginL, textW
	d.title = text(l, "basis")
	d.subLeft = clean(c.Kind.Label(l) + " " + c.Ref)
	d.subRight = text(l, "proposal_rev", c.Ref, rev.Number)
	d.meta(text(l, "basis")+" "+c.Ref+" – "+c.Title,
		text(l, "proposal_rev", c.Ref, rev.Number)+", "+d.body, d.body)

	d.pdf.AddPage()
	d.titleBlock(text(l, "basis"), c.Ref+" "+c.Title)
	d.basisFields(in)
	for _, t := range []struct{ key, s string }{
		{"summary", c.Summary}, {"description", c.Description}, {"rationale", c.Rationale},
	} {
		if strings.TrimSpace(t.s) != "" {
			d.heading(fieldLabel(l, t.key))
			d.prose(t.s)
		}
	}
	d.evidence(c.Evidence)
	if len(c.RiskFactors) > 0 {
		d.heading(fieldLabel(l, "risk_factors"))
		d.bullets(d.x, d.w, c.RiskFactors)
	}
	if len(c.ProtectiveFactors) > 0 {
		d.heading(fieldLabel(l, "protective_factors"))
		d.bullets(d.x, d.w, c.ProtectiveFactors)
	}
	d.decisions(in)
	if opts.Comments {
		d.comments(in)
	}
	return man, d.finish(w)
}

// basisFields writes the proposal's short fields as a table. An area
// shows only those it has; an intervention shows all of them.
func (d *docWriter) basisFields(in BasisInput) {
	l, p, rev := d.lang, in.Proposal, in.Revision
	c := rev.Content
	kind := c.Kind.Label(l)
	if area := c.AreaRef(); area != "" {
		kind += " · " + text(l, "area") + " " + area
	}
	status := p.StatusLabel(l)
	version := strconv.Itoa(rev.Number)
	if !rev.CreatedAt.IsZero() {
		version = text(l, "revision_of", rev.Number, d.meetingDate(rev.CreatedAt))
	}
	type row struct {
		label, value string
		always       bool
	}
	field := func(name string) row {
		f, _ := model.FieldByName(name)
		return row{f.Label(l), f.Display(&c, l), false}
	}
	rows := []row{
		{fieldLabel(l, "ref"), c.Ref, true},
		field("registry_number"),
		{fieldLabel(l, "kind"), kind, true},
		{text(l, "status"), status, p.Status != ""},
		{text(l, "revision"), version, true},
		{text(l, "fingerprint_label"), strings.Join(fingerprintLines(rev.Fingerprint), "\n"), true},
		field("prevention_level"), field("problem_areas"), field("target_group"),
		field("responsible"), field("partners"),
		{text(l, "period"), period(l, c.Start, c.End), false},
		field("cost"), field("funding"),
	}
	for _, r := range rows {
		switch {
		case r.value != "":
			d.pair(marginL, labelW, textW, r.label, r.value, "")
		case r.always || c.Kind == model.KindIntervention:
			d.pair(marginL, labelW, textW, r.label, text(l, "none"), "")
		}
	}
}

// evidence writes the evidence grouped by kind, in the kinds' order.
func (d *docWriter) evidence(ev []model.Evidence) {
	if len(ev) == 0 {
		return
	}
	l := d.lang
	d.heading(fieldLabel(l, "evidence"))
	for _, kind := range model.EvidenceKinds {
		var items []string
		for _, e := range ev {
			if e.Kind != kind && (kind != model.EvidenceOther || slices.Contains(model.EvidenceKinds, e.Kind)) {
				continue
			}
			s := e.Citation
			if e.URL != "" {
				s += "\n" + e.URL
			}
			items = append(items, s)
		}
		if len(items) == 0 {
			continue
		}
		d.ensure(14)
		d.font("I", 9.5, muted)
		d.para(d.x, d.w, kind.Label(l))
		d.bullets(d.x, d.w, items)
		d.pdf.SetY(d.pdf.GetY() + 1)
	}
}
