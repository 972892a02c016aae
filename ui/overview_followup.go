package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// overviewStore is what the overview reads of the store beside the
// proposals, which the main window reads for its tree and hands it: the
// follow-ups, and the meetings, whose minutes may be overdue.
type overviewStore interface {
	FollowUps(ctx context.Context) ([]model.FollowUpEntry, error)
	Meetings(ctx context.Context) ([]model.Meeting, error)
}

// readOverview reads the follow-ups and counts the overview from them and
// the proposals ps, on the day of ctx's clock (model.WithClock) in Swedish
// time, and reads the meetings whose minutes are overdue then
// (model.OverdueSignOffs). It needs no widgets, so it may run off the UI
// goroutine.
func readOverview(ctx context.Context, s overviewStore, ps []model.Proposal) overviewData {
	es, err := s.FollowUps(ctx)
	if err != nil {
		return overviewData{err: err}
	}
	ms, err := s.Meetings(ctx)
	if err != nil {
		return overviewData{err: err}
	}
	now := model.Now(ctx)
	d := overviewOf(ps, es, model.SwedishDay(now))
	d.lateMinutes = model.OverdueSignOffs(ms, now)
	return d
}

// followUpCounts is what the overview's follow-up card shows.
type followUpCounts struct {
	// byStatus counts the approved proposals of each kind by the status
	// of their follow-up.
	byStatus map[model.Kind]map[model.FollowUpStatus]int
	// overdue are the follow-ups overdue on today, as
	// model.OverdueFollowUps orders them.
	overdue []model.FollowUpEntry
	today   model.Date
}

func countFollowUps(es []model.FollowUpEntry, today model.Date) followUpCounts {
	c := followUpCounts{byStatus: map[model.Kind]map[model.FollowUpStatus]int{}, today: today}
	for _, k := range model.Kinds {
		c.byStatus[k] = map[model.FollowUpStatus]int{}
	}
	for _, e := range es {
		if c.byStatus[e.Proposal.Kind] != nil {
			c.byStatus[e.Proposal.Kind][e.FollowUp.Status]++
		}
	}
	c.overdue = model.OverdueFollowUps(es, today)
	return c
}

// followUpCard is the overview's card on the follow-up of the decisions:
// how many approved areas and interventions stand at each status, and
// the overdue follow-ups, each a row that shows its proposal in the main
// window when chosen.
type followUpCard struct {
	content  fyne.CanvasObject
	statuses *fyne.Container
	overdue  *fyne.Container
	counts   followUpCounts // what is shown
	// onOpen shows the proposal with the ref given, as the main window's
	// Select does.
	onOpen func(ref string)
}

func newFollowUpCard(onOpen func(ref string)) *followUpCard {
	c := &followUpCard{statuses: container.NewVBox(), overdue: container.NewVBox(), onOpen: onOpen}
	heading := widget.NewLabelWithStyle(lang.L("overview.followup.overdue"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	c.content = widget.NewCard(lang.L("overview.followup.title"), "",
		container.NewGridWithColumns(2, c.statuses, container.NewVBox(heading, c.overdue)))
	return c
}

// show shows the counts and the overdue follow-ups of f.
func (c *followUpCard) show(f followUpCounts) {
	c.counts = f
	objs := []fyne.CanvasObject{countHeading()}
	var areas, interventions int
	for _, s := range model.FollowUpStatuses {
		a, i := f.byStatus[model.KindArea][s], f.byStatus[model.KindIntervention][s]
		areas += a
		interventions += i
		objs = append(objs, countRow(widget.NewLabel(s.Label(uikit.Language())), a, i, fyne.TextStyle{}))
	}
	bold := fyne.TextStyle{Bold: true}
	objs = append(objs, widget.NewSeparator(), countRow(
		widget.NewLabelWithStyle(lang.L("overview.status.total"), fyne.TextAlignLeading, bold), areas, interventions, bold))
	c.statuses.Objects = objs
	c.statuses.Refresh()

	objs = nil
	if len(f.overdue) == 0 {
		objs = append(objs, widget.NewLabel(lang.L("overview.followup.none_overdue")))
	}
	for _, e := range f.overdue {
		ref := e.Proposal.Ref
		objs = append(objs, widgets.NewLinkRow(ref+"  "+e.Proposal.Title, overdueLine(e, f.today), func() { c.onOpen(ref) }))
	}
	c.overdue.Objects = objs
	c.overdue.Refresh()
}

// overdueLine says of an overdue follow-up its registry number, when it
// has one, and why it is overdue: "Dnr KS 2026/124 · Ingen anteckning
// sedan 3 mars 2025".
func overdueLine(e model.FollowUpEntry, today model.Date) string {
	var why string
	switch e.OverdueOn(today) {
	case model.OverdueReview:
		why = lang.L("overview.followup.review_passed", map[string]any{"Date": uikit.FormatDate(e.FollowUp.ReviewDate)})
	case model.OverdueNoNotes:
		why = lang.L("overview.followup.silent", map[string]any{"Date": uikit.FormatDate(e.HeardOf())})
	}
	if n := e.Proposal.RegistryNumber; n != "" {
		return lang.L("detail.registry_number", map[string]any{"N": n}) + " · " + why
	}
	return why
}
