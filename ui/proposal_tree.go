package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/async"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// proposalTree lists the areas, each with its interventions, and their
// statuses in words. Above it, a search field and filters narrow it: the
// tree then shows the proposals that match and the areas they sit under,
// an area that does not match itself greyed.
type proposalTree struct {
	content  fyne.CanvasObject
	tree     *widgets.Tree
	heading  *widget.Label
	progress *widget.ProgressBarInfinite // shown while a slow reading of the proposals runs
	search   *searchBar
	onSelect func(model.Proposal)

	store model.ProposalStore
	ctx   context.Context
	// background runs the searches off the UI goroutine.
	background async.Runner

	all      []model.Proposal
	read     bool // all has been set: the proposals have been read once
	loading  bool // a reading of the proposals runs (setLoading)
	byRef    map[string]model.Proposal
	children map[string][]string // "" holds the areas
	dimmed   map[string]bool     // shown only because a match sits under it
	// closed holds the areas the user closed; they stay closed when the
	// proposals are read again (after another window's change, say),
	// and open while a search or filter narrows the tree.
	closed   map[string]bool
	applying bool // apply is opening and closing branches, not the user

	// emptyLine is the heading when the store holds no proposals: the
	// welcome in one line (welcomeListLine).
	emptyLine string

	query string         // the search text, trimmed
	hits  map[int64]bool // ids of the proposals the search found; nil when no search
	// inComment holds the hits found only in a comment on the proposal,
	// with the comment's body (or "" when the store gave none), which the
	// row shows, since nothing in its title is marked.
	inComment map[int64]string
	// searches shows only the latest search's hits: typing on, clearing
	// the field or a ref's answer makes a search still running stale.
	searches async.Latest
	mu       sync.Mutex // guards timer
	timer    *time.Timer
}

func newProposalTree(onSelect func(model.Proposal), store model.ProposalStore, ctx context.Context, background async.Runner) *proposalTree {
	if ctx == nil {
		ctx = context.Background()
	}
	if background == nil {
		background = async.Go
	}
	t := &proposalTree{onSelect: onSelect, store: store, ctx: ctx, background: background,
		byRef: map[string]model.Proposal{}, children: map[string][]string{}, dimmed: map[string]bool{}}
	t.tree = widgets.NewTree(t.childUIDs, t.isBranch, t.createNode, t.updateNode)
	t.tree.OnSelected = t.selected
	t.closed = map[string]bool{}
	t.tree.OnBranchClosed = func(uid widget.TreeNodeID) {
		if !t.applying {
			t.closed[uid] = true
		}
	}
	t.tree.OnBranchOpened = func(uid widget.TreeNodeID) {
		if !t.applying {
			delete(t.closed, uid)
		}
	}
	t.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.progress = widget.NewProgressBarInfinite()
	t.progress.Hide()
	t.search = newSearchBar(t.textChanged, t.apply, t.cleared)
	t.content = topThenCenter(container.NewVBox(container.NewPadded(t.heading), t.progress, t.search.content), t.tree)
	return t
}

// focusSearch puts the keyboard focus in the search field (Ctrl+F).
func (t *proposalTree) focusSearch(c fyne.Canvas) {
	if c != nil {
		c.Focus(t.search.entry)
	}
}

// setLoading says, in the heading, that the proposals are being read.
func (t *proposalTree) setLoading() {
	t.heading.SetText(lang.L("detail.loading"))
	t.loading = true
}

// showProgress shows a progress bar under the heading, for a reading that
// takes a while; setProposals and loadFailed hide it.
func (t *proposalTree) showProgress() {
	if t.loading { // a timer may fire as the reading ends
		t.progress.Show()
	}
}

// loadFailed ends the reading's "Läser …" when it failed, the heading
// counting the proposals the tree still holds; the window tells why.
func (t *proposalTree) loadFailed() {
	t.progress.Hide()
	t.loading = false
	t.showHeading()
}

// showHeading counts the areas and interventions the tree holds in its
// heading; it is empty until the proposals have been read.
func (t *proposalTree) showHeading() {
	if !t.read {
		t.heading.SetText("")
		return
	}
	t.heading.Wrapping = fyne.TextWrapOff
	if len(t.all) == 0 && t.emptyLine != "" {
		t.heading.Wrapping = fyne.TextWrapWord // the line is longer than the counts
		t.heading.SetText(t.emptyLine)
		return
	}
	areas, interventions := 0, 0
	for _, p := range t.all {
		if p.Kind == model.KindArea {
			areas++
		} else {
			interventions++
		}
	}
	t.heading.SetText(lang.L("tree.heading", map[string]any{
		"Areas": treeCount("tree.areas", areas), "Interventions": treeCount("tree.interventions", interventions)}))
}

// treeCount writes n with the catalogue's key, or its "_one" form when n
// is 1: "1 område", "2 områden".
func treeCount(key string, n int) string {
	if n == 1 {
		key += "_one"
	}
	return lang.L(key, map[string]any{"N": n})
}

