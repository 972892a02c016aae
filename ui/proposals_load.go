package ui

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/styrgrupp/styrgrupp/model"
)

// slowLoad is how long a reading of the proposals may take before the
// tree shows a progress bar under its "Läser …".
const slowLoad = 500 * time.Millisecond

// afterSlowLoad calls f on a goroutine of its own once slowLoad has
// passed, unless the returned func stops it first; tests replace it.
var afterSlowLoad = func(f func()) (stop func() bool) { return time.AfterFunc(slowLoad, f).Stop }

// load reads the proposals off the UI goroutine, counts the overview's
// figures there too, and shows both with fyne.Do, unless a newer reading
// (load or Reload) has started since. Until then the tree and the
// overview say "Läser …", the tree with a progress bar once the reading
// takes longer than slowLoad, as on a large store.
func (w *MainWindow) load() {
	w.tree.setLoading()
	store, ctx, tree := w.store, w.ctx, w.tree
	w.stopSlowTimer()
	stop := afterSlowLoad(func() { fyne.Do(tree.showProgress) })
	w.stopSlow = stop
	run := w.background
	if w.readAfterStart {
		w.readAfterStart = false
		run = after(w.firstFrame, run)
	}
	w.loads.Do(run, func() func() {
		ps, o, err := readProposals(ctx, store)
		return func() {
			stop()
			w.showProposals(ps, o, err)
		}
	})
}

// Option changes how NewMainWindow makes the window.
type Option func(*MainWindow)

// stopSlowTimer stops the progress bar's timer of the latest reading.
func (w *MainWindow) stopSlowTimer() {
	if w.stopSlow != nil {
		w.stopSlow()
		w.stopSlow = nil
	}
}

// Reload reads the proposals from the store again and shows them before
// it returns; a reading still running in the background is dropped.
func (w *MainWindow) Reload() {
	w.loads.Cancel()
	w.stopSlowTimer()
	ps, o, err := readProposals(w.ctx, w.store)
	w.showProposals(ps, o, err)
}

// showProposals shows the proposals read in the tree and o in the
// overview, and the proposal shown before again, with what it is now;
// when the reading failed, it says so.
func (w *MainWindow) showProposals(ps []model.Proposal, o overviewData, err error) {
	if err != nil {
		w.tree.loadFailed()
		w.overview.showFailed(err) // reports err through showError
		return
	}
	w.tree.setProposals(ps)
	w.overview.show(o)
	w.showWelcome(len(ps) == 0)
	w.showLateMinutes(o.lateMinutes)
	shown := w.detail.shown.Ref
	for _, p := range ps {
		if shown != "" && p.Ref == shown {
			w.onSelect(p)
			return
		}
	}
	w.detail.showEmpty()
	w.updateActions()
}
