// Package postgres is Styrgrupp's shared store: model.Store on a
// PostgreSQL 15 (or later) database, through pgx. It keeps the rules of
// model/sqlite the same way: the schema comes from numbered migrations
// embedded in the program, every write is one transaction that appends to
// the hash-chained audit log, and triggers keep signed-off minutes and
// the audit log from being changed, even with plain SQL from psql.
//
// Writes are serialized, as SQLite's one writer serializes them: each
// write transaction first takes a transaction-level advisory lock, so the
// audit chain stays one chain under any number of writers and a check
// made in a write (a revision conflict, a free ref) holds until it
// commits.
package postgres

import (
	"context"
	"errors"
	"net/url"
	"sync/atomic"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// Store is the PostgreSQL implementation of model.Store: one pool of
// connections for reads and writes.
type Store struct {
	// Store holds the methods written once for both adapters, run
	// through this Store's transactions.
	sqlstore.Store
	url  string // without the password
	pool *pgxpool.Pool
	// ownSeq is the audit log's last row as this Store's last write left
	// it (see Version).
	ownSeq atomic.Int64
}

var _ model.Store = (*Store)(nil)

// writeLock is the key of the advisory lock every write transaction
// holds until it ends ("styrgrup" in ASCII).
const writeLock int64 = 0x7374797267727570

// Open connects to the database at url (postgres://user@host/db?…, or
// the key=value form libpq takes) and brings its schema up to date.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, &model.Error{Code: model.EInvalid, Key: "store_open", Args: []any{redact(url)}, Err: err}
	}
	s := &Store{url: redact(url)}
	s.Store = sqlstore.New(sqlstore.Funcs[*tx]{OnWrite: s.write, OnRead: s.read, OnReadEach: s.readEach})
	if s.pool, err = pgxpool.NewWithConfig(ctx, cfg); err != nil {
		return nil, model.Wrap(err, "store_open", s.url)
	}
	if err := migrate(ctx, s.pool); err != nil {
		s.pool.Close()
		if model.ErrorCode(err) != model.EInternal {
			return nil, err
		}
		return nil, model.Wrap(err, "store_open", s.url)
	}
	return s, nil
}

// redact returns the URL without its password; a string that is not a
// URL is returned as "postgres", since it may hold one.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" {
		return "postgres"
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	q := u.Query()
	if q.Has("password") {
		q.Del("password")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// Path returns the database's URL without the password.
func (s *Store) Path() string { return s.url }

// Close closes the pool's connections.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Backup is not supported by this package, which does not open SQLite
// files: the program backs a database up into a new SQLite file with
// sqlstore.Copy (cmd/styrgrupp's pgStore wraps Store so); pg_dump is the
// server's own backup.
func (s *Store) Backup(ctx context.Context, path string) error {
	return model.Errorf(model.EState, "backup_not_supported", s.url)
}

// conn is what a tx sends its statements through: a transaction
// (pgx.Tx), or the pool itself for reads of one statement each.
type conn interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
	SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
	CopyFrom(ctx context.Context, table pgx.Identifier, cols []string, src pgx.CopyFromSource) (int64, error)
}

// tx is one transaction with the context it runs in; for writes, its
// TxState stamps what it records and keeps the audit log's head.
type tx struct {
	ctx context.Context
	pg  conn
	sqlstore.TxState
	// batch, when not nil, queues what exec is given, and bulk gathers
	// the rows insertRow is given, both to be sent at the next query or
	// flush: an import sends its rows a batch at a time (bulk.go).
	batch *pgx.Batch
	bulk  *bulk
}

// exec runs a statement, or queues it in the batch.
func (t *tx) exec(q string, args ...any) (pgconn.CommandTag, error) {
	if t.batch != nil {
		t.batch.Queue(q, args...)
		return pgconn.CommandTag{}, nil
	}
	return t.pg.Exec(t.ctx, q, args...)
}

// flush sends the gathered rows and then the queued statements, if any.
func (t *tx) flush() error {
	if err := t.copyBulk(); err != nil {
		return err
	}
	if t.batch == nil || t.batch.Len() == 0 {
		return nil
	}
	b := t.batch
	t.batch = &pgx.Batch{}
	return t.pg.SendBatch(t.ctx, b).Close()
}

