package postgres

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// conn is what a tx sends its statements through: a connection of the
// pool held for a transaction, or the pool itself for reads of one
// statement each.
type conn interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
	SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
}

// tx is one transaction with the context it runs in; for writes, its
// TxState stamps what it records and keeps the audit log's head.
//
// A transaction's statements are pipelined: what needs no answer (BEGIN,
// the write lock, an INSERT or UPDATE whose count is not asked for) is
// queued in batch and goes to the server with the next statement that
// needs one, in the same round trip, or with the COMMIT. An error of a
// queued statement is reported by the statement it went with; the
// transaction is then rolled back whole, as it would have been.
type tx struct {
	ctx context.Context
	pg  conn
	sqlstore.TxState
	// batch, when not nil, queues what exec is given, and bulk gathers
	// the rows insertRow is given, both to be sent at the next query or
	// flush: an import sends its rows a batch at a time (bulk.go).
	batch *pgx.Batch
	bulk  *bulk
	// begun is false while the BEGIN is queued and not yet sent.
	begun bool
	// copying, while rows go to the server on a goroutine of their own
	// (flushAsync), is closed when they are sent, with copyErr their
	// outcome; what uses the connection waits for it (settle).
	copying chan struct{}
	copyErr error
}

// settle waits until rows that flushAsync sends are sent, and returns
// their error: an error of theirs is every later statement's, since the
// server has aborted the transaction.
func (t *tx) settle() error {
	if t.copying != nil {
		<-t.copying
		t.copying = nil
	}
	return t.copyErr
}

// begin starts a transaction on c with the statement begin, queued to
// be sent with the first statement that needs an answer.
func begin(ctx context.Context, c *pgxpool.Conn, begin string) *tx {
	t := &tx{ctx: ctx, pg: c, batch: &pgx.Batch{}}
	t.batch.Queue(begin)
	return t
}

// end ends the transaction on c unless it was committed, and gives c
// back to the pool.
func end(ctx context.Context, c *pgxpool.Conn) {
	if c.Conn().PgConn().TxStatus() != 'I' {
		_, _ = c.Exec(context.WithoutCancel(ctx), `ROLLBACK`)
	}
	c.Release()
}

// exec queues a statement, or runs it when the tx queues nothing.
func (t *tx) exec(q string, args ...any) (pgconn.CommandTag, error) {
	if t.batch != nil {
		t.batch.Queue(q, args...)
		return pgconn.CommandTag{}, nil
	}
	if err := t.settle(); err != nil {
		return pgconn.CommandTag{}, err
	}
	return t.pg.Exec(t.ctx, q, args...)
}

// execNow runs a statement, with what is queued, and returns its
// command tag.
func (t *tx) execNow(q string, args ...any) (pgconn.CommandTag, error) {
	br, err := t.send(q, args)
	if err != nil {
		return pgconn.CommandTag{}, err
	}
	if br == nil {
		return t.pg.Exec(t.ctx, q, args...)
	}
	tag, err := br.Exec()
	if cerr := br.Close(); err == nil {
		err = cerr
	}
	return tag, err
}

// flush sends the gathered rows and the queued statements, if any, and
// waits for them: flushAsync, then settle.
func (t *tx) flush() error {
	if err := t.flushAsync(); err != nil {
		return err
	}
	return t.settle()
}

// beginFirst sends what is queued while the BEGIN is among it: the BEGIN
// goes before any COPY.
func (t *tx) beginFirst() error {
	if !t.begun && t.batch != nil && t.batch.Len() > 0 {
		return t.sendQueued()
	}
	return t.settle()
}

func (t *tx) sendQueued() error {
	if err := t.settle(); err != nil {
		return err
	}
	if t.batch == nil || t.batch.Len() == 0 {
		return nil
	}
	b := t.batch
	t.batch = &pgx.Batch{}
	t.begun = true
	return t.pg.SendBatch(t.ctx, b).Close()
}

// send sends the gathered rows, then the queued statements with q last,
// and returns the results at q's. It returns nil results when nothing
// is queued: q is then the caller's to run on its own.
func (t *tx) send(q string, args []any) (pgx.BatchResults, error) {
	if t.bulk.pending() {
		if err := t.flush(); err != nil {
			return nil, err
		}
	}
	if err := t.settle(); err != nil {
		return nil, err
	}
	if t.batch == nil || t.batch.Len() == 0 {
		return nil, nil
	}
	b := t.batch
	t.batch = &pgx.Batch{}
	t.begun = true
	queued := b.QueuedQueries
	b.Queue(q, args...)
	br := t.pg.SendBatch(t.ctx, b)
	for _, qq := range queued {
		var err error
		if qq.Fn != nil {
			err = qq.Fn(br)
		} else {
			_, err = br.Exec()
		}
		if err != nil {
			br.Close()
			return nil, err
		}
	}
	return br, nil
}

