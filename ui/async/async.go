// Package async runs the window's work off the UI goroutine: reads whose
// latest request wins, and writes that show that they are running. Every
// change to the UI it makes goes through fyne.Do.
package async

import (
	"sync"

	"fyne.io/fyne/v2"
)

// Runner runs a function off the UI goroutine. Go is the program's;
// tests pass Now, which runs it at once, since Fyne's test driver runs
// fyne.Do on the calling goroutine.
type Runner func(func())

// Go runs f on a new goroutine.
func Go(f func()) { go f() }

// Now runs f at once, on the calling goroutine.
func Now(f func()) { f() }

// Latest runs requests one after another may overtake: a list's reading,
// a search. Only the latest request started shows its result. The zero
// value is ready to use.
type Latest struct {
	mu  sync.Mutex
	seq uint64
}

// Do runs work with run, off the UI goroutine; the function work returns
// is then run on the UI goroutine, unless another Do was started since.
// work may return nil when there is nothing to show.
func (l *Latest) Do(run Runner, work func() (show func())) {
	l.mu.Lock()
	l.seq++
	seq := l.seq
	l.mu.Unlock()
	run(func() {
		show := work()
		if show == nil {
			return
		}
		fyne.Do(func() {
			if l.current(seq) {
				show()
			}
		})
	})
}

// Cancel makes every request started so far stale.
func (l *Latest) Cancel() {
	l.mu.Lock()
	l.seq++
	l.mu.Unlock()
}

func (l *Latest) current(seq uint64) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return seq == l.seq
}
