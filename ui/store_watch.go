package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"

	"github.com/styrgrupp/styrgrupp/model"
)

// watchInterval is how often the window looks for changes that another
// window or program has made to its store.
const watchInterval = 3 * time.Second

// storeWatch is what watchStore remembers between two looks at the store.
type storeWatch struct {
	watched model.Store
	seen    int64
	pending bool // a change by someone else not yet shown, because a dialog was open
}

// watchStore shows what another window or program changes in the store
// (a colleague's edit or comment, an import from the command line)
// within watchInterval, without the user reopening anything: it looks at
// the store (checkStore) every watchInterval. It returns a function that
// stops the watching.
func (w *MainWindow) watchStore() (stop func()) {
	ticker := time.NewTicker(watchInterval)
	done := make(chan struct{})
	go func() {
		var st storeWatch
		for {
			select {
			case <-done:
				return
			case <-ticker.C:
			}
			w.checkStore(&st)
		}
	}()
	return func() {
		ticker.Stop()
		close(done)
	}
}

// checkStore reads the store's Version off the UI goroutine. On any
// change, this program's own included, the meetings window reads its
// meetings and proposals again (a proposal marked för beslut here is news
// to its Lägg till ärende). When someone else changed the store, the main
// window reads the proposals again (load), but waits while a dialog is
// open over it, such as the edit form, so nothing changes under the
// user's hands; saving the form meets the change as a conflict and
// merges it.
func (w *MainWindow) checkStore(st *storeWatch) {
	var s model.Store
	var ctx context.Context
	fyne.DoAndWait(func() { s, ctx = w.store, w.base })
	v, mine, err := s.Version(ctx)
	if err != nil {
		return // the store was closed for another one; the next look reads that
	}
	if s != st.watched {
		st.watched, st.seen, st.pending = s, v, false
		return
	}
	if v != st.seen {
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
