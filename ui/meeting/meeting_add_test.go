package meeting

import (
	"context"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/model"
)

// objectsOf returns every object of type T under root, in drawing order.
func objectsOf[T fyne.CanvasObject](root fyne.CanvasObject) []T {
	var out []T
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if v, ok := o.(T); ok {
			out = append(out, v)
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, child := range c.Objects {
				walk(child)
			}
		}
		if wd, ok := o.(fyne.Widget); ok {
			for _, child := range test.WidgetRenderer(wd).Objects() {
				walk(child)
			}
		}
	}
	walk(root)
	return out
}

// addRowAt returns the row of the add dialog that shows the proposal
// a.shown lists id-th, not counting the parts' headings.
func addRowAt(t *testing.T, w *Window, id int) *addRow {
	t.Helper()
	row := -1
	for k, c := range w.adding.shown {
		if c.Header == "" {
			id--
		}
		if id < 0 {
			row = k
			break
		}
	}
	for _, r := range objectsOf[*addRow](w.win.Canvas().Overlays().Top()) {
		if r.id == row && r.Visible() {
			return r
		}
	}
	t.Fatalf("no row %d is drawn in the add dialog", row)
	return nil
}

// tapBox taps a row's check box, in its middle.
func tapBox(r *addRow) {
	test.TapAt(r.check, fyne.NewPos(r.check.MinSize().Width/2, r.check.Size().Height/2))
}

// emptyMeeting makes a meeting without items and shows it.
func (f *meetingsFixture) emptyMeeting() model.Meeting {
	f.t.Helper()
	m, err := f.store.CreateMeeting(model.WithActor(context.Background(), "Test"),
		model.Meeting{Title: "Extra", Place: "Rum 2", StartsAt: time.Date(2027, 3, 1, 13, 0, 0, 0, time.Local)})
	if err != nil {
		f.t.Fatal(err)
	}
	f.w.reload(m.ID)
	return m
}

// agendaOf lists the proposals on a meeting's agenda, in its order.
func (f *meetingsFixture) agendaOf(id int64) []int64 {
	var out []int64
	for _, it := range f.meeting(id).Items {
		out = append(out, it.ProposalID)
	}
	return out
}

