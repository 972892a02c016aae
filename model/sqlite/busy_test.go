package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// SetBusyBudget bounds how long the store's writes keep trying while the
// store is busy, so that the external tests of a lock held for good need
// not wait out the whole budget.
func (s *Store) SetBusyBudget(d time.Duration) { s.busyFor = d }

// busyErr returns a real SQLITE_BUSY from the driver: a second connection
// with no busy timeout asks for the write lock the first one holds.
func busyErr(t *testing.T) error {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.ToSlash(filepath.Join(t.TempDir(), "b.db"))+"?_pragma=busy_timeout(0)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	c1, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c1.Close()
	c2, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	if _, err := c1.ExecContext(ctx, `BEGIN IMMEDIATE; CREATE TABLE x (a)`); err != nil {
		t.Fatal(err)
	}
	_, err = c2.ExecContext(ctx, `BEGIN IMMEDIATE`)
	if !isBusy(err) {
		t.Fatalf("the second writer got %v, want SQLITE_BUSY", err)
	}
	return err
}

// A busy attempt is made again until one gets through; other outcomes
// end the retries at once.
func TestRetryBusyUntilThrough(t *testing.T) {
	busy := busyErr(t)
	other := errors.New("something else")
	for _, tc := range []struct {
		name  string
		busy  int   // attempts that find the store busy
		last  error // what the attempt after them returns
		calls int
	}{
		{"free", 0, nil, 1},
		{"busy twice", 2, nil, 3},
		{"busy then another error", 1, other, 2},
		{"another error", 0, other, 1},
	} {
		calls := 0
		err := retryBusy(context.Background(), 10*time.Second, func() error {
			calls++
			if calls <= tc.busy {
				return busy
			}
			return tc.last
		})
		if err != tc.last || calls != tc.calls {
			t.Errorf("%s: %v after %d attempts, want %v after %d", tc.name, err, calls, tc.last, tc.calls)
		}
	}
}

// A store that stays busy past the budget gives store_busy, also when a
// model error wraps the busy error, after a bounded time.
func TestRetryBusyGivesUp(t *testing.T) {
	busy := busyErr(t)
	wrapped := &model.Error{Code: model.EInternal, Key: "import_failed_at", Args: []any{"2.3", "x"}, Err: busy}
	for _, cause := range []error{busy, wrapped} {
		calls := 0
		began := time.Now()
		err := retryBusy(context.Background(), 300*time.Millisecond, func() error { calls++; return cause })
		took := time.Since(began)
		var e *model.Error
		if !errors.As(err, &e) || e.Code != model.EConflict || e.Key != "store_busy" || !errors.Is(err, cause) {
			t.Fatalf("got %v, want EConflict store_busy wrapping %v", err, cause)
		}
		if calls < 3 || took > 300*time.Millisecond+busyPauseMax {
			t.Errorf("%d attempts in %v; want several within the budget", calls, took)
		}
		if msg := model.ErrorMessage(err, model.Swedish); msg == "" || msg == model.ErrorMessage(model.Errorf(model.EInternal, "internal"), model.Swedish) {
			t.Errorf("message %q", msg)
		}
	}
}

// A cancelled context ends the pauses between attempts.
func TestRetryBusyStopsWithContext(t *testing.T) {
	busy := busyErr(t)
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	err := retryBusy(ctx, time.Minute, func() error {
		calls++
		if calls == 3 {
			cancel()
		}
		return busy
	})
	if calls != 3 || model.ErrorCode(err) != model.EConflict {
		t.Fatalf("%d attempts, %v", calls, err)
	}
}

// A writer that holds the store for longer than the busy timeout (an
// import of many thousand rows in another program, say) makes a write
// wait, not fail: the retry carries it past the 5 s of busy_timeout.
func TestWriteOutlastsBusyTimeout(t *testing.T) {
	if testing.Short() {
		t.Skip("holds the store for 7 s")
	}
	s := openTemp(t)
	other, err := sql.Open("sqlite", dsn(s.Path(), false))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	ctx := context.Background()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	const hold = 7 * time.Second
	release := time.AfterFunc(hold, func() { conn.ExecContext(ctx, `COMMIT`) })
	defer release.Stop()
	began := time.Now()
	m, err := s.CreateMember(model.WithActor(ctx, "Eva"), model.Member{Name: "Eva Ek"})
	took := time.Since(began)
	if err != nil {
		t.Fatalf("after %v: %v", took, err)
	}
	if took < hold || took > hold+5*time.Second {
		t.Errorf("the write took %v with the store held for %v", took, hold)
	}
	if got, err := s.Member(ctx, m.ID); err != nil || got.Name != "Eva Ek" {
		t.Fatalf("after the wait: %+v, %v", got, err)
	}
	if r, err := s.Check(ctx); err != nil || !r.OK() || r.AuditRows != 1 {
		t.Fatalf("check: %+v, %v", r, err)
	}
}
