package async

import (
	"sync"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
)

func TestLatestShowsOnlyTheLatestRequest(t *testing.T) {
	testapp.New(t)
	var l Latest
	var held []func()
	hold := func(f func()) { held = append(held, f) }
	var shown []string
	for _, name := range []string{"first", "second", "third"} {
		l.Do(hold, func() func() { return func() { shown = append(shown, name) } })
	}
	// The reads finish out of order: the second last.
	held[2]()
	held[0]()
	held[1]()
	if len(shown) != 1 || shown[0] != "third" {
		t.Fatalf("shown %v, want only [third]", shown)
	}
}

func TestLatestCancelDropsAReadInFlight(t *testing.T) {
	testapp.New(t)
	var l Latest
	var held func()
	shown := false
	l.Do(func(f func()) { held = f }, func() func() { return func() { shown = true } })
	l.Cancel()
	held()
	if shown {
		t.Fatal("a cancelled read was shown")
	}
}

func TestLatestNowShowsAtOnceAndNilShowsNothing(t *testing.T) {
	testapp.New(t)
	var l Latest
	n := 0
	l.Do(Now, func() func() { return func() { n++ } })
	l.Do(Now, func() func() { return nil })
	if n != 1 {
		t.Fatalf("shown %d times, want 1", n)
	}
}

func TestLatestFromManyGoroutines(t *testing.T) {
	testapp.New(t)
	var l Latest
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l.Do(Now, func() func() { return func() {} })
		}()
	}
	wg.Wait()
	if !l.current(l.seq) {
		t.Fatal("the last sequence number is not current")
	}
}
