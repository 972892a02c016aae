package meeting

import (
	"context"
	"errors"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/mock"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// fakeStore is a store of the given meetings with no members and no
// proposals; meetings is read at each call.
func fakeStore(meetings *[]model.Meeting) *mock.Store {
	return &mock.Store{
		MeetingStore: mock.MeetingStore{
			MeetingsFn: func(context.Context) ([]model.Meeting, error) { return *meetings, nil },
		},
		MemberStore: mock.MemberStore{
			MembersFn: func(context.Context) ([]model.Member, error) { return nil, nil },
		},
		ProposalStore: mock.ProposalStore{
			ProposalsFn: func(context.Context, model.ProposalFilter) ([]model.Proposal, error) { return nil, nil },
		},
	}
}

// openOnFake opens the meetings window on s with background work held
// until the test runs it.
func openOnFake(t *testing.T, s model.Store) (*Window, *[]func()) {
	t.Helper()
	a := testapp.New(t)
	if err := uikit.SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	var held []func()
	w := Open(a, s, func(f func()) { held = append(held, f) }, &fakeShell{})
	return w, &held
}

// Of two readings of the store, the window shows the later one, even
// when the earlier one finishes last.
func TestTheMeetingsWindowShowsTheLatestReading(t *testing.T) {
	starts := time.Date(2027, 3, 1, 13, 0, 0, 0, time.Local)
	one := []model.Meeting{{ID: 1, Place: "Rum 1", StartsAt: starts, EndsAt: starts.Add(time.Hour)}}
	two := append(one, model.Meeting{ID: 2, Place: "Rum 2", StartsAt: starts.AddDate(0, 1, 0), EndsAt: starts.AddDate(0, 1, 0).Add(time.Hour)})
	meetings := one
	w, held := openOnFake(t, fakeStore(&meetings))
	first := (*held)[0]
	meetings = two
	w.Reload()
	(*held)[1]() // the later reading: two meetings
	if len(w.meetings) != 2 || w.meetings[0].ID != 2 {
		t.Fatalf("after the later reading the window shows %d meetings", len(w.meetings))
	}
	meetings = one
	first() // the earlier reading, finishing last, reads one meeting
	if len(w.meetings) != 2 {
		t.Errorf("an earlier reading finishing last replaced the later: %d meetings shown", len(w.meetings))
	}
}

// A store that cannot be read is said in words, and the window stays
// empty.
func TestTheMeetingsWindowSaysWhenTheStoreCannotBeRead(t *testing.T) {
	s := &mock.Store{MeetingStore: mock.MeetingStore{
		MeetingsFn: func(context.Context) ([]model.Meeting, error) { return nil, errors.New("disk on fire") },
	}}
	w, held := openOnFake(t, s)
	(*held)[0]()
	top := w.win.Canvas().Overlays().Top()
	if top == nil || !contains(labelsOf(top), "Det gick inte") {
		t.Fatal("no error dialog over the meetings window")
	}
	if len(w.meetings) != 0 || !w.editBtn.Disabled() || !w.modeBtn.Disabled() {
		t.Error("the window offers a meeting it could not read")
	}
}

// Removing an item from the agenda tells the main window (proposals may
// have moved) and reads the meetings again.
func TestRemovingAnItemTellsTheMainWindow(t *testing.T) {
	starts := time.Date(2027, 3, 1, 13, 0, 0, 0, time.Local)
	meetings := []model.Meeting{{ID: 1, Place: "Rum 1", StartsAt: starts, EndsAt: starts.Add(time.Hour),
		Items: []model.Item{{ID: 7, MeetingID: 1, ProposalID: 3, Number: 1}}}}
	s := fakeStore(&meetings)
	var removed []int64
	s.RemoveItemFn = func(_ context.Context, id int64) error {
		removed = append(removed, id)
		meetings[0].Items = nil
		return nil
	}
	a := testapp.New(t)
	if err := uikit.SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	shell := &fakeShell{}
	w := Open(a, s, func(f func()) { f() }, shell)
	w.agenda.Select(0)
	if w.removeBtn.Disabled() {
		t.Fatal("Ta bort is disabled with an item chosen")
	}
	w.onRemoveItem()
	confirmed := false
	for _, b := range objectsOf[*widgets.Button](w.win.Canvas().Overlays().Top()) {
		if b.Text == "Ja" || b.Text == "Yes" {
			test.Tap(b)
			confirmed = true
		}
	}
	if !confirmed {
		t.Fatalf("no Ja in the question: %q", labelsOf(w.win.Canvas().Overlays().Top()))
	}
	if len(removed) != 1 || removed[0] != 7 || shell.changed != 1 {
		t.Errorf("removed %v, main window told %d times", removed, shell.changed)
	}
	if mt, _ := w.current(); len(mt.Items) != 0 {
		t.Error("the agenda shown still has the item")
	}
}