// A proposal marked för beslut while Möten is open shows in its Lägg
// till ärende at the next reading of the store (the main window calls
// Reload on every change it sees), without reopening anything.
func TestTheAddDialogFollowsAProposalMarkedReadyElsewhere(t *testing.T) {
	f := newMeetingsFixture(t)
	s := f.store
	ctx := model.WithActor(context.Background(), "Test")
	m, err := s.CreateMeeting(ctx, model.Meeting{Title: "Extra", Place: "Rum 2",
		StartsAt: time.Date(2027, 3, 1, 13, 0, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	f.w.Reload()
	if len(f.w.meetings) != 3 {
		t.Errorf("the meetings window shows %d meetings, not the new one", len(f.w.meetings))
	}
	f.w.show(m.ID)
	f.w.onAddItem()
	a := f.w.adding
	var draft model.Proposal
	ps, _ := s.Proposals(ctx, model.ProposalFilter{})
	for _, p := range ps {
		if p.Status == model.StatusDraft && p.Kind == model.KindIntervention {
			if _, err := s.MarkReady(ctx, p.ID); err == nil {
				draft = p
				break
			}
		}
	}
	if draft.ID == 0 {
		t.Fatal("no draft could be marked ready")
	}
	if slices.ContainsFunc(a.choices, func(c addChoice) bool { return c.Proposal.ID == draft.ID }) {
		t.Fatal("the dialog knew of the proposal before it was marked ready")
	}
	f.w.Reload()
	if !slices.ContainsFunc(a.choices, func(c addChoice) bool { return c.Proposal.ID == draft.ID && c.Waits == "" }) {
		t.Fatal("the open dialog does not offer the proposal marked ready meanwhile")
	}
	if !contains(labelsOf(f.w.win.Canvas().Overlays().Top()), draft.Ref+"  "+draft.Title) {
		t.Error("the proposal marked ready is not drawn in the dialog")
	}
}

// Lägg till ärende lists the proposals that can be added before the
// greyed-out ones, and adds the checked ones at once, in the order listed.
func TestTheAddDialogAddsSeveralCheckedProposalsInOrder(t *testing.T) {
	f := newMeetingsFixture(t)
	freeReadyProposals(t, f.store, 3)
	m := f.emptyMeeting()
	f.w.onAddItem()
	a := f.w.adding
	a.dlg.Resize(fyne.NewSize(640, 900))
	if len(a.choices) < 3 || a.choices[0].Waits != "" || a.choices[len(a.choices)-1].Waits == "" {
		t.Fatalf("want the free proposals first and the greyed-out last: %+v", a.choices)
	}
	tapBox(addRowAt(t, f.w, 1))
	tapBox(addRowAt(t, f.w, 0))
	if a.addBtn.Disabled() || a.addBtn.Text != "Lägg till 2 ärenden" {
		t.Errorf("the add button says %q (disabled %v)", a.addBtn.Text, a.addBtn.Disabled())
	}
	test.Tap(a.addBtn)
	want := []int64{a.choices[0].Proposal.ID, a.choices[1].Proposal.ID}
	if got := f.agendaOf(m.ID); !slices.Equal(got, want) {
		t.Errorf("agenda %v, want %v in the order listed", got, want)
	}
	if f.w.win.Canvas().Overlays().Top() != nil {
		t.Error("the dialog stays open after adding")
	}
	if f.w.agendaLength() != 2 {
		t.Errorf("the window's agenda shows %d items", f.w.agendaLength())
	}
}

// A double-click on a proposal adds it; Enter adds the checked ones, or
// the only one a search leaves.
func TestTheAddDialogAddsOnDoubleClickAndEnter(t *testing.T) {
	f := newMeetingsFixture(t)
	freeReadyProposals(t, f.store, 3)
	m := f.emptyMeeting()
	f.w.onAddItem()
	first := f.w.adding.choices[0].Proposal
	test.DoubleTap(addRowAt(t, f.w, 0))
	if got := f.agendaOf(m.ID); !slices.Equal(got, []int64{first.ID}) {
		t.Fatalf("after a double-click the agenda is %v, want %d", got, first.ID)
	}
	if f.w.win.Canvas().Overlays().Top() != nil {
		t.Error("the dialog stays open after a double-click")
	}

	// Search for one, then Enter in the search field.
	f.w.onAddItem()
	a := f.w.adding
	next := a.choices[0].Proposal
	test.Type(a.filter, next.Title)
	if len(a.shown) != 1 {
		t.Fatalf("searching %q shows %d", next.Title, len(a.shown))
	}
	a.filter.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := f.agendaOf(m.ID); !slices.Equal(got, []int64{first.ID, next.ID}) {
		t.Fatalf("after Enter in the search the agenda is %v", got)
	}

	// Check one, then Enter with no field focused.
	f.w.onAddItem()
	a = f.w.adding
	third := a.choices[0].Proposal
	test.Tap(addRowAt(t, f.w, 0))
	c := f.w.win.Canvas()
	c.Unfocus()
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := f.agendaOf(m.ID); !slices.Equal(got, []int64{first.ID, next.ID, third.ID}) {
		t.Errorf("after Enter the agenda is %v", got)
	}
}

// A search that finds nothing says so, and Escape closes the dialog
// without adding.
func TestTheAddDialogSaysNoMatchesAndClosesOnEscape(t *testing.T) {
	f := newMeetingsFixture(t)
	freeReadyProposals(t, f.store, 1)
	m := f.emptyMeeting()
	f.w.onAddItem()
	a := f.w.adding
	if a.empty.Visible() {
		t.Errorf("the dialog says %q over its proposals", a.empty.Text)
	}
	test.Type(a.filter, "zzzqqq")
	if !a.empty.Visible() || a.empty.Text != "Inga träffar" || len(a.shown) != 0 {
		t.Errorf("an empty search says %q (visible %v, %d shown)", a.empty.Text, a.empty.Visible(), len(a.shown))
	}
	if !a.addBtn.Disabled() {
		t.Error("Lägg till is enabled with nothing to add")
	}
	a.filter.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // nothing to add
	a.filter.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if f.w.win.Canvas().Overlays().Top() != nil {
		t.Error("Escape did not close the dialog")
	}
	if n := len(f.meeting(m.ID).Items); n != 0 {
		t.Errorf("%d items were added", n)
	}
}

// A box ticked with the mouse keeps the keyboard: Enter there adds the
// checked proposals, and Escape there closes the dialog (the walkthrough
// found both ignored).
func TestTheAddDialogTakesEnterAndEscapeInATickedBox(t *testing.T) {
	f := newMeetingsFixture(t)
	freeReadyProposals(t, f.store, 2)
	m := f.emptyMeeting()
	f.w.onAddItem()
	a := f.w.adding
	first := a.choices[0].Proposal
	row := addRowAt(t, f.w, 0)
	row.check.SetChecked(true)
	row.check.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := f.agendaOf(m.ID); !slices.Equal(got, []int64{first.ID}) {
		t.Fatalf("after Enter in the ticked box the agenda is %v, want %d", got, first.ID)
	}

	f.w.onAddItem()
	row = addRowAt(t, f.w, 0)
	row.check.SetChecked(true)
	row.check.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if f.w.win.Canvas().Overlays().Top() != nil {
		t.Error("Escape in a ticked box leaves the dialog open")
	}
	if got := f.agendaOf(m.ID); len(got) != 1 {
		t.Errorf("Escape added to the agenda: %v", got)
	}
}
