package ui

import (
	"fyne.io/fyne/v2"

	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// withBanner lays the outage banner out across the top of the window,
// above content, showing it again after a rebuild (a change of language)
// while the server is still away; under it, the banner on minutes not
// signed off in time (showLateMinutes).
func (w *MainWindow) withBanner(content fyne.CanvasObject) fyne.CanvasObject {
	w.banner = uikit.NewBanner()
	if w.down != nil {
		w.banner.Show(uikit.UserMessage(w.down))
	}
	w.lateBanner = uikit.NewBanner()
	return w.banner.Above(w.lateBanner.Above(content))
}

// showOutage says, in the banner, that the store's server cannot be
// reached (err is model.Unreachable): which server, what failed and what
// to do. Nothing on screen is cleared and no dialog asks for anything, so
// what the user is typing stays where it is. The watch loop (checkStore)
// then tries the store every outageRetry; when it answers, endOutage
// hides the banner and the window reads the store again.
func (w *MainWindow) showOutage(err error) {
	w.sayOutage(err)
	w.wakeWatch() // it may be waiting for a change, not on outageRetry
}

// sayOutage shows err in the banner; the watch loop, which found it
// itself, needs no waking.
func (w *MainWindow) sayOutage(err error) {
	w.down = err
	w.banner.Show(uikit.UserMessage(err))
}

// endOutage hides the outage banner; it tells whether it was shown.
func (w *MainWindow) endOutage() bool {
	if w.down == nil {
		return false
	}
	w.down = nil
	w.banner.Hide()
	return true
}

// wakeWatch has the watch loop look at the store now rather than at the
// next change or tick: after an outage began (to try again on the
// outage's schedule) or another store was opened (to watch that one).
func (w *MainWindow) wakeWatch() {
	select {
	case w.wake <- struct{}{}:
	default:
	}
}
