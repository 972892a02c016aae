package ui

import (
	"os"
	"testing"
)

// TestMain makes the windows' background work run at once: Fyne's test
// driver runs fyne.Do on the calling goroutine, so work on goroutines of
// its own would race with the test. Tests about ordering drive the work
// by hand (see handDriven).
func TestMain(m *testing.M) {
	inBackground = func(f func()) { f() }
	os.Exit(m.Run())
}
