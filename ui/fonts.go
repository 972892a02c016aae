package ui

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
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
