package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
)

// proposalView shows one proposal, read-only, in tabs: its fields
// (Översikt), what it rests on (Evidens), the comments on it, the
// decisions taken on it and its history.
type proposalView struct {
	content fyne.CanvasObject
	tabs    *container.AppTabs
	empty   *widget.Label
	// text is the Översikt tab: the proposal's fields.
	text     *widget.RichText
	overview *container.Scroll

	overviewTab  *container.TabItem
	evidenceTab  *container.TabItem
	commentsTab  *container.TabItem
	decisionsTab *container.TabItem
	historyTab   *container.TabItem

	evidence  *evidenceTab
	decisions *decisionsTab
	history   *historyTab

	shown    model.Proposal
	emptyBox *fyne.Container // the invitation and the overview, while nothing is chosen
}

// newProposalView builds the view; the Beslut and Historik tabs read the
// store when a proposal is shown, and report what fails to onError.
func newProposalView(store model.Store, ctx context.Context, onError func(error)) *proposalView {
	v := &proposalView{
		text:      widget.NewRichText(),
		empty:     widget.NewLabel(""),
		evidence:  newEvidenceTab(),
		decisions: newDecisionsTab(store, ctx, onError),
		history:   newHistoryTab(store, ctx, onError),
	}
	v.text.Wrapping = fyne.TextWrapWord
	v.empty.Truncation = fyne.TextTruncateEllipsis // a wrapping label here would ask for a tall window before the pane has its width
	v.overview = container.NewVScroll(container.NewPadded(v.text))
	v.overviewTab = container.NewTabItem(lang.L("tab.overview"), v.overview)
	v.evidenceTab = container.NewTabItem(lang.L("tab.evidence"), v.evidence.content)
	v.commentsTab = container.NewTabItem(lang.L("tab.comments"), container.NewStack())
	v.decisionsTab = container.NewTabItem(lang.L("tab.decisions"), v.decisions.content)
	v.historyTab = container.NewTabItem(lang.L("tab.history"), v.history.content)
	v.tabs = container.NewAppTabs(v.overviewTab, v.evidenceTab, v.commentsTab, v.decisionsTab, v.historyTab)
	v.tabs.SetTabLocation(container.TabLocationTop)
	v.emptyBox = container.NewBorder(container.NewPadded(v.empty), nil, nil, nil)
	v.content = container.NewStack(v.emptyBox, v.tabs)
	v.showEmpty()
	return v
}

// setOverview shows o under the invitation to choose a proposal, while
// none is chosen.
func (v *proposalView) setOverview(o fyne.CanvasObject) {
	v.emptyBox.Objects = append(v.emptyBox.Objects, o)
	v.emptyBox.Refresh()
}

// setCommentsTab puts the comments screen into the Kommentarer tab.
func (v *proposalView) setCommentsTab(content fyne.CanvasObject) {
	v.commentsTab.Content = content
	v.tabs.Refresh()
}

func (v *proposalView) showEmpty() {
	v.shown = model.Proposal{}
	v.text.Segments = nil
	v.text.Refresh()
	v.empty.SetText(lang.L("detail.empty"))
	v.emptyBox.Show()
	v.tabs.Hide()
}

// show fills every tab with p; the selected tab stays selected.
func (v *proposalView) show(p model.Proposal) {
	v.shown = p
	v.emptyBox.Hide()
	v.tabs.Show()
	v.showOverview(p)
	v.evidence.show(p)
	v.decisions.show(p)
	v.history.show(p)
}

// showOverview fills the Översikt tab with p's fields; empty fields are
// left out. Evidence, factors and problem areas have a tab of their own;
// the overview only counts the evidence.
func (v *proposalView) showOverview(p model.Proposal) {
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
	if n := len(c.Evidence); n > 0 {
		field("field.evidence", lang.L("detail.evidence_count", map[string]any{"N": n}))
	}
	field("field.fingerprint", model.ShortFingerprint(p.Fingerprint))
	v.text.Segments = segs
	v.text.Refresh()
	v.overview.ScrollToTop()
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
