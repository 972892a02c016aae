package postgres

import (
	"context"
	"strconv"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/styrgrupp/styrgrupp/model"
)

var _ model.ChangeFeed = (*Store)(nil)

// notifyChannel is the channel migrations/0005 notifies on, with the
// audit log's new head, when a write commits.
const notifyChannel = "styrgrupp"

// feedApplication is the application_name of a feed's connection, so
// that the server's administrator (pg_stat_activity) tells it from the
// pool's.
const feedApplication = "styrgrupp changes"

// How long a feed waits before it connects again after its connection
// broke: feedRetryMin at first, doubled after each failed attempt up to
// feedRetryMax.
const (
	feedRetryMin = 250 * time.Millisecond
	feedRetryMax = 10 * time.Second
)

// feedPing is how long a feed waits for a notification before it asks
// the server whether its connection still holds: a laptop that slept or
// changed networks may hold a connection that no longer leads anywhere,
// and would otherwise wait on it for ever.
const feedPing = 15 * time.Second

// Changes implements model.ChangeFeed. Each call listens on a connection
// of its own, outside the pool, on the database's notifications of
// committed writes (migrations/0005), from this Store or any other
// client. It sends the Version first when it starts listening, and again
// each time it has connected anew after its connection broke (the server
// restarted, the network went away), so that a change made meanwhile is
// not missed; then the Version each write leaves. When its connection
// breaks it sends the last Version it knows once more, though nothing
// changed: the receiver, looking at the store, finds the server away
// without waiting for a write of its own to fail. A receiver that is
// behind gets the latest Version, not every one. The channel is closed
// when ctx ends or the Store is closed.
func (s *Store) Changes(ctx context.Context) <-chan int64 {
	ch := make(chan int64, 1)
	ctx, stop, ok := s.feeds.add(ctx)
	if !ok {
		close(ch)
		return ch
	}
	go func() {
		defer s.feeds.wg.Done()
		defer stop()
		defer close(ch)
		s.listen(ctx, ch)
	}()
	return ch
}

// feeds keeps the running change feeds of a Store, so that Close ends
// them.
type feeds struct {
	mu     sync.Mutex
	closed bool
	ctx    context.Context // ends when the Store is closed
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// add starts a feed's life: it returns a context that ends with ctx or
// when the Store is closed, and the function that releases it; ok is
// false when the Store is closed already.
func (f *feeds) add(ctx context.Context) (_ context.Context, stop func(), ok bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return nil, nil, false
	}
	if f.ctx == nil {
		f.ctx, f.cancel = context.WithCancel(context.Background())
	}
	ctx, cancel := context.WithCancel(ctx)
	unhook := context.AfterFunc(f.ctx, cancel)
	f.wg.Add(1)
	return ctx, func() { unhook(); cancel() }, true
}

// close ends every feed and waits until each has closed its connection.
func (f *feeds) close() {
	f.mu.Lock()
	f.closed = true
	if f.cancel != nil {
		f.cancel()
	}
	f.mu.Unlock()
	f.wg.Wait()
}

// listen listens until ctx ends, connecting again, after a pause that
// grows while the server stays away, whenever the connection breaks.
func (s *Store) listen(ctx context.Context, ch chan int64) {
	retry := feedRetryMin
	for {
		if last, listened := s.listenOnce(ctx, ch); listened {
			retry = feedRetryMin
			if ctx.Err() == nil {
				latest(ch, last)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(retry):
		}
		retry = min(2*retry, feedRetryMax)
	}
}

// listenOnce connects, listens, sends the Version and then each notified
// one until the connection breaks or ctx ends; it reports whether it got
// as far as listening, and the last Version it sent.
func (s *Store) listenOnce(ctx context.Context, ch chan int64) (last int64, listened bool) {
	cfg := s.pool.Config().ConnConfig
	if cfg.RuntimeParams == nil {
		cfg.RuntimeParams = map[string]string{}
	}
	cfg.RuntimeParams["application_name"] = feedApplication
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return 0, false
	}
	defer func() {
		end, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		conn.Close(end)
	}()
	if _, err := conn.Exec(ctx, `LISTEN `+notifyChannel); err != nil {
		return 0, false
	}
	last, err = head(ctx, conn)
	if err != nil {
		return 0, false
	}
	latest(ch, last)
	for {
		wait, cancel := context.WithTimeout(ctx, feedPing)
		n, err := conn.WaitForNotification(wait)
		cancel()
		switch {
		case err == nil:
			v, err := strconv.ParseInt(n.Payload, 10, 64)
			if err != nil {
				if v, err = head(ctx, conn); err != nil {
					return last, true
				}
			}
			last = v
			latest(ch, v)
		case ctx.Err() == nil && pgconn.Timeout(err) && !conn.IsClosed():
			if !ping(ctx, conn) {
				return last, true
			}
		default:
			return last, true
		}
	}
}

// ping tells whether the server answers on conn within feedPing.
func ping(ctx context.Context, conn *pgx.Conn) bool {
	ctx, cancel := context.WithTimeout(ctx, feedPing)
	defer cancel()
	return conn.Ping(ctx) == nil
}

// head reads the audit log's last row, as Version does.
func head(ctx context.Context, conn *pgx.Conn) (int64, error) {
	var v int64
	err := conn.QueryRow(ctx, `SELECT coalesce((SELECT seq FROM audit_head WHERE id = 1), 0)`).Scan(&v)
	return v, err
}

// latest puts v in ch (of one place), in place of a Version the receiver
// has not taken yet: it never waits for the receiver.
func latest(ch chan int64, v int64) {
	select {
	case ch <- v:
		return
	default:
	}
	select {
	case <-ch:
	default:
	}
	ch <- v
}
