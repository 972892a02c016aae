package ui

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// overdueDay is the fixed day the follow-up tests run on.
var overdueDay = time.Date(2026, 5, 15, 10, 0, 0, 0, model.Stockholm)

// followUpEntry is an approved intervention with its follow-up, decided
// at a meeting on 1 October 2025.
func followUpEntry(id int64, ref, title string, s model.FollowUpStatus, review model.Date, notes ...model.Date) model.FollowUpEntry {
	p := model.Proposal{ID: id, Revision: 1, Status: model.StatusDecided, Outcome: model.OutcomeApproved,
		Content: model.Content{Ref: ref, Kind: model.KindIntervention, Title: title}}
	f := model.FollowUp{ProposalID: id, Status: s, ReviewDate: review}
	for i, d := range notes {
		f.Notes = append(f.Notes, model.FollowUpNote{ID: int64(i + 1), Date: d, AuthorID: 1, Text: "Läget"})
	}
	return model.FollowUpEntry{Proposal: p, FollowUp: f,
		Meeting: model.Meeting{ID: 1, Title: "Styrgruppen", StartsAt: time.Date(2025, 10, 1, 13, 0, 0, 0, model.Stockholm)}}
}

// overviewFollowUpFake is a fake store of the entries of followUpEntries, their
// proposals and area 1.
func overviewFollowUpFake() *fakeStore {
	s := newFakeStore()
	es := followUpEntries()
	for _, e := range es {
		s.proposals = append(s.proposals, e.Proposal)
	}
	s.FollowUpsFn = func(context.Context) ([]model.FollowUpEntry, error) { return es, nil }
	return s
}

// followUpEntries are follow-ups of every kind: overdue for their review
// date or their silence, and not overdue for being over, for a review
// date of today, a note within six months, or a meeting within six
// months.
func followUpEntries() []model.FollowUpEntry {
	d := model.NewDate
	laxhjalp := followUpEntry(10, "2.10", "Läxhjälp", model.FollowUpInProgress, d(2026, 5, 1), d(2026, 4, 1))
	laxhjalp.Proposal.RegistryNumber = "KS 2026/124"
	area := followUpEntry(11, "4", "Trygg skolväg", model.FollowUpInProgress, model.Date{}, d(2026, 3, 1))
	area.Proposal.Kind = model.KindArea
	return []model.FollowUpEntry{
		followUpEntry(1, "1.1", "Skolsköterska", model.FollowUpCompleted, d(2026, 1, 1)),
		followUpEntry(2, "1.2", "Fritidsgårdar", model.FollowUpInProgress, model.Date{}, d(2025, 9, 1), d(2025, 11, 1)),
		followUpEntry(3, "1.3", "Nattvandring", model.FollowUpStopped, d(2026, 2, 1)),
		followUpEntry(4, "1.4", "Mentorer", model.FollowUpNotStarted, model.Date{}),
		followUpEntry(5, "2.3", "Föräldrastöd", model.FollowUpNotStarted, d(2026, 5, 14), d(2026, 5, 2)),
		laxhjalp,
		followUpEntry(6, "3.1", "Idrott för alla", model.FollowUpInProgress, d(2026, 5, 15), d(2026, 1, 10)),
		followUpEntry(7, "3.2", "Kulturskola", model.FollowUpInProgress, model.Date{}, d(2025, 11, 20)),
		area,
	}
}

// fixedOverview is the overview of the fake's follow-ups, read on
// overdueDay, which calls onOpen with the ref of an overdue one chosen.
func fixedOverview(t *testing.T, s *fakeStore, onOpen func(string)) *overview {
	t.Helper()
	ctx := model.WithClock(context.Background(), func() time.Time { return overdueDay })
	o := newOverviewLoading(func(err error) { t.Errorf("overview: %v", err) }, onOpen)
	ps, d, err := readProposals(ctx, s)
	if err != nil || len(ps) != len(s.proposals) {
		t.Fatalf("read %d proposals of %d: %v", len(ps), len(s.proposals), err)
	}
	o.show(d)
	return o
}