func (t *tx) row(q string, args ...any) pgx.Row {
	br, err := t.send(q, args)
	if err != nil {
		return errRow{err}
	}
	if br == nil {
		return t.pg.QueryRow(t.ctx, q, args...)
	}
	return batchRow{br.QueryRow(), br}
}

func (t *tx) query(q string, args ...any) (pgx.Rows, error) {
	br, err := t.send(q, args)
	if err != nil {
		return nil, err
	}
	if br == nil {
		return t.pg.Query(t.ctx, q, args...)
	}
	rows, err := br.Query()
	if err != nil {
		br.Close()
		return nil, err
	}
	return batchRows{rows, br}, nil
}

// batchRow is the row of the last query of a batch; reading it ends the
// batch.
type batchRow struct {
	pgx.Row
	br pgx.BatchResults
}

// Scan reads the row and closes the batch.
func (r batchRow) Scan(dest ...any) error {
	err := r.Row.Scan(dest...)
	if cerr := r.br.Close(); err == nil {
		err = cerr
	}
	return err
}

// batchRows are the rows of the last query of a batch; closing them ends
// the batch.
type batchRows struct {
	pgx.Rows
	br pgx.BatchResults
}

// Close closes the rows and the batch.
func (r batchRows) Close() {
	r.Rows.Close()
	r.br.Close()
}

// errRow is a row whose Scan gives an error that came before the query.
type errRow struct{ err error }

// Scan returns the error.
func (r errRow) Scan(...any) error { return r.err }

// insert runs an INSERT … RETURNING id and returns the new row's id.
func (t *tx) insert(q string, args ...any) (int64, error) {
	var id int64
	err := t.row(q+` RETURNING id`, args...).Scan(&id)
	return id, err
}

// write runs fn in a write transaction and commits when it returns nil.
// BEGIN, the write lock and the read of the audit log's head go with
// fn's first statement that needs an answer, and the audit log's new head and the COMMIT with what fn
// queued last: a write costs a round trip for each answer fn waits for,
// and one more.
func (s *Store) write(ctx context.Context, fn func(*tx) error) error {
	c, err := s.pool.Acquire(ctx)
	if err != nil {
		return s.fail(err)
	}
	defer end(ctx, c)
	t := begin(ctx, c, `BEGIN`)
	defer func() { _ = t.settle() }() // before end uses the connection
	t.batch.Queue(`SELECT pg_advisory_xact_lock($1)`, writeLock)
	t.TxState = sqlstore.TxState{At: model.Now(ctx), By: actor(ctx, s.session.name)}
	t.batch.Queue(sqlstore.HeadSQL).QueryRow(func(row pgx.Row) error {
		var seq int64
		var hash string
		err := row.Scan(&seq, &hash)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		t.AuditLog.Read(seq, hash, err == nil)
		return nil
	})
	if err := fn(t); err != nil {
		return s.fail(err)
	}
	if t.bulk.pending() { // the rows go before the head that names them, and the COMMIT
		if err := t.flush(); err != nil {
			return s.fail(err)
		}
	}
	if err := t.writeHead(); err != nil {
		return s.fail(err)
	}
	t.batch.Queue(`COMMIT`)
	if err := t.flush(); err != nil {
		return s.fail(err)
	}
	if t.AuditLog.Moved {
		s.ownSeq.Store(t.AuditLog.Seq)
	}
	return nil
}

// read runs fn in a read-only transaction that sees one state of the
// store throughout (repeatable read): for reads whose statements must
// agree, such as a meeting and its items. The BEGIN goes with fn's first
// query; the answer does not wait for the end of the transaction, which
// changed nothing: the connection goes back to the pool once it has
// ended.
func (s *Store) read(ctx context.Context, fn func(*tx) error) error {
	c, err := s.pool.Acquire(ctx)
	if err != nil {
		return s.fail(err)
	}
	t := begin(ctx, c, `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`)
	err = fn(t)
	go end(ctx, c)
	return s.fail(err)
}

// readEach runs fn on the pool, without a transaction: each statement
// sees the store as it is when it runs, and a read of one statement
// costs one round trip instead of three. It is for reads whose
// statements need not agree: that a proposal exists, then its comments
// (proposals are never removed).
func (s *Store) readEach(ctx context.Context, fn func(*tx) error) error {
	return s.fail(fn(&tx{ctx: ctx, pg: s.pool}))
}
