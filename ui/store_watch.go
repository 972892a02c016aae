package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"

	"github.com/styrgrupp/styrgrupp/model"
)

// watchInterval is how often the window looks for changes that another
// window or program has made to a store that does not tell of them
// itself (a SQLite file); a store that does (model.ChangeFeed, a shared
// store on a server) is looked at when it tells. Tests shorten it.
var watchInterval = 3 * time.Second

// outageRetry is how often the window tries its store again while the
// store's server does not answer (the outage banner is shown). Tests
// shorten it.
var outageRetry = 3 * time.Second

// lookTimeout bounds a look at the store: a server whose network drops
// what is sent to it does not answer at all, and the look that waited
// for it would hold the watch loop, so that the window never said so.
const lookTimeout = 10 * time.Second

// storeWatch is what watchStore remembers between two looks at the store.
type storeWatch struct {
	watched model.Store
	seen    int64
	known   bool // seen has been read from watched
	pending bool // a change by someone else not yet shown, because a dialog was open
	// feed is the watched store's change feed (model.ChangeFeed), nil
	// when it has none or the feed has ended; stopFeed ends it.
	feed     <-chan int64
	stopFeed context.CancelFunc
	// down says that the store's server did not answer the last look, or
	// a read or write since: the window tries again every outageRetry.
	down bool
}

// watchStore shows what another window or program changes in the store
// (a colleague's edit or comment, an import from the command line)
// without the user reopening anything: it looks at the store (checkStore)
// when the store's change feed tells of a change, or every watchInterval
// when the store has none, and every outageRetry while its server does
// not answer. It watches until ctx ends, then closes the returned
// channel.
func (w *MainWindow) watchStore(ctx context.Context) (done <-chan struct{}) {
	end := make(chan struct{})
	go func() {
		defer close(end)
		var st storeWatch
		defer st.unsubscribe()
		for {
			w.checkStore(ctx, &st)
			if !w.waitForChange(ctx, &st) {
				return
			}
		}
	}()
	return end
}

// waitForChange waits until it is time to look at the store again; it
// returns false when ctx ends first.
func (w *MainWindow) waitForChange(ctx context.Context, st *storeWatch) bool {
	var tick <-chan time.Time
	switch {
	case st.down:
		tick = time.After(outageRetry)
	case st.feed == nil:
		tick = time.After(watchInterval)
	}
	select {
	case <-ctx.Done():
		return false
	case _, ok := <-st.feed:
		if !ok { // the store was closed: its successor is subscribed to at the next look
			st.feed = nil
		}
	case <-tick:
	case <-w.wake:
	}
	return true
}

// unsubscribe ends the watched store's change feed, if any.
func (st *storeWatch) unsubscribe() {
	if st.stopFeed != nil {
		st.stopFeed()
	}
	st.feed, st.stopFeed = nil, nil
}

// subscribe starts watching s: its change feed when it has one, before
// its Version is first read, so that no change falls in between.
func (st *storeWatch) subscribe(ctx context.Context, s model.Store) {
	st.unsubscribe()
	st.watched, st.pending, st.known = s, false, false
	if f, ok := s.(model.ChangeFeed); ok {
		ctx, cancel := context.WithCancel(ctx)
		st.feed, st.stopFeed = f.Changes(ctx), cancel
	}
}

// checkStore reads the store's Version off the UI goroutine. On any
// change, this program's own included, the meetings window reads its
// meetings and proposals again (a proposal marked för beslut here is news
// to its Lägg till ärende). When someone else changed the store, the main
// window reads the proposals again (load), but waits while a dialog is
// open over it, such as the edit form, so nothing changes under the
// user's hands; saving the form meets the change as a conflict and
// merges it. When the server does not answer, the window says so
// (sayOutage); when it answers again, the window stops saying so and
// reads everything again, as after someone else's change.
func (w *MainWindow) checkStore(ctx context.Context, st *storeWatch) {
	var s model.Store
	var rctx context.Context
	var wasDown bool
	fyne.DoAndWait(func() { s, rctx, wasDown = w.store, w.base, w.down != nil })
	if s != st.watched {
		st.subscribe(ctx, s)
	}
	rctx, cancel := context.WithTimeout(rctx, lookTimeout)
	v, mine, err := s.Version(rctx)
	cancel()
	if err != nil {
		st.down = model.Unreachable(err)
		if st.down {
			fyne.DoAndWait(func() {
				if w.store == s {
					w.sayOutage(err)
				}
			})
		}
		return // else the store was closed for another one; the next look reads that
	}
	st.down = false
	if wasDown {
		fyne.DoAndWait(func() {
			if w.store == s && w.endOutage() {
				w.showChangeInMeetings(s)
			}
		})
		st.pending = true
	}
	if !st.known {
		st.seen, st.known = v, true
	} else if v != st.seen {
		st.seen = v
		st.pending = st.pending || !mine
		fyne.DoAndWait(func() { w.showChangeInMeetings(s) })
	}
	if st.pending {
		fyne.DoAndWait(func() { st.pending = !w.showOutsideChange(s) })
	}
}

// showChangeInMeetings reads the meetings window's meetings and proposals
// again, with the dialogs open in it, while it is open on store.
func (w *MainWindow) showChangeInMeetings(store model.Store) {
	if w.store == store && w.meetings != nil && w.meetings.Uses(store) {
		w.meetings.Reload()
	}
}

// showOutsideChange reads the proposals again after someone else changed
// store, unless a dialog is open over the window or another store is open
// by now; it tells whether it did, or no longer needs to.
func (w *MainWindow) showOutsideChange(store model.Store) bool {
	if w.store != store {
		return true
	}
	if w.win.Canvas().Overlays().Top() != nil {
		return false
	}
	w.load()
	return true
}
