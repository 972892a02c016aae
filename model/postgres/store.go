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
	"sync/atomic"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pgurl"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// Store is the PostgreSQL implementation of model.Store: one pool of
// connections for reads and writes.
type Store struct {
	// Store holds the methods written once for both adapters, run
	// through this Store's transactions.
	sqlstore.Store
	url  string // without the password
	addr string // the server's host and port, for messages
	pool *pgxpool.Pool
	// ownSeq is the audit log's last row as this Store's last write left
	// it (see Version).
	ownSeq atomic.Int64
	// feeds are the change feeds running (Changes), which Close ends.
	feeds feeds
	// session is who the server says the login is (roles.go).
	session session
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
		return nil, configError(url, err)
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = connectTimeout
	}
	// Each statement goes in one round trip, its parameters typed by the
	// server: a statement cache would cost a round trip to prepare each
	// statement on each new connection of the pool (issue 14's link).
	cfg.ConnConfig.DefaultQueryExecMode = pgx.QueryExecModeExec
	s := &Store{url: pgurl.Redact(url), addr: serverAddr(&cfg.ConnConfig.Config)}
	s.Store = sqlstore.New(sqlstore.Funcs[*tx]{OnWrite: s.write, OnRead: s.read, OnReadEach: s.readEach})
	if s.pool, err = pgxpool.NewWithConfig(ctx, cfg); err != nil {
		return nil, model.Wrap(err, "store_open", s.url)
	}
	err = migrate(ctx, s.pool)
	if err == nil {
		err = s.readSession(ctx)
	}
	if err != nil {
		s.pool.Close()
		if ce := ConnectError(&cfg.ConnConfig.Config, err); ce != nil {
			return nil, ce
		}
		if u := s.unreachable(err); u != nil {
			return nil, u
		}
		if model.ErrorCode(err) != model.EInternal {
			return nil, err
		}
		if denied := s.fail(err); model.ErrorCode(denied) == model.EDenied { // roles.go
			return nil, denied
		}
		return nil, model.Wrap(err, "store_open", s.url)
	}
	return s, nil
}

// Path returns the database's URL without the password.
func (s *Store) Path() string { return s.url }

// Close ends the change feeds and closes the pool's connections.
func (s *Store) Close() error {
	s.feeds.close()
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

// SQLSTATEs the store tells apart.
const (
	stateRefused       = "SG001" // a trigger of migrations/0002
	stateSerialization = "40001"
	stateDeadlock      = "40P01"
	stateReadOnly      = "25006"
	stateNoPrivilege   = "42501"
)

// fail turns an error from PostgreSQL into a model error: a lost or
// failed connection is EUnavailable store_unreachable (see unreachable),
// even under a model error that wraps it; a trigger's refusal is ELocked
// with the key its message names, a serialization failure EConflict
// store_busy, a read-only transaction store_readonly, a refusal of the
// login's rights EDenied store_denied (roles.go); model errors pass
// unchanged and anything else is EInternal.
func (s *Store) fail(err error) error {
	if err == nil || model.Unreachable(err) {
		return err
	}
	if u := s.unreachable(err); u != nil {
		return u
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
		case stateReadOnly:
			return &model.Error{Code: model.EState, Key: "store_readonly", Args: []any{s.url}, Err: err}
		case stateNoPrivilege:
			return s.denied(pe, err)
		}
	}
	return model.Wrap(err, "internal")
}
