package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
)

// proposalView shows one proposal's fields, read-only.
type proposalView struct {
	content fyne.CanvasObject
	text    *widget.RichText
	shown   model.Proposal
}

func newProposalView() *proposalView {
	v := &proposalView{text: widget.NewRichText()}
	v.text.Wrapping = fyne.TextWrapWord
	v.content = container.NewVScroll(container.NewPadded(v.text))
	v.showEmpty()
	return v
}

func (v *proposalView) showEmpty() {
	v.shown = model.Proposal{}
	v.text.Segments = []widget.RichTextSegment{paragraph(lang.L("detail.empty"))}
	v.text.Refresh()
}

// show fills the view with p's fields; empty fields are left out.
func (v *proposalView) show(p model.Proposal) {
	v.shown = p
	c := p.Content
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Text: c.Title, Style: widget.RichTextStyleHeading},
		&widget.TextSegment{Text: fmt.Sprintf("%s %s · %s · %s", c.Kind.Label(current), c.Ref,
			statusText(p), lang.L("detail.revision", map[string]any{"N": p.Revision})), Style: widget.RichTextStyleSubHeading},
	}
	field := func(key, value string) {
		if strings.TrimSpace(value) == "" {
			return
		}
		segs = append(segs, &widget.TextSegment{Text: lang.L(key), Style: strongStyle()}, paragraph(value))
	}
	field("field.summary", c.Summary)
	field("field.description", c.Description)
	field("field.rationale", c.Rationale)
	field("field.target_group", c.TargetGroup)
	field("field.responsible", c.Responsible)
	field("field.partners", strings.Join(c.Partners, ", "))
	field("field.period", formatPeriod(c.Start, c.End))
	field("field.cost", formatMoney(c.Cost))
	field("field.funding", c.Funding)
	if c.PreventionLevel != "" {
		field("field.prevention_level", c.PreventionLevel.Label(current))
	}
	var areas []string
	for _, a := range c.ProblemAreas {
		areas = append(areas, a.Label(current))
	}
	field("field.problem_areas", strings.Join(areas, ", "))
	field("field.risk_factors", bullets(c.RiskFactors))
	field("field.protective_factors", bullets(c.ProtectiveFactors))
	var evidence []string
	for _, e := range c.Evidence {
		line := e.Kind.Label(current) + ": " + e.Citation
		if e.URL != "" {
			line += " (" + e.URL + ")"
		}
		evidence = append(evidence, line)
	}
	field("field.evidence", bullets(evidence))
	field("field.fingerprint", model.ShortFingerprint(p.Fingerprint))
	v.text.Segments = segs
	v.text.Refresh()
	if s, ok := v.content.(*container.Scroll); ok {
		s.ScrollToTop()
	}
}

func paragraph(s string) *widget.TextSegment {
	return &widget.TextSegment{Text: s, Style: widget.RichTextStyleParagraph}
}

func strongStyle() widget.RichTextStyle {
	s := widget.RichTextStyleStrong
	s.Inline = false
	return s
}

func bullets(items []string) string {
	if len(items) == 0 {
		return ""
	}
	return "• " + strings.Join(items, "\n• ")
}
