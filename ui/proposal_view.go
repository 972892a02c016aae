package ui

import (
	"context"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/async"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// proposalView shows one proposal, read-only, in tabs: its fields
// (Översikt), what it rests on (Evidens), the comments on it, the
// decisions taken on it, its follow-up once it is approved and its
// history.
type proposalView struct {
	// content holds emptyBox, and the tabs from the first proposal shown
	// on (placeTabs): until then nothing lays out or measures them.
	content *fyne.Container
	tabs    *container.AppTabs
	// tabsFocus puts the tabs in the Tab order (Left and Right choose).
	tabsFocus *widgets.FocusTabs
	empty     *widget.Label
	// text is the Översikt tab: the proposal's fields.
	text     *widget.RichText
	overview *container.Scroll

	overviewTab  *container.TabItem
	evidenceTab  *container.TabItem
	commentsTab  *container.TabItem
	decisionsTab *container.TabItem
	followUpTab  *container.TabItem // in the tabs only while an approved proposal is shown
	historyTab   *container.TabItem

	evidence  *evidenceTab
	decisions *decisionsTab
	history   *historyTab
	comments  *commentsTab // in the Kommentarer tab, once setCommentsTab has put it there
	followUp  *followUpTab // in the Uppföljning tab, once setFollowUpTab has put it there

	store   model.DetailStore
	ctx     context.Context
	onError func(error)

	shown    model.Proposal
	emptyBox *fyne.Container // the invitation and the overview, while nothing is chosen

	// loads reads what the Beslut, Historik and Kommentarer tabs show,
	// off the UI goroutine once setBackground has been called.
	loads loads
}

// newProposalView builds the view. When a proposal is shown, it reads
// what the Beslut, Historik and Kommentarer tabs show with one read of
// the store (model.DetailStore: one round trip to a shared store), and
// reports what fails to onError. The read runs at once until
// setBackground hands the view a worker.
func newProposalView(store model.DetailStore, ctx context.Context, onError func(error)) *proposalView {
	v := &proposalView{
		text:      widget.NewRichText(),
		empty:     widget.NewLabel(""),
		evidence:  newEvidenceTab(),
		decisions: newDecisionsTab(),
		history:   newHistoryTab(),
		store:     store, ctx: ctx, onError: onError,
	}
	v.text.Wrapping = fyne.TextWrapWord
	v.overview = container.NewVScroll(container.NewPadded(v.text))
	v.overviewTab = container.NewTabItem(lang.L("tab.overview"), v.overview)
	v.evidenceTab = container.NewTabItem(lang.L("tab.evidence"), v.evidence.content)
	v.commentsTab = container.NewTabItem(lang.L("tab.comments"), container.NewStack())
	v.decisionsTab = container.NewTabItem(lang.L("tab.decisions"), v.decisions.content)
	v.historyTab = container.NewTabItem(lang.L("tab.history"), v.history.content)
	v.tabs = container.NewAppTabs(v.overviewTab, v.evidenceTab, v.commentsTab, v.decisionsTab, v.historyTab)
	// Cut rather than wrapped: a wrapping label here would ask for a tall
	// window before the pane has its width.
	v.emptyBox = container.NewBorder(container.NewPadded(widgets.CutWhenNarrow(v.empty)), nil, nil, nil)
	v.tabsFocus = widgets.NewFocusTabs(v.tabs)
	v.content = container.NewStack(v.emptyBox)
	v.showEmpty()
	return v
}

// placeTabs puts the tabs into the view, once, when the first proposal
// is shown: a window shows the overview first, and tabs that are only
// hidden would still be laid out, with every label in them measured,
// before its first frame.
func (v *proposalView) placeTabs() {
	if v.tabsPlaced() {
		return
	}
	v.content.Add(v.tabsFocus.Content())
}

// tabsPlaced tells whether the tabs are in the view (placeTabs).
func (v *proposalView) tabsPlaced() bool { return len(v.content.Objects) > 1 }

// setOverview shows objs under the invitation to choose a proposal, while
// none is chosen.
func (v *proposalView) setOverview(objs ...fyne.CanvasObject) {
	v.emptyBox.Objects = append(v.emptyBox.Objects, objs...)
	v.emptyBox.Refresh()
}

// setBackground makes the view read the store through run, off the UI
// goroutine, and show what it read with fyne.Do. run is the main window's
// background func; tests make it run at once or by hand.
func (v *proposalView) setBackground(run async.Runner) {
	v.loads.setRun(run)
	if v.followUp != nil {
		v.followUp.setBackground(run)
	}
}

// setCommentsTab puts the comments screen into the Kommentarer tab; the
// view's reading fills it when a proposal is shown.
func (v *proposalView) setCommentsTab(c *commentsTab) {
	v.comments = c
	v.commentsTab.Content = c.content
	if v.tabsPlaced() {
		v.tabs.Refresh()
	}
}

// setFollowUpTab makes f the Uppföljning tab, shown with an approved
// proposal; the view's reading fills it.
func (v *proposalView) setFollowUpTab(f *followUpTab) {
	v.followUp = f
	v.followUpTab = container.NewTabItem(lang.L("tab.followup"), f.content)
}

// showFollowUpTab puts the Uppföljning tab after Beslut when on, and
// takes it away when not; the tab selected stays selected while it is
// there.
func (v *proposalView) showFollowUpTab(on bool) {
	if v.followUpTab == nil || on == slices.Contains(v.tabs.Items, v.followUpTab) {
		return
	}
	selected := v.tabs.Selected()
	items := []*container.TabItem{v.overviewTab, v.evidenceTab, v.commentsTab, v.decisionsTab}
	if on {
		items = append(items, v.followUpTab)
	}
	v.tabs.SetItems(append(items, v.historyTab))
	if selected == v.followUpTab && !on {
		selected = v.decisionsTab // where the reason it has none is
	}
	v.tabs.Select(selected)
}

func (v *proposalView) showEmpty() {
	v.loads.cancel()
	v.shown = model.Proposal{}
	v.text.Segments = nil
	v.text.Refresh()
	widgets.SetCutText(v.empty, lang.L("detail.empty"))
	v.emptyBox.Show()
	v.tabs.Hide()
}

// show fills every tab with p; the selected tab stays selected. The
// Översikt and Evidens tabs need only p and are filled at once; what the
// Beslut, Historik and Kommentarer tabs show is read from the store in
// the background, in one read, with the Uppföljning tab's follow-up when
// p is approved (the tab is there only then). When p is another proposal
// than the one shown, those tabs are emptied at once, so they never show
// the last proposal's decisions under this one's title, and say "Läser
// …" if the reading takes a while. When p is the one shown (a reload after a
// change), they keep what they show until the new reading is done.
func (v *proposalView) show(p model.Proposal) {
	other := p.ID != v.shown.ID
	v.shown = p
	v.placeTabs()
	v.emptyBox.Hide()
	v.tabs.Show()
	v.showOverview(p)
	v.evidence.show(p)
	v.showFollowUpTab(hasFollowUp(p))
	if other {
		v.decisions.clear()
		v.history.clear()
	}
	decisions, history, comments, followUp := v.decisions, v.history, v.comments, v.followUp
	commentsWaiting := comments.switchTo(p)
	followUpWaiting := followUp.switchTo(p)
	readFollowUp := followUp.reader(p)
	var waiting func()
	if other {
		waiting = func() {
			decisions.waiting()
			history.waiting()
			for _, w := range []func(){commentsWaiting, followUpWaiting} {
				if w != nil {
					w()
				}
			}
		}
	}
	store, ctx, onError := v.store, v.ctx, v.onError
	v.loads.start(func() func() {
		detail, err := store.ProposalDetail(ctx, p.ID)
		d, h, c := decisionsOf(detail, err), historyOf(detail, err), commentsOf(detail, err)
		f := followUpData{err: err, reported: true}
		if err == nil {
			f = readFollowUp(detail.Members)
		}
		return func() {
			if err != nil {
				onError(err)
			}
			decisions.apply(p, d)
			history.apply(p, h)
			comments.showRead(p, c)
			followUp.apply(p, f)
		}
	}, waiting)
}

// headingLine is the line under the proposal's title: its kind and ref,
// its registry number when it has one, where it stands and its version.
func headingLine(p model.Proposal) string {
	parts := []string{p.Kind.Label(uikit.Language()) + " " + p.Ref}
	if p.RegistryNumber != "" {
		parts = append(parts, lang.L("detail.registry_number", map[string]any{"N": p.RegistryNumber}))
	}
	parts = append(parts, uikit.StatusText(p), lang.L("detail.revision", map[string]any{"N": p.Revision}))
	return strings.Join(parts, " · ")
}

// showOverview fills the Översikt tab with p's fields; empty fields are
// left out. Evidence, factors and problem areas have a tab of their own;
// the overview only counts the evidence.
func (v *proposalView) showOverview(p model.Proposal) {
	c := p.Content
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Text: c.Title, Style: widget.RichTextStyleHeading},
		&widget.TextSegment{Text: headingLine(p), Style: widget.RichTextStyleSubHeading},
	}
	if p.Status == model.StatusDraft && p.ReturnedAt > 0 && p.Revision <= p.ReturnedAt {
		// Why Markera för beslut is greyed out: the rules want a new
		// version first (model.Proposal.MarkReady).
		note := widget.RichTextStyleEmphasis
		note.Inline = false
		segs = append(segs, &widget.TextSegment{Text: lang.L("detail.returned_needs_revision"), Style: note})
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
	field("field.period", uikit.FormatPeriod(c.Start, c.End))
	field("field.cost", uikit.FormatMoney(c.Cost))
	field("field.funding", c.Funding)
	if c.PreventionLevel != "" {
		field("field.prevention_level", c.PreventionLevel.Label(uikit.Language()))
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
