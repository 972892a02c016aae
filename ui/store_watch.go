package ui

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/styrgrupp/styrgrupp/model"
)

// watchInterval is how often the window looks for changes that another
// window or program has made to its store.
const watchInterval = 3 * time.Second

// watchStore shows what another window or program changes in the store
// (a colleague's edit or comment, an import from the command line)
// within watchInterval, without the user reopening anything: it polls
// the store's Version off the UI goroutine and, when someone else changed
// it, reads the proposals again (load) and the meetings window's
// meetings. It waits while a dialog is open over the window, such as the
// edit form, so nothing changes under the user's hands; saving the form
// meets the change as a conflict and merges it. It returns a function
// that stops the watching.
func (w *MainWindow) watchStore() (stop func()) {
	ticker := time.NewTicker(watchInterval)
	done := make(chan struct{})
	go func() {
		var (
			watched model.Store
			seen    int64
			pending bool // a change not yet shown, because a dialog was open
		)
		for {
			select {
			case <-done:
				return
			case <-ticker.C:
			}
			var s model.Store
			fyne.DoAndWait(func() { s = w.store })
			v, mine, err := s.Version(w.ctx)
			if err != nil {
				continue // the store was closed for another one; the next tick reads that
			}
			if s != watched {
				watched, seen, pending = s, v, false
				continue
			}
			if v != seen {
				seen = v
				pending = pending || !mine
			}
			if pending {
				fyne.DoAndWait(func() { pending = !w.showOutsideChange(s) })
			}
		}
	}()
	return func() {
		ticker.Stop()
		close(done)
	}
}

// showOutsideChange reads the proposals (and the meetings window's
// meetings) again after someone else changed store, unless a dialog is
// open over the window or another store is open by now; it tells whether
// it did, or no longer needs to.
func (w *MainWindow) showOutsideChange(store model.Store) bool {
	if w.store != store {
		return true
	}
	if w.win.Canvas().Overlays().Top() != nil {
		return false
	}
	w.load()
	if w.meetings != nil {
		w.meetings.reload(0)
	}
	return true
}
