package sqlite

import (
	"context"
	"errors"
	"math/rand/v2"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// Two windows, or the window and a command line run, may write to one
// store at the same time. SQLite lets one connection write at a time;
// BEGIN IMMEDIATE waits for the write lock for up to busy_timeout (5 s,
// see pragmas) and then gives up with SQLITE_BUSY. A long import in the
// other program, or a writer that keeps winning the lock, can outlast
// that wait; so write tries the whole transaction again a few times, with
// a growing pause, for at most busyBudget in all, before it reports
// store_busy.

// busyBudget is how long a write keeps trying while the store is busy:
// some three busy timeouts.
const busyBudget = 15 * time.Second

// Pauses between attempts: the first, doubled each time up to the last,
// each with up to half of it again at random so that two programs that
// found each other busy do not try again in step.
const (
	busyPauseFirst = 20 * time.Millisecond
	busyPauseMax   = 500 * time.Millisecond
)

// busyBudget returns how long the store's writes keep trying.
func (s *Store) busyBudget() time.Duration {
	if s.busyFor > 0 {
		return s.busyFor
	}
	return busyBudget
}

// isBusy tells whether err, anywhere in its chain, is SQLite's
// SQLITE_BUSY or SQLITE_LOCKED (with any extended code): another
// connection holds the lock this one needs.
func isBusy(err error) bool {
	code := sqliteCode(err) & 0xff
	return code == codeBusy || code == codeLocked
}

// retryBusy runs attempt until it returns anything but a busy error, the
// budget is spent or ctx is done. The pause before another attempt is
// only taken when it ends within the budget; an attempt itself may wait
// up to the busy timeout. A busy error that outlasts the budget comes
// back as EConflict store_busy, also when a model error wraps it (an
// import names the proposal it was writing).
func retryBusy(ctx context.Context, budget time.Duration, attempt func() error) error {
	deadline := time.Now().Add(budget)
	pause := busyPauseFirst
	for {
		err := attempt()
		if !isBusy(err) {
			return err
		}
		wait := pause + rand.N(pause/2+1)
		if time.Now().Add(wait).After(deadline) {
			return busyError(err)
		}
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return busyError(err)
		case <-timer.C:
		}
		pause = min(2*pause, busyPauseMax)
	}
}

// busyError is the error a write that stayed busy reports: store_busy,
// keeping SQLite's error in the chain for the log.
func busyError(err error) error {
	var me *model.Error
	if errors.As(err, &me) && me.Key == "store_busy" {
		return err
	}
	return &model.Error{Code: model.EConflict, Key: "store_busy", Err: err}
}
