package ui

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/async"
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

// ReadAfterStart holds the window's first reading of the proposals, and
// what AfterFirstFrame is given, until the app runs (fyne.Lifecycle's
// OnStarted, which ShowAndRun triggers once the window exists) and has
// had a tick to draw its first frame: on a store of thousands of
// proposals the reading then does not compete for the processor with
// creating the window and drawing its first frame, and a question asked
// at start does not hold that frame back. It takes the app's OnStarted
// hook, so it is for a window made before the app runs: made later, its
// first reading would wait for ever.
func ReadAfterStart() Option {
	return func(w *MainWindow) {
		w.firstFrame = firstFrameDrawn(w.app)
		w.readAfterStart = true
	}
}

// AfterFirstFrame calls f on the UI goroutine once the window has drawn
// its first frame (ReadAfterStart), so that a dialog f shows over the
// window (who the user is, a store upgraded on opening) is not built and
// drawn before the window itself is on screen. Without ReadAfterStart it
// calls f at once.
func (w *MainWindow) AfterFirstFrame(f func()) {
	if w.firstFrame == nil {
		f()
		return
	}
	go func() {
		<-w.firstFrame
		fyne.Do(f)
	}()
}

// frameTick is a little longer than the 60 Hz tick on which the app's
// event loop draws a frame.
const frameTick = 20 * time.Millisecond

// firstFrameDrawn returns a channel closed once a has started and its
// event loop has then had a tick to draw the first frame: two round trips
// through the loop after that tick, which wait while a frame is drawn.
func firstFrameDrawn(a fyne.App) <-chan struct{} {
	started := make(chan struct{})
	a.Lifecycle().SetOnStarted(func() {
		go func() {
			time.Sleep(frameTick)
			fyne.DoAndWait(func() {})
			fyne.DoAndWait(func() {})
			close(started)
		}()
	})
	return started
}

// after returns run holding its work until done is closed.
func after(done <-chan struct{}, run async.Runner) async.Runner {
	return func(f func()) {
		run(func() {
			<-done
			f()
		})
	}
}

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
