package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// searchBar is the search field and the filters above the proposal tree.
// It holds no proposals: it tells its owner when the text or a filter
// changes, and what the filters are set to.
type searchBar struct {
	content     fyne.CanvasObject
	entry       *widgets.Entry
	status      *widgets.Select
	problem     *widgets.Select
	level       *widgets.Select
	responsible *widgets.Select
	count       *widget.Label
	clear       *widgets.Button

	responsibles []string // the departments, in the order offered

	onText   func(string) // the search text changed
	onFilter func()       // a filter changed
	onClear  func()       // everything was cleared
	clearing bool         // set while clear resets the widgets
}

func newSearchBar(onText func(string), onFilter func(), onClear func()) *searchBar {
	b := &searchBar{onText: onText, onFilter: onFilter, onClear: onClear}
	b.entry = widgets.NewEntry(false, 0)
	b.entry.SetPlaceHolder(lang.L("search.placeholder"))
	b.entry.OnChanged = b.textChanged
	b.clear = widgets.NewButton("×", b.clearAll)
	b.clear.Importance = widget.LowImportance

	var statuses, problems, levels []string
	for _, s := range model.Statuses {
		statuses = append(statuses, s.Label(uikit.Language()))
	}
	for _, p := range model.ProblemAreas {
		problems = append(problems, p.Label(uikit.Language()))
	}
	for _, l := range model.PreventionLevels {
		levels = append(levels, l.Label(uikit.Language()))
	}
	b.status = b.newFilter(statuses)
	b.problem = b.newFilter(problems)
	b.level = b.newFilter(levels)
	b.responsible = b.newFilter(nil)

	b.count = widget.NewLabel("")
	b.count.Hide()

	// Each filter's name stands above it, so that two fit side by side in
	// the narrow list pane of a 1366 × 768 screen.
	filter := func(key string, sel *widgets.Select) fyne.CanvasObject {
		name := widget.NewLabelWithStyle(lang.L(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		return container.NewBorder(widgets.CutWhenNarrow(name), nil, nil, nil, sel)
	}
	filters := container.NewGridWithColumns(2,
		filter("filter.status", b.status), filter("filter.problem_area", b.problem),
		filter("filter.prevention_level", b.level), filter("filter.responsible", b.responsible),
	)
	b.content = container.NewVBox(
		container.NewBorder(nil, nil, nil, b.clear, b.entry),
		filters,
		b.count,
	)
	return b
}

// newFilter makes a select whose first option, "Alla", does not narrow.
func (b *searchBar) newFilter(options []string) *widgets.Select {
	s := widgets.NewSelect(append([]string{lang.L("filter.all")}, options...), b.filterChanged)
	b.clearing = true // not a change the user made
	s.SetSelectedIndex(0)
	b.clearing = false
	return s
}

func (b *searchBar) textChanged(text string) {
	if !b.clearing && b.onText != nil {
		b.onText(text)
	}
}

func (b *searchBar) filterChanged(string) {
	if !b.clearing && b.onFilter != nil {
		b.onFilter()
	}
}

// setResponsibles offers the distinct departments of ps, keeping the one
// chosen if it is still there.
func (b *searchBar) setResponsibles(ps []model.Proposal) {
	chosen := b.responsibleValue()
	seen := map[string]bool{}
	var list []string
	for _, p := range ps {
		r := strings.TrimSpace(p.Responsible)
		if r != "" && !seen[r] {
			seen[r] = true
			list = append(list, r)
		}
	}
	slices.SortFunc(list, func(x, y string) int { return strings.Compare(strings.ToLower(x), strings.ToLower(y)) })
	b.responsibles = list
	b.clearing = true
	b.responsible.SetOptions(append([]string{lang.L("filter.all")}, list...))
	if i := slices.Index(list, chosen); i >= 0 {
		b.responsible.SetSelectedIndex(i + 1)
	} else {
		b.responsible.SetSelectedIndex(0)
	}
	b.clearing = false
}

// filter returns what the selects are set to; zero fields do not narrow.
func (b *searchBar) filter() model.ProposalFilter {
	var f model.ProposalFilter
	if i := b.status.SelectedIndex(); i > 0 && i <= len(model.Statuses) {
		f.Status = model.Statuses[i-1]
	}
	if i := b.problem.SelectedIndex(); i > 0 && i <= len(model.ProblemAreas) {
		f.ProblemArea = model.ProblemAreas[i-1]
	}
	if i := b.level.SelectedIndex(); i > 0 && i <= len(model.PreventionLevels) {
		f.PreventionLevel = model.PreventionLevels[i-1]
	}
	f.Responsible = b.responsibleValue()
	return f
}

func (b *searchBar) responsibleValue() string {
	if i := b.responsible.SelectedIndex(); i > 0 && i <= len(b.responsibles) {
		return b.responsibles[i-1]
	}
	return ""
}

// showCount shows "N av M förslag", or hides the label when nothing
// narrows the tree.
func (b *searchBar) showCount(narrowed bool, n, m int) {
	if !narrowed {
		b.count.Hide()
		return
	}
	b.count.SetText(lang.L("search.count", map[string]any{"N": n, "M": m}))
	b.count.Show()
}

// clearAll empties the search field and sets every filter to "Alla".
func (b *searchBar) clearAll() {
	b.clearing = true
	b.entry.SetText("")
	for _, s := range []*widgets.Select{b.status, b.problem, b.level, b.responsible} {
		s.SetSelectedIndex(0)
	}
	b.clearing = false
	if b.onClear != nil {
		b.onClear()
	}
}