// overdueRows returns the rows of the overdue list.
func overdueRows(o *overview) []*widgets.LinkRow {
	var out []*widgets.LinkRow
	for _, obj := range o.followUps.overdue.Objects {
		if r, ok := obj.(*widgets.LinkRow); ok {
			out = append(out, r)
		}
	}
	return out
}

// The follow-up card counts the approved areas and interventions at each
// status of their follow-up and says so.
func TestOverviewCountsFollowUpsPerStatus(t *testing.T) {
	testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	o := fixedOverview(t, overviewFollowUpFake(), func(string) {})
	want := map[model.Kind]map[model.FollowUpStatus]int{
		model.KindArea: {model.FollowUpInProgress: 1},
		model.KindIntervention: {model.FollowUpNotStarted: 2, model.FollowUpInProgress: 4,
			model.FollowUpCompleted: 1, model.FollowUpStopped: 1},
	}
	for _, k := range model.Kinds {
		for _, s := range model.FollowUpStatuses {
			if got := o.followUps.counts.byStatus[k][s]; got != want[k][s] {
				t.Errorf("%s %s: %d, want %d", k, s, got, want[k][s])
			}
		}
	}
	w := test.NewWindow(o.followUps.content)
	defer w.Close()
	w.Resize(fyne.NewSize(500, 900))
	shown := slices.Compact(labels(w)) // a label, then its text
	for _, s := range model.FollowUpStatuses {
		row := []string{s.Label(model.Swedish), formatCount(want[model.KindArea][s]), formatCount(want[model.KindIntervention][s])}
		i := slices.Index(shown, row[0])
		if i < 0 || i+3 > len(shown) || !slices.Equal(shown[i:i+3], row) {
			t.Errorf("no row %q in %q", row, shown)
		}
	}
	if i := slices.Index(shown, "Totalt"); i < 0 || !slices.Equal(shown[i:i+3], []string{"Totalt", "1", "8"}) {
		t.Errorf("no total of 1 area and 8 interventions: %q", shown)
	}
}

// On a fixed day the overdue list holds the follow-ups whose review date
// has passed, then those without a note (or, with none, a meeting) for
// six months, each group by ref; not those completed or stopped, nor
// one reviewed today or heard of within six months. Each row says why,
// in the window's language.
func TestOverviewListsOverdueFollowUpsOnAFixedDay(t *testing.T) {
	testapp.New(t)
	t.Cleanup(func() { _ = SetLanguage(model.Swedish) })
	for _, c := range []struct {
		lang model.Language
		want [][2]string
	}{
		{model.Swedish, [][2]string{
			{"2.3  Föräldrastöd", "Uppföljningsdatum 14 maj 2026 har passerat"},
			{"2.10  Läxhjälp", "Dnr KS 2026/124 · Uppföljningsdatum 1 maj 2026 har passerat"},
			{"1.2  Fritidsgårdar", "Ingen anteckning sedan 1 november 2025"},
			{"1.4  Mentorer", "Ingen anteckning sedan 1 oktober 2025"},
		}},
		{model.English, [][2]string{
			{"2.3  Föräldrastöd", "Review date passed on 14 May 2026"},
			{"2.10  Läxhjälp", "Reg. no. KS 2026/124 · Review date passed on 1 May 2026"},
			{"1.2  Fritidsgårdar", "No note since 1 November 2025"},
			{"1.4  Mentorer", "No note since 1 October 2025"},
		}},
	} {
		if err := SetLanguage(c.lang); err != nil {
			t.Fatal(err)
		}
		o := fixedOverview(t, overviewFollowUpFake(), func(string) {})
		var got [][2]string
		for _, r := range overdueRows(o) {
			got = append(got, [2]string{r.Title.Text, r.Detail.Text})
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: overdue\n%q\nwant\n%q", c.lang, got, c.want)
		}
	}
}

