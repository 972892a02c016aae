package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// startingApp is a test app whose start the test triggers: Fyne's test
// driver never runs the OnStarted hook.
type startingApp struct {
	fyne.App
	lifecycle *startingLifecycle
}

func (a startingApp) Lifecycle() fyne.Lifecycle { return a.lifecycle }

// startingLifecycle keeps the OnStarted hook for the test to call.
type startingLifecycle struct {
	fyne.Lifecycle
	started func()
}

func (l *startingLifecycle) SetOnStarted(f func()) { l.started = f }

// With ReadAfterStart the window's first reading of the proposals waits
// until the app runs, and then shows them; a later reading does not wait.
func TestReadAfterStartReadsTheProposalsOnceTheAppRuns(t *testing.T) {
	base := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	a := startingApp{App: base, lifecycle: &startingLifecycle{Lifecycle: base.Lifecycle()}}
	s := &olderStore{Store: demoStore(t)}
	var jobs []func()
	oldBackground := inBackground
	inBackground = func(f func()) { jobs = append(jobs, f) }
	t.Cleanup(func() { inBackground = oldBackground })

	w := NewMainWindow(a, s, ReadAfterStart())
	if len(jobs) != 1 || a.lifecycle.started == nil {
		t.Fatalf("%d jobs started, OnStarted hook set %v: want the held reading and the hook", len(jobs), a.lifecycle.started != nil)
	}
	done := make(chan struct{})
	go func() {
		jobs[0]()
		close(done)
	}()
	select {
	case <-done:
		t.Fatal("the first reading ran before the app started")
	case <-time.After(100 * time.Millisecond):
	}
	if got := w.tree.childUIDs(""); len(got) != 0 {
		t.Errorf("the tree shows %v before the app started", got)
	}
	a.lifecycle.started()
	<-done
	if got := w.tree.childUIDs(""); len(got) == 0 {
		t.Error("the tree is empty after the app started and the reading ended")
	}

	jobs = nil
	w.load()
	if len(jobs) != 1 {
		t.Fatalf("%d jobs started by a later reading, want 1", len(jobs))
	}
	jobs[0]() // does not wait: it would block the test forever
}
