package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
)

// proposalTree lists the areas, each with its interventions, and their
// statuses in words.
type proposalTree struct {
	content  fyne.CanvasObject
	tree     *widget.Tree
	heading  *widget.Label
	onSelect func(model.Proposal)

	byRef    map[string]model.Proposal
	children map[string][]string // "" holds the areas
}

func newProposalTree(onSelect func(model.Proposal)) *proposalTree {
	t := &proposalTree{onSelect: onSelect, byRef: map[string]model.Proposal{}, children: map[string][]string{}}
	t.tree = widget.NewTree(t.childUIDs, t.isBranch, t.createNode, t.updateNode)
	t.tree.OnSelected = t.selected
	t.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.content = container.NewBorder(container.NewPadded(t.heading), nil, nil, nil, t.tree)
	return t
}

// setProposals replaces what the tree shows and opens every area.
func (t *proposalTree) setProposals(ps []model.Proposal) {
	t.byRef = make(map[string]model.Proposal, len(ps))
	t.children = map[string][]string{}
	areas, interventions := 0, 0
	for _, p := range ps {
		t.byRef[p.Ref] = p
		parent := p.AreaRef()
		t.children[parent] = append(t.children[parent], p.Ref)
		if p.Kind == model.KindArea {
			areas++
		} else {
			interventions++
		}
	}
	t.heading.SetText(lang.L("tree.heading", map[string]any{"Areas": areas, "Interventions": interventions}))
	t.tree.Refresh()
	t.tree.OpenAllBranches()
}

func (t *proposalTree) childUIDs(id widget.TreeNodeID) []widget.TreeNodeID { return t.children[id] }

func (t *proposalTree) isBranch(id widget.TreeNodeID) bool {
	if id == "" {
		return true
	}
	return len(t.children[id]) > 0
}

// treeNode is one row: the ref and title on the left, the status on the
// right.
type treeNode struct {
	widget.BaseWidget
	title  *widget.Label
	status *widget.Label
}

func (t *proposalTree) createNode(branch bool) fyne.CanvasObject {
	n := &treeNode{title: widget.NewLabel(""), status: widget.NewLabel("")}
	n.title.Truncation = fyne.TextTruncateEllipsis
	n.ExtendBaseWidget(n)
	return n
}

// CreateRenderer lays the status out at the row's right end, leaving the
// rest to the title.
func (n *treeNode) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, n.status, n.title))
}

func (t *proposalTree) updateNode(id widget.TreeNodeID, branch bool, o fyne.CanvasObject) {
	n := o.(*treeNode)
	p := t.byRef[id]
	n.title.SetText(fmt.Sprintf("%s  %s", p.Ref, p.Title))
	n.title.TextStyle = fyne.TextStyle{Bold: p.Kind == model.KindArea}
	n.status.SetText(statusText(p))
	n.status.Importance = statusImportance(p)
	n.title.Refresh()
	n.status.Refresh()
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