// When nothing is overdue, one line says so.
func TestOverviewSaysWhenNoFollowUpIsOverdue(t *testing.T) {
	testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := overviewFollowUpFake()
	var fine []model.FollowUpEntry
	for _, e := range followUpEntries() {
		if e.OverdueOn(model.DateOf(overdueDay)) == model.NotOverdue {
			fine = append(fine, e)
		}
	}
	s.FollowUpsFn = func(context.Context) ([]model.FollowUpEntry, error) { return fine, nil }
	o := fixedOverview(t, s, func(string) {})
	if rows := overdueRows(o); len(rows) != 0 {
		t.Errorf("%d rows overdue", len(rows))
	}
	if shown := slices.Compact(labelsOf(o.followUps.overdue)); !slices.Equal(shown, []string{"Ingen uppföljning är försenad."}) {
		t.Errorf("the list says %q", shown)
	}
}

// A click on an overdue follow-up, or Enter on it, shows its proposal in
// the main window, as choosing it in the tree does; the list follows the
// store when the window reads it again.
func TestChoosingAnOverdueFollowUpSelectsItsProposal(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	was := clock
	clock = func() time.Time { return overdueDay }
	t.Cleanup(func() { clock = was })
	s := overviewFollowUpFake()
	w := NewMainWindow(a, s)
	w.win.Resize(fyne.NewSize(1366, 768))
	rows := overdueRows(w.overview)
	if len(rows) != 4 {
		t.Fatalf("%d overdue rows, want 4", len(rows))
	}
	test.Tap(rows[1])
	if got := w.detail.shown.Ref; got != "2.10" {
		t.Fatalf("a click on 2.10 shows %q", got)
	}

	w.showOverview()
	rows = overdueRows(w.overview)
	w.win.Canvas().Focus(rows[2])
	rows[2].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := w.detail.shown.Ref; got != "1.2" {
		t.Fatalf("Enter on 1.2 shows %q", got)
	}

	// Another window completes 1.2 and reviews 2.3: the list follows.
	es := followUpEntries()
	for i := range es {
		switch es[i].Proposal.Ref {
		case "1.2":
			es[i].FollowUp.Status = model.FollowUpCompleted
		case "2.3":
			es[i].FollowUp.ReviewDate = model.Date{}
		}
	}
	s.FollowUpsFn = func(context.Context) ([]model.FollowUpEntry, error) { return es, nil }
	w.Reload()
	var refs []string
	for _, r := range overdueRows(w.overview) {
		refs = append(refs, r.Title.Text)
	}
	if want := []string{"2.10  Läxhjälp", "1.4  Mentorer"}; !slices.Equal(refs, want) {
		t.Errorf("after the change %q, want %q", refs, want)
	}
}

// When the follow-ups cannot be read, the overview says so and the error
// is reported; the tree still shows the proposals.
func TestOverviewSaysWhenTheFollowUpsCannotBeRead(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := overviewFollowUpFake()
	s.FollowUpsFn = func(context.Context) ([]model.FollowUpEntry, error) { return nil, errors.New("disk on fire") }
	var got []error
	o := newOverviewLoading(func(err error) { got = append(got, err) }, func(string) {})
	_, d, err := readProposals(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	o.show(d)
	if len(got) != 1 || !o.failed.Visible() || o.cards.Visible() {
		t.Errorf("errors %v, message shown %v, cards shown %v", got, o.failed.Visible(), o.cards.Visible())
	}
	w := NewMainWindow(a, s)
	if len(w.tree.byRef) != len(s.proposals) {
		t.Errorf("the tree holds %d proposals, want %d", len(w.tree.byRef), len(s.proposals))
	}
	if w.win.Canvas().Overlays().Top() == nil {
		t.Error("the window does not say that the follow-ups could not be read")
	}
}
