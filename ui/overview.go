package ui

import (
	"image/color"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// overview shows the programme as a whole: how many proposals stand where,
// how many interventions each area has and how many of them are approved,
// the prevention star with the proposed, approved, in progress and
// completed interventions that address each of its points, and the
// follow-up of the approved: how many stand at each status and which are
// overdue.
type overview struct {
	content   fyne.CanvasObject
	statuses  *fyne.Container // the table of counts by status
	areas     *fyne.Container // one row per area
	star      *widgets.StarChart
	followUps *followUpCard
	failed    *widget.Label
	loading   fyne.CanvasObject // "Läser …" until the proposals are first shown
	cards     fyne.CanvasObject // the counts and the star, hidden until then

	counts overviewCounts

	onError func(error)
}

// overviewCounts is what the overview shows, counted from the proposals.
type overviewCounts struct {
	// byStatus counts proposals of each kind by status.
	byStatus map[model.Kind]map[model.Status]int
	// byOutcome counts decided proposals of each kind by the outcome of
	// their latest decision.
	byOutcome map[model.Kind]map[model.Outcome]int
	areas     []areaCount
}

// areaCount is one area with the number of its interventions, and how
// many of them are approved.
type areaCount struct {
	Ref, Title    string
	Interventions int
	Approved      int
}

func countProposals(ps []model.Proposal) overviewCounts {
	c := overviewCounts{
		byStatus:  map[model.Kind]map[model.Status]int{},
		byOutcome: map[model.Kind]map[model.Outcome]int{},
	}
	for _, k := range model.Kinds {
		c.byStatus[k] = map[model.Status]int{}
		c.byOutcome[k] = map[model.Outcome]int{}
	}
	index := map[string]int{}
	for _, p := range ps {
		if p.Kind == model.KindArea {
			index[p.Ref] = len(c.areas)
			c.areas = append(c.areas, areaCount{Ref: p.Ref, Title: p.Title})
		}
	}
	slices.SortStableFunc(c.areas, func(a, b areaCount) int { return model.CompareRefs(a.Ref, b.Ref) })
	for i, a := range c.areas {
		index[a.Ref] = i
	}
	for _, p := range ps {
		if c.byStatus[p.Kind] == nil {
			continue
		}
		c.byStatus[p.Kind][p.Status]++
		if p.Status == model.StatusDecided {
			c.byOutcome[p.Kind][p.Outcome]++
		}
		if p.Kind != model.KindIntervention {
			continue
		}
		if i, ok := index[p.AreaRef()]; ok {
			c.areas[i].Interventions++
			if p.Status == model.StatusDecided && p.Outcome.Approves() {
				c.areas[i].Approved++
			}
		}
	}
	return c
}

// newOverviewLoading builds the overview without reading the store: it
// says "Läser …" until show gives it what the main window reads off the
// UI goroutine (readProposals). Choosing an overdue follow-up calls onOpen
// with its proposal's ref.
func newOverviewLoading(onError func(error), onOpen func(ref string)) *overview {
	o := &overview{onError: onError}
	o.statuses = container.NewVBox()
	o.areas = container.NewVBox()
	o.star = widgets.NewStarChart(uikit.Language)
	o.followUps = newFollowUpCard(onOpen)
	o.failed = widget.NewLabel(lang.L("overview.failed"))
	o.failed.Wrapping = fyne.TextWrapWord
	o.failed.Hide()

	title := widget.NewLabelWithStyle(lang.L("overview.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	statusCard := widget.NewCard(lang.L("overview.status.title"), "", o.statuses)
	explain := widget.NewLabel(lang.L("overview.star.explanation"))
	explain.Wrapping = fyne.TextWrapWord
	starCard := widget.NewCard(lang.L("overview.star.title"), "", container.NewBorder(explain, nil, nil, nil, o.star))
	areasCard := widget.NewCard(lang.L("overview.areas.title"), "", o.areas)
	o.cards = container.NewVBox(
		container.NewGridWithColumns(2, container.NewVBox(statusCard, areasCard), container.New(starColumn{}, starCard)),
		o.followUps.content)
	o.cards.Hide()
	o.loading = container.New(widthOf{o.cards}, widget.NewLabel(lang.L("detail.loading")))
	o.content = container.NewVScroll(container.NewPadded(container.NewVBox(
		title,
		o.failed,
		o.loading,
		o.cards,
	)))
	return o
}

// widthOf lays its objects out as a stack at least as wide as ref needs,
// though ref is hidden: "Läser …" in ref's place keeps the overview as
// wide as its cards will be, so the split beside it does not move when
// they show.
type widthOf struct{ ref fyne.CanvasObject }

func (l widthOf) MinSize(objects []fyne.CanvasObject) fyne.Size {
	s := layout.NewStackLayout().MinSize(objects)
	return fyne.NewSize(max(s.Width, l.ref.MinSize().Width), s.Height)
}

func (l widthOf) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	layout.NewStackLayout().Layout(objects, size)
}

// starColumn lays the star's card out at the top of its column, about as
// tall as it is wide, and no taller than the column: stretched to the
// height of the status and area cards beside it, the card would hold the
// star in the middle of a column taller than the window, far below its
// heading.
type starColumn struct{}

func (starColumn) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		s = s.Max(o.MinSize())
	}
	return s
}

// Layout gives the card the height it needs plus the width it has beyond
// what it needs, so the star grows with the column's width.
func (starColumn) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		m := o.MinSize()
		h := min(m.Height+max(0, size.Width-m.Width), size.Height)
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(size.Width, max(h, m.Height)))
	}
}

