package ui

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/mock"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

func TestOutsideChangeShowsUnlessADialogIsOpen(t *testing.T) {
	w, s := editWindow(t)
	other, err := sqlite.Open(s.Path()) // another window on the same file
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	ctx := testCtx("Annan")
	add := func(ref string) {
		t.Helper()
		if _, err := other.CreateProposal(ctx, model.Content{Ref: ref, Kind: model.KindArea, Title: "Område " + ref}); err != nil {
			t.Fatal(err)
		}
	}

	add("7")
	if _, mine, err := s.Version(ctx); err != nil || mine {
		t.Fatalf("the window's store takes the other's change as its own (err %v)", err)
	}
	if !w.showOutsideChange(s) {
		t.Fatal("not shown with no dialog open")
	}
	if _, ok := w.tree.byRef["7"]; !ok {
		t.Fatal("the tree lacks the proposal the other window made")
	}

	add("8")
	d := uikit.ShowErrorMessage(w.win, "Ett fel")
	if w.showOutsideChange(s) {
		t.Error("shown under an open dialog")
	}
	if _, ok := w.tree.byRef["8"]; ok {
		t.Error("the tree changed under an open dialog")
	}
	d.Hide()
	if !w.showOutsideChange(s) {
		t.Error("not shown once the dialog closed")
	}
	if _, ok := w.tree.byRef["8"]; !ok {
		t.Error("the tree lacks the second proposal")
	}
}

// feedStore is a fake store that tells of changes (model.ChangeFeed), as
// a shared store on a server does.
type feedStore struct {
	*fakeStore
	mock.ChangeFeed
}

// quickLooks makes the watch loop's waits short for the test: a test
// that waits for a look waits for it, not for the loop's schedule.
func quickLooks(t *testing.T) {
	interval, retry := watchInterval, outageRetry
	watchInterval, outageRetry = time.Millisecond, time.Millisecond
	t.Cleanup(func() { watchInterval, outageRetry = interval, retry })
}

// watching starts the window's watch loop and returns what stops it and
// waits for it to end; then the test may read the window again. The loop
// is stopped when the test ends, if not before.
func watching(t *testing.T, w *MainWindow) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := w.watchStore(ctx)
	stop = sync.OnceFunc(func() {
		cancel()
		<-done
	})
	t.Cleanup(stop)
	return stop
}

// signal sends on ch without waiting: ch counts calls, up to its size.
func signal(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

// await waits for a signal on ch, failing the test after a bound meant
// for a hung test, not a measure of speed.
func await(t *testing.T, ch chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(30 * time.Second):
		t.Fatalf("waited in vain for %s", what)
	}
}

// On a store with a change feed the window looks when the feed tells of
// a change, not on a clock: another member's new proposal shows.
func TestWatchLooksWhenTheFeedTells(t *testing.T) {
	quickLooks(t)
	f := newFakeStore()
	var version atomic.Int64
	version.Store(1)
	looks := make(chan struct{}, 1000)
	f.VersionFn = func(context.Context) (int64, bool, error) {
		defer signal(looks)
		return version.Load(), false, nil
	}
	feed := make(chan int64, 1)
	var subscribed atomic.Int32
	s := &feedStore{fakeStore: f, ChangeFeed: mock.ChangeFeed{ChangesFn: func(context.Context) <-chan int64 {
		subscribed.Add(1)
		return feed
	}}}
	w := NewMainWindow(testapp.New(t), s)
	f.proposals = append(f.proposals, model.Proposal{ID: 2, Revision: 1, Status: model.StatusDraft,
		Content: model.Content{Ref: "2", Kind: model.KindArea, Title: "Skolnärvaro"}})

	stop := watching(t, w)
	await(t, looks, "the first look")
	version.Store(2)
	feed <- 2
	await(t, looks, "the look after the feed told of a change")
	stop()

	if _, ok := w.tree.byRef["2"]; !ok {
		t.Error("the tree lacks the proposal the feed told of")
	}
	if n := len(looks); n != 0 {
		t.Errorf("the window looked %d times more without a change told: it polls a store with a feed", n)
	}
	if n := subscribed.Load(); n != 1 {
		t.Errorf("the window subscribed to the feed %d times, want once", n)
	}
}

// A store without a change feed (a SQLite file) is looked at on a clock,
// as before.
func TestWatchPollsAStoreWithoutAFeed(t *testing.T) {
	quickLooks(t)
	f := newFakeStore()
	var version atomic.Int64
	version.Store(1)
	looks := make(chan struct{}, 1)
	reads := make(chan struct{}, 1)
	f.VersionFn = func(context.Context) (int64, bool, error) {
		defer signal(looks)
		return version.Load(), false, nil
	}
	w := NewMainWindow(testapp.New(t), f)
	f.proposals = append(f.proposals, model.Proposal{ID: 2, Revision: 1, Status: model.StatusDraft,
		Content: model.Content{Ref: "2", Kind: model.KindArea, Title: "Skolnärvaro"}})
	all := f.proposals
	f.ProposalsFn = func(context.Context, model.ProposalFilter) ([]model.Proposal, error) {
		defer signal(reads)
		return all, nil
	}

	stop := watching(t, w)
	await(t, looks, "the first look")
	version.Store(2)
	await(t, reads, "the proposals read again")
	stop()
	if _, ok := w.tree.byRef["2"]; !ok {
		t.Error("the tree lacks the proposal made meanwhile")
	}
}