func (t *tx) row(q string, args ...any) pgx.Row {
	if err := t.flush(); err != nil {
		return errRow{err}
	}
	return t.pg.QueryRow(t.ctx, q, args...)
}

func (t *tx) query(q string, args ...any) (pgx.Rows, error) {
	if err := t.flush(); err != nil {
		return nil, err
	}
	return t.pg.Query(t.ctx, q, args...)
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

// write runs fn in a write transaction and commits when it returns nil:
// begin, take the write lock and read the audit log's head (one round
// trip), defer the rollback, fn, the audit head, commit.
func (s *Store) write(ctx context.Context, fn func(*tx) error) error {
	t := &tx{ctx: ctx, TxState: sqlstore.TxState{At: model.Now(ctx), By: model.ActorFrom(ctx)}}
	b := &pgx.Batch{}
	b.BeginTx(pgx.TxOptions{})
	b.Queue(`SELECT pg_advisory_xact_lock($1)`, writeLock)
	b.Queue(sqlstore.HeadSQL).QueryRow(func(row pgx.Row) error {
		var seq int64
		var hash string
		err := row.Scan(&seq, &hash)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		t.AuditLog.Read(seq, hash, err == nil)
		return nil
	})
	br := s.pool.SendBatch(ctx, b)
	err := br.Close()
	pgTx := br.Tx()
	defer pgTx.Rollback(context.WithoutCancel(ctx))
	if err != nil {
		return s.fail(err)
	}
	t.pg = pgTx
	if err := fn(t); err != nil {
		return s.fail(err)
	}
	if err := t.flush(); err != nil {
		return s.fail(err)
	}
	if err := t.writeHead(); err != nil {
		return s.fail(err)
	}
	if err := pgTx.Commit(ctx); err != nil {
		return s.fail(err)
	}
	if t.AuditLog.Moved {
		s.ownSeq.Store(t.AuditLog.Seq)
	}
	return nil
}

// read runs fn in a read-only transaction that sees one state of the
// store throughout (repeatable read): for reads whose statements must
// agree, such as a meeting and its items.
func (s *Store) read(ctx context.Context, fn func(*tx) error) error {
	pgTx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return s.fail(err)
	}
	defer pgTx.Rollback(context.WithoutCancel(ctx))
	return s.fail(fn(&tx{ctx: ctx, pg: pgTx}))
}

// readEach runs fn on the pool, without a transaction: each statement
// sees the store as it is when it runs, and a read of one statement
// costs one round trip instead of three. It is for reads whose
// statements need not agree: that a proposal exists, then its comments
// (proposals are never removed).
func (s *Store) readEach(ctx context.Context, fn func(*tx) error) error {
	return s.fail(fn(&tx{ctx: ctx, pg: s.pool}))
}

// SQLSTATEs the store tells apart.
const (
	stateRefused       = "SG001" // a trigger of migrations/0002
	stateSerialization = "40001"
	stateDeadlock      = "40P01"
	stateReadOnly      = "25006"
	stateNoPrivilege   = "42501"
)

// fail turns an error from PostgreSQL into a model error: a trigger's
// refusal is ELocked with the key its message names, a serialization
// failure EConflict store_busy, a read-only transaction or a missing
// privilege store_readonly; model errors pass unchanged and anything else
// is EInternal.
func (s *Store) fail(err error) error {
	if err == nil {
		return nil
	}
	var me *model.Error
	if errors.As(err, &me) {
		return err
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case stateRefused:
			return &model.Error{Code: model.ELocked, Key: sqlstore.TriggerKey(pe.Message), Err: err}
		case stateSerialization, stateDeadlock:
			return &model.Error{Code: model.EConflict, Key: "store_busy", Err: err}
		case stateReadOnly, stateNoPrivilege:
			return &model.Error{Code: model.EState, Key: "store_readonly", Args: []any{s.url}, Err: err}
		}
	}
	return model.Wrap(err, "internal")
}
