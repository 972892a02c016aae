package ui

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
)

// testCtx is a context acting as actor at the windows' clock, as a
// window's own context does.
func testCtx(actor string) context.Context {
	return model.WithActor(model.WithClock(context.Background(), func() time.Time { return clock() }), actor)
}

// TestMain makes the windows' background work run at once: Fyne's test
// driver runs fyne.Do on the calling goroutine, so work on goroutines of
// its own would race with the test. Tests about ordering drive the work
// by hand (see handDriven).
//
// The delays' timers (afterLoadingDelay, afterSlowLoad) never fire: on
// the timer's goroutine the test driver's fyne.Do would run their work
// there, racing with the test, as TestSendingACommentSaysSavingUntilStored
// did under -race on a loaded machine. Tests about the delays replace them
// with ones they fire by hand.
//
// The windows' clock runs from demo.StoryTime, just after the demo's open
// meeting, so the demo's meetings are where the tests expect them in
// time whatever day the tests run.
func TestMain(m *testing.M) {
	inBackground = func(f func()) { f() }
	afterLoadingDelay = func(func()) {}
	afterSlowLoad = func(func()) func() bool { return func() bool { return true } }
	began := time.Now()
	clock = func() time.Time { return demo.StoryTime.Add(time.Since(began)) }
	os.Exit(m.Run())
}