// setProposals replaces what the tree holds and shows them through the
// current search and filters, every area open.
func (t *proposalTree) setProposals(ps []model.Proposal) {
	t.progress.Hide()
	t.loading = false
	t.all, t.read = ps, true
	t.showHeading()
	t.search.setResponsibles(ps)
	t.apply()
	if t.query != "" { // the text may have changed: search again
		t.searchNow()
	}
}

// matches tells whether p passes the search and every filter.
func (t *proposalTree) matches(p model.Proposal, f model.ProposalFilter) bool {
	if t.hits != nil && !t.hits[p.ID] {
		return false
	}
	if f.Status != "" && p.Status != f.Status {
		return false
	}
	if f.ProblemArea != "" && !slices.Contains(p.ProblemAreas, f.ProblemArea) {
		return false
	}
	if f.PreventionLevel != "" && p.PreventionLevel != f.PreventionLevel {
		return false
	}
	if f.Responsible != "" && strings.TrimSpace(p.Responsible) != f.Responsible {
		return false
	}
	return true
}

// apply shows the proposals that pass the search and the filters, with
// the areas they sit under.
func (t *proposalTree) apply() {
	f := t.search.filter()
	narrowed := t.hits != nil || f.Status != "" || f.ProblemArea != "" || f.PreventionLevel != "" || f.Responsible != ""
	match := make(map[string]bool, len(t.all))
	show := make(map[string]bool, len(t.all))
	n := 0
	for _, p := range t.all {
		if !narrowed || t.matches(p, f) {
			match[p.Ref] = true
			show[p.Ref] = true
			n++
			if a := p.AreaRef(); a != "" {
				show[a] = true
			}
		}
	}
	t.byRef = make(map[string]model.Proposal, len(t.all))
	t.children = map[string][]string{}
	t.dimmed = map[string]bool{}
	for _, p := range t.all {
		t.byRef[p.Ref] = p
		if !show[p.Ref] {
			continue
		}
		t.children[p.AreaRef()] = append(t.children[p.AreaRef()], p.Ref)
		if !match[p.Ref] {
			t.dimmed[p.Ref] = true
		}
	}
	t.search.showCount(narrowed, n, len(t.all))
	if c, ok := t.content.(*fyne.Container); ok {
		c.Refresh() // lays out again for the count shown or hidden; refreshes the tree
	} else {
		t.tree.Refresh()
	}
	t.tree.OpenAllBranches()
	if narrowed {
		// The hits start at the top, not where the whole list was
		// scrolled to.
		t.tree.ScrollToTop()
	}
	if !narrowed {
		t.applying = true
		for uid := range t.closed {
			if len(t.children[uid]) > 0 {
				t.tree.CloseBranch(uid)
			}
		}
		t.applying = false
	}
}

func (t *proposalTree) childUIDs(id widget.TreeNodeID) []widget.TreeNodeID { return t.children[id] }

func (t *proposalTree) isBranch(id widget.TreeNodeID) bool {
	if id == "" {
		return true
	}
	return len(t.children[id]) > 0
}

func (t *proposalTree) createNode(bool) fyne.CanvasObject { return widgets.NewTreeRow() }

func (t *proposalTree) updateNode(id widget.TreeNodeID, branch bool, o fyne.CanvasObject) {
	n := o.(*widgets.TreeRow)
	p := t.byRef[id]
	title := fmt.Sprintf("%s  %s", p.Ref, p.Title)
	var marks [][2]int
	hit := t.hits != nil && !t.dimmed[id]
	if hit {
		marks = model.MatchSpans(title, t.query)
	}
	n.Set(title, marks, p.Kind == model.KindArea, t.dimmed[id], uikit.StatusText(p), statusImportance(p))
	if body, ok := t.inComment[p.ID]; ok && hit {
		t.showComment(n, body)
	}
}

// showComment notes under a row found only through a comment the words
// of the comment around the match, marked; or, when the store gave no
// words, that the match is in a comment.
func (t *proposalTree) showComment(n *widgets.TreeRow, body string) {
	snippet, marks := model.Snippet(body, t.query, model.SnippetRunes)
	if snippet == "" {
		n.SetNote(lang.L("tree.hit_in_comment"), "", nil)
		return
	}
	n.SetNote(lang.L("tree.hit_comment_words"), snippet, marks)
}

// statusImportance colours the status as a second cue beside its words.
func statusImportance(p model.Proposal) widget.Importance {
	switch {
	case p.Status == model.StatusReady:
		return widget.HighImportance
	case p.Status == model.StatusDecided && p.Outcome.Approves():
		return widget.SuccessImportance
	case p.Status == model.StatusDecided:
		return widget.DangerImportance
	case p.ReturnedAt > 0:
		return widget.WarningImportance
	}
	return widget.MediumImportance
}

func (t *proposalTree) selected(id widget.TreeNodeID) {
	if p, ok := t.byRef[id]; ok && t.onSelect != nil {
		t.onSelect(p)
	}
}
