package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/postgres"
)

// feedWait is how long a test waits for the feed before it gives up: a
// bound on a hung test, not a measure of speed.
const feedWait = 30 * time.Second

// next returns the first Version from ch that is at least want, failing
// the test when ch closes or sends none within feedWait.
func next(t *testing.T, ch <-chan int64, want int64) int64 {
	t.Helper()
	deadline := time.After(feedWait)
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				t.Fatalf("the feed closed before it sent a Version of at least %d", want)
			}
			if v >= want {
				return v
			}
		case <-deadline:
			t.Fatalf("no Version of at least %d on the feed within %s", want, feedWait)
		}
	}
}

// addMember writes through s and returns the Version the write left.
func addMember(t *testing.T, s *postgres.Store, name string) int64 {
	t.Helper()
	ctx := model.WithActor(context.Background(), name)
	_, err := s.CreateMember(ctx, model.Member{Name: name, Active: true})
	check(t, err)
	v, _, err := s.Version(ctx)
	check(t, err)
	return v
}

// wantClosed checks that ch is closed within feedWait.
func wantClosed(t *testing.T, ch <-chan int64) {
	t.Helper()
	deadline := time.After(feedWait)
	for {
		select {
		case _, ok := <-ch:
			if !ok {
				return
			}
		case <-deadline:
			t.Fatalf("the feed is still open %s later", feedWait)
		}
	}
}

func TestChangesFromAnotherStoreArrive(t *testing.T) {
	a, url := openStore(t)
	b := openAgain(t, url)
	ctx, cancel := context.WithCancel(context.Background())
	ch := a.Changes(ctx)

	if v := next(t, ch, 0); v != 0 {
		t.Errorf("the feed first sends %d on an empty store, want 0", v)
	}
	want := addMember(t, b, "Anna Lindqvist")
	if got := next(t, ch, want); got != want {
		t.Errorf("the feed sent %d after the other store's write, want its Version %d", got, want)
	}
	own := addMember(t, a, "Bo Ek")
	next(t, ch, own)

	cancel()
	wantClosed(t, ch)
}

func TestChangesReconnectAfterTheListenerIsTerminated(t *testing.T) {
	a, url := openStore(t)
	b := openAgain(t, url)
	admin := rawDB(t, url) // the test cluster's superuser
	ch := a.Changes(context.Background())
	v0 := next(t, ch, 0)

	rows, err := admin.Query(context.Background(), `SELECT pid FROM pg_stat_activity
		WHERE datname = current_database() AND application_name = 'styrgrupp changes'`)
	check(t, err)
	pids, err := pgx.CollectRows(rows, pgx.RowTo[int32])
	check(t, err)
	if len(pids) != 1 {
		t.Fatalf("%d listeners on the database, want 1", len(pids))
	}
	var ended bool
	check(t, admin.QueryRow(context.Background(), `SELECT pg_terminate_backend($1)`, pids[0]).Scan(&ended))
	if !ended {
		t.Fatal("the listener was not terminated")
	}
	// Made while the feed may still be away: sent when it is back.
	missed := addMember(t, b, "Anna Lindqvist")
	if missed <= v0 {
		t.Fatalf("the write left Version %d, not after %d", missed, v0)
	}
	next(t, ch, missed)
	after := addMember(t, b, "Bo Ek")
	next(t, ch, after)

	check(t, a.Close())
	wantClosed(t, ch)
}

func TestChangesMissedWhileTheServerWasAwayArriveWhenItIsBack(t *testing.T) {
	_, direct := openStore(t)
	p, viaProxy := proxyTo(t, direct)
	a := openAgain(t, viaProxy)
	b := openAgain(t, direct)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch := a.Changes(ctx)
	v0 := next(t, ch, 0)

	p.Cut()
	// The broken connection is told at once, with the Version known: the
	// window looks and finds the server away.
	if got := next(t, ch, 0); got != v0 {
		t.Errorf("the feed sent %d as its connection broke, want the last known %d", got, v0)
	}
	missed := addMember(t, b, "Anna Lindqvist")
	p.Resume()
	if got := next(t, ch, missed); got != missed {
		t.Errorf("the feed sent %d after the outage, want %d", got, missed)
	}
}

func TestChangesOfAClosedStoreIsClosed(t *testing.T) {
	a, _ := openStore(t)
	check(t, a.Close())
	wantClosed(t, a.Changes(context.Background()))
}
