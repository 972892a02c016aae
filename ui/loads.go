package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/ui/async"
)

// loadingDelay is how long a reading may take before its tab says "Läser
// …"; shorter readings show their result without the message flashing.
const loadingDelay = 200 * time.Millisecond

// afterLoadingDelay calls f on the UI goroutine once loadingDelay has
// passed; the package's tests replace it to say "Läser …" when they
// choose.
var afterLoadingDelay = func(f func()) { time.AfterFunc(loadingDelay, func() { fyne.Do(f) }) }

// loads runs a screen's store reads off the UI goroutine and shows what
// they read on it, unless a newer reading has started since
// (async.Latest): a slow read for the proposal chosen first must not
// overwrite the one chosen after. Its methods are called on the UI
// goroutine, which alone touches its counts.
type loads struct {
	latest async.Latest
	// run runs a read off the UI goroutine; nil runs it at once.
	run   async.Runner
	req   uint64 // the latest reading started
	shown uint64 // the latest reading shown
}

func (l *loads) setRun(run async.Runner) { l.run = run }

// cancel makes every reading started so far stale.
func (l *loads) cancel() {
	l.latest.Cancel()
	l.req++
	l.shown = l.req
}

// start runs read, which returns a func that shows what it read, and
// calls that func on the UI goroutine unless start is called again first.
// When the reading is not shown within loadingDelay, waiting is called
// (on the UI goroutine) to say so.
func (l *loads) start(read func() (show func()), waiting func()) {
	l.req++
	r, run := l.req, l.run
	if run == nil {
		run = async.Now
	}
	l.latest.Do(run, func() func() {
		show := read()
		return func() {
			l.shown = r
			show()
		}
	})
	if waiting == nil || l.shown == r {
		return
	}
	afterLoadingDelay(func() {
		if l.req == r && l.shown < r {
			waiting()
		}
	})
}

// loadingText is the paragraph a tab shows while it reads.
func loadingText() []widget.RichTextSegment {
	s := widget.RichTextStyleEmphasis
	s.Inline = false
	return []widget.RichTextSegment{&widget.TextSegment{Text: lang.L("detail.loading"), Style: s}}
}
