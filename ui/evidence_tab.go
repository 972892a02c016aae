package ui

import (
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// evidenceTab shows what a proposal rests on: its evidence items grouped
// by kind, with their links, its risk and protective factors and the
// points of the prevention star it addresses.
type evidenceTab struct {
	content fyne.CanvasObject
	text    *widget.RichText
	scroll  *container.Scroll
}

func newEvidenceTab() *evidenceTab {
	t := &evidenceTab{text: widget.NewRichText()}
	t.text.Wrapping = fyne.TextWrapWord
	t.scroll = container.NewVScroll(container.NewPadded(t.text))
	t.content = t.scroll
	return t
}

func (t *evidenceTab) show(p model.Proposal) {
	c := p.Content
	var segs []widget.RichTextSegment
	section := func(key string) {
		segs = append(segs, &widget.TextSegment{Text: lang.L(key), Style: widget.RichTextStyleSubHeading})
	}

	section("field.evidence")
	if len(c.Evidence) == 0 {
		segs = append(segs, paragraph(lang.L("detail.none")))
	}
	for _, kind := range model.EvidenceKinds {
		var items []widget.RichTextSegment
		for _, e := range c.Evidence {
			if e.Kind == kind {
				items = append(items, evidenceItem(e)...)
			}
		}
		if len(items) > 0 {
			segs = append(segs, &widget.TextSegment{Text: kind.Label(uikit.Language()), Style: strongStyle()})
			segs = append(segs, items...)
		}
	}
	// Kinds the program does not know (from an old file) still show.
	var others []widget.RichTextSegment
	for _, e := range c.Evidence {
		if !isKnownEvidenceKind(e.Kind) {
			others = append(others, evidenceItem(e)...)
		}
	}
	if len(others) > 0 {
		segs = append(segs, &widget.TextSegment{Text: model.EvidenceOther.Label(uikit.Language()), Style: strongStyle()})
		segs = append(segs, others...)
	}

	list := func(key string, values []string) {
		section(key)
		if len(values) == 0 {
			segs = append(segs, paragraph(lang.L("detail.none")))
			return
		}
		segs = append(segs, paragraph(bullets(values)))
	}
	list("field.risk_factors", c.RiskFactors)
	list("field.protective_factors", c.ProtectiveFactors)
	var areas []string
	for _, a := range c.ProblemAreas {
		areas = append(areas, a.Label(uikit.Language()))
	}
	list("field.problem_areas", areas)

	t.text.Segments = segs
	t.text.Refresh()
	t.scroll.ScrollToTop()
}

func isKnownEvidenceKind(k model.EvidenceKind) bool {
	for _, known := range model.EvidenceKinds {
		if k == known {
			return true
		}
	}
	return false
}

// evidenceItem is one citation as a bullet, with its link, when it has
// one, on the line below; a link that is not a web address is shown as
// text. The segments are flat, not a list, so the text stays readable by
// RichText.String.
func evidenceItem(e model.Evidence) []widget.RichTextSegment {
	segs := []widget.RichTextSegment{paragraph("• " + e.Citation)}
	link := strings.TrimSpace(e.URL)
	if link == "" {
		return segs
	}
	indent := &widget.TextSegment{Text: "   ", Style: widget.RichTextStyleInline}
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return append(segs, indent, paragraph(link))
	}
	// A link does not wrap: a long one is shortened, and opens whole.
	return append(segs, indent, &widget.HyperlinkSegment{Text: shortenLink(link), URL: u}, paragraph(""))
}

// shortenLink drops the scheme and cuts a long address to a width that
// fits the pane.
func shortenLink(link string) string {
	s := strings.TrimPrefix(strings.TrimPrefix(link, "https://"), "http://")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:57]) + "…"
	}
	return s
}
