package ui

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/styrgrupp/styrgrupp/ui/async"
)

// firstFrameStyles are the text styles the window's first frame draws:
// labels, and the bold of captions, headings and button labels. Fyne
// reads a typeface the first time text in its style is measured, which
// takes tens of milliseconds each (the font files, the emoji font, the
// system's fonts for what they lack).
var firstFrameStyles = []fyne.TextStyle{{}, {Bold: true}}

// fontsLoading is closed once the typefaces LoadFonts reads are read;
// nil when LoadFonts was not called (the tests).
var fontsLoading chan struct{}

// LoadFonts sets the theme the stored preferences ask for and starts
// reading the typefaces of the window's first frame off the UI
// goroutine, each on its own, so that they are read while the program
// opens its store and its window; the windows wait for them before they
// measure text (waitForFonts). Call it once, right after making the app.
func LoadFonts(a fyne.App) {
	applyPreferences(a)
	done := make(chan struct{})
	fontsLoading = done
	var wg sync.WaitGroup
	for _, s := range firstFrameStyles {
		wg.Go(func() { fyne.MeasureText("Styrgrupp", theme.TextSize(), s) })
	}
	go func() {
		wg.Wait()
		close(done)
	}()
}

// waitForFonts waits until LoadFonts has read its typefaces: text
// measured before would read them again, on two goroutines at once.
func waitForFonts() {
	if fontsLoading != nil {
		<-fontsLoading
	}
}

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