// overviewData is what the overview shows, counted from the proposals and
// the follow-ups (readProposals); it needs no widgets, so it may be
// counted off the UI goroutine.
type overviewData struct {
	counts    overviewCounts
	star      []model.StarCount
	followUps followUpCounts
	// lateMinutes are the meetings whose minutes are overdue
	// (model.Meeting.SignOffOverdue), which the main window's banner
	// names (showLateMinutes).
	lateMinutes []model.Meeting
	// err says that the follow-ups or the meetings could not be read;
	// nothing else is set.
	err error
}

// overviewOf counts the overview from the proposals and the follow-ups
// es, on today.
func overviewOf(ps []model.Proposal, es []model.FollowUpEntry, today model.Date) overviewData {
	return overviewData{counts: countProposals(ps), star: model.StarCounts(ps, es), followUps: countFollowUps(es, today)}
}

// show shows d, counted from what was just read; when the follow-ups
// could not be read it says so instead (showFailed).
func (o *overview) show(d overviewData) {
	if d.err != nil {
		o.showFailed(d.err)
		return
	}
	o.loading.Hide()
	o.failed.Hide()
	o.cards.Show()
	o.counts = d.counts
	o.showStatuses()
	o.showAreas()
	o.star.SetValues(d.star)
	o.followUps.show(d.followUps)
}

// showFailed says that the proposals or their follow-ups could not be
// read, and reports err.
func (o *overview) showFailed(err error) {
	o.loading.Hide()
	o.failed.Show()
	o.onError(err)
}

func (o *overview) showStatuses() {
	c := o.counts
	bold := fyne.TextStyle{Bold: true}
	objs := []fyne.CanvasObject{countHeading()}
	var totalAreas, totalInterventions int
	for _, s := range model.Statuses {
		a, i := c.byStatus[model.KindArea][s], c.byStatus[model.KindIntervention][s]
		totalAreas += a
		totalInterventions += i
		objs = append(objs, countRow(widget.NewLabel(s.Label(uikit.Language())), a, i, fyne.TextStyle{}))
		if s != model.StatusDecided {
			continue
		}
		for _, out := range model.Outcomes {
			a, i := c.byOutcome[model.KindArea][out], c.byOutcome[model.KindIntervention][out]
			always := out == model.OutcomeApproved || out == model.OutcomeApprovedConditions || out == model.OutcomeRejected
			if !always && a == 0 && i == 0 {
				continue
			}
			// Set apart by its indent, not in italics: the overview is on
			// screen from the start, and the first italic text loads a
			// whole set of italic faces (about 8 MB).
			name := widget.NewLabel(out.Label(uikit.Language()))
			name.Wrapping = fyne.TextWrapWord
			indent := canvas.NewRectangle(color.Transparent)
			indent.SetMinSize(fyne.NewSize(16, 0))
			objs = append(objs, countRow(container.NewBorder(nil, nil, indent, nil, name), a, i, fyne.TextStyle{}))
		}
	}
	objs = append(objs, widget.NewSeparator(), countRow(
		widget.NewLabelWithStyle(lang.L("overview.status.total"), fyne.TextAlignLeading, bold),
		totalAreas, totalInterventions, bold))
	o.statuses.Objects = objs
	o.statuses.Refresh()
}

// countRow is a row of a table of counts: a name with the areas' and the
// interventions' counts in two columns of equal width at the right.
func countRow(name fyne.CanvasObject, areas, interventions int, style fyne.TextStyle) fyne.CanvasObject {
	return countColumns(name, formatCount(areas), formatCount(interventions), style)
}

// countHeading heads a table of countRows.
func countHeading() fyne.CanvasObject {
	bold := fyne.TextStyle{Bold: true}
	return countColumns(widget.NewLabelWithStyle(lang.L("overview.status.status"), fyne.TextAlignLeading, bold),
		lang.L("overview.status.areas"), lang.L("overview.status.interventions"), bold)
}

func countColumns(name fyne.CanvasObject, areas, interventions string, style fyne.TextStyle) fyne.CanvasObject {
	numbers := container.NewGridWithColumns(2,
		widget.NewLabelWithStyle(areas, fyne.TextAlignTrailing, style),
		widget.NewLabelWithStyle(interventions, fyne.TextAlignTrailing, style))
	width := canvas.NewRectangle(color.Transparent)
	width.SetMinSize(fyne.NewSize(2*statusColumnWidth, 0))
	return container.NewBorder(nil, nil, nil, container.NewStack(width, numbers), name)
}

// statusColumnWidth is the width of each count in the status table, room
// for its heading ("Insatser", "Interventions").
const statusColumnWidth = 110

func (o *overview) showAreas() {
	var objs []fyne.CanvasObject
	if len(o.counts.areas) == 0 {
		objs = append(objs, widget.NewLabel(lang.L("overview.areas.none")))
	}
	for _, a := range o.counts.areas {
		name := widget.NewLabel(a.Ref + "  " + a.Title)
		name.Wrapping = fyne.TextWrapWord
		count := widget.NewLabel(interventionCount(a.Interventions) + " · " + widgets.ApprovedCount(a.Approved))
		objs = append(objs, container.NewBorder(nil, nil, nil, count, name))
	}
	o.areas.Objects = objs
	o.areas.Refresh()
}

// interventionCount writes "6 insatser", "1 insats".
func interventionCount(n int) string {
	data := map[string]any{"N": n}
	if n == 1 {
		return lang.L("overview.areas.interventions_one", data)
	}
	return lang.L("overview.areas.interventions", data)
}

// formatCount writes a count as a numeral.
func formatCount(n int) string { return strconv.Itoa(n) }
