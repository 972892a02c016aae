package ui

import (
	"context"
	"errors"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// overviewStore is what the window reads of the store when it shows the
// proposals: the proposals for its tree, and for the overview the
// follow-ups and the meetings, whose minutes may be overdue.
type overviewStore interface {
	Proposals(ctx context.Context, f model.ProposalFilter) ([]model.Proposal, error)
	FollowUps(ctx context.Context) ([]model.FollowUpEntry, error)
	Meetings(ctx context.Context) ([]model.Meeting, error)
}

// readProposals reads the proposals and the overview's figures: the
// three reads go at once, each on a connection of its own, so that on a
// shared store the window waits for one round trip instead of three
// (issue 14's link benchmark). The overview is counted from the
// proposals and the follow-ups on the day of ctx's clock
// (model.WithClock) in Swedish time, with the meetings whose minutes are
// overdue then (model.OverdueSignOffs). It needs no widgets, so it may
// run off the UI goroutine.
func readProposals(ctx context.Context, s overviewStore) ([]model.Proposal, overviewData, error) {
	var (
		wg      sync.WaitGroup
		ps      []model.Proposal
		es      []model.FollowUpEntry
		ms      []model.Meeting
		pe, oe1 error
		oe2     error
	)
	wg.Add(3)
	go func() { defer wg.Done(); ps, pe = s.Proposals(ctx, model.ProposalFilter{}) }()
	go func() { defer wg.Done(); es, oe1 = s.FollowUps(ctx) }()
	go func() { defer wg.Done(); ms, oe2 = s.Meetings(ctx) }()
	wg.Wait()
	if pe != nil {
		return nil, overviewData{}, pe
	}
	if err := errors.Join(oe1, oe2); err != nil {
		return ps, overviewData{err: err}, nil
	}
	now := model.Now(ctx)
	d := overviewOf(ps, es, model.SwedishDay(now))
	d.lateMinutes = model.OverdueSignOffs(ms, now)
	return ps, d, nil
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
