// Package sqlite is Styrgrupp's store: model.Store on one SQLite file,
// through modernc.org/sqlite. The schema comes from numbered migrations
// embedded in the program; every write is one transaction that also
// appends to the hash-chained audit log; triggers keep signed-off minutes
// and the audit log from being changed, even with plain SQL.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"modernc.org/sqlite"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// Store is the SQLite implementation of model.Store. All writes go through
// one connection; reads use a small pool of their own, so a long read does
// not hold up a write.
type Store struct {
	// Store holds the methods written once for both adapters, run
	// through this Store's transactions.
	sqlstore.Store
	path string
	db   *sql.DB // the writer: one connection
	rdb  *sql.DB // readers: query_only connections
	// copyDSN opens a connection of its own for Backup: not query_only,
	// which SQLite applies to VACUUM INTO too.
	copyDSN string
	// busyFor bounds how long a write keeps trying while the store is
	// busy; 0 is busyBudget.
	busyFor time.Duration
	// ownSeq is the audit log's last row as this Store's last write left
	// it (see Version).
	ownSeq atomic.Int64
}

var _ model.Store = (*Store)(nil)

// pragmas are set on every connection the store opens.
const pragmas = "_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate"

// Open opens the store in the file at path, creating it when it does not
// exist, and brings its schema up to date. A file that is not a Styrgrupp
// database, or that a newer version of the program has written, is refused
// with an error (keys store_not_sqlite and store_newer) and left as it is.
func Open(path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, model.Wrap(err, "store_open", path)
	}
	isNew, err := precheck(abs)
	if err != nil {
		return nil, err
	}
	if isNew {
		if err := create(abs); err != nil {
			return nil, model.Wrap(err, "store_open", abs)
		}
	}
	s := &Store{path: abs, copyDSN: dsn(abs, false)}
	s.wire()
	if s.db, err = sql.Open("sqlite", dsn(abs, false)); err != nil {
		return nil, model.Wrap(err, "store_open", abs)
	}
	s.db.SetMaxOpenConns(1)
	if err := migrate(context.Background(), s.db); err != nil {
		s.db.Close()
		return nil, s.openError(err)
	}
	if s.rdb, err = sql.Open("sqlite", dsn(abs, true)); err != nil {
		s.db.Close()
		return nil, model.Wrap(err, "store_open", abs)
	}
	poolReaders(s.rdb)
	if err := s.rdb.Ping(); err != nil {
		s.Close()
		return nil, s.openError(err)
	}
	return s, nil
}

// readers is the most connections the reading pool opens.
const readers = 4

// poolReaders sizes the reading pool and keeps its connections open when
// idle: a new connection reads the whole schema before its first
// statement, and database/sql would otherwise close all but two after a
// burst of reads, such as the window's first.
func poolReaders(db *sql.DB) {
	db.SetMaxOpenConns(readers)
	db.SetMaxIdleConns(readers)
}

// wire gives s the methods written once in model/sqlstore, run through
// its transactions; ReadEach is read, since a read transaction on SQLite
// costs no round trip.
func (s *Store) wire() {
	s.Store = sqlstore.New(sqlstore.Funcs[*tx]{OnWrite: s.write, OnRead: s.read, OnReadEach: s.read})
}

// Path returns the absolute path of the store's file.
func (s *Store) Path() string { return s.path }

// Close closes the store's connections; the last one to close folds the
// write-ahead log back into the file.
func (s *Store) Close() error {
	var errs []error
	if s.rdb != nil {
		errs = append(errs, s.rdb.Close())
	}
	if s.db != nil {
		errs = append(errs, s.db.Close())
	}
	return errors.Join(errs...)
}

// readPragmas are set on the reading pool's connections besides pragmas:
// query_only, and memory-mapped reads of up to 256 MiB of the file, which
// spare a search's many lookups by id a read system call for each page
// not in SQLite's own cache. The map is address space, not memory: the
// pages it touches are the operating system's file cache, shared by the
// pool's connections and given back under pressure.
const readPragmas = "&_pragma=query_only(1)&_pragma=mmap_size(268435456)"

// dsn returns the data source name for path: a file: URI with the store's
// pragmas, and readPragmas for the reading pool.
func dsn(path string, readOnly bool) string {
	u := filepath.ToSlash(path)
	switch {
	case strings.HasPrefix(u, "//"): // a UNC path: keep the authority empty
		u = "//" + u
	case !strings.HasPrefix(u, "/"): // C:/…
		u = "/" + u
	}
	u = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(u)
	s := "file:" + u + "?" + pragmas
	if readOnly {
		s += readPragmas
	}
	return s
}

// tx is one transaction with the context it runs in; for writes, its
// TxState stamps what it records and keeps the audit log's head.
type tx struct {
	ctx context.Context
	sql *sql.Tx
	sqlstore.TxState

	// stmts holds the statements prepared in this transaction, by their
	// text, so that an import of thousands of rows prepares each once.
	stmts map[string]*sql.Stmt
}

// stmt returns the prepared statement for q, preparing it on first use.
// The statements close with the transaction.
func (t *tx) stmt(q string) (*sql.Stmt, error) {
	if st, ok := t.stmts[q]; ok {
		return st, nil
	}
	st, err := t.sql.PrepareContext(t.ctx, q)
	if err != nil {
		return nil, err
	}
	if t.stmts == nil {
		t.stmts = map[string]*sql.Stmt{}
	}
	t.stmts[q] = st
	return st, nil
}

func (t *tx) exec(q string, args ...any) (sql.Result, error) {
	st, err := t.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(t.ctx, args...)
}

// query is not cached: a statement re-run while its rows are still being
// read would start them over.
func (t *tx) query(q string, args ...any) (*sql.Rows, error) {
	return t.sql.QueryContext(t.ctx, q, args...)
}

func (t *tx) row(q string, args ...any) *sql.Row {
	st, err := t.stmt(q)
	if err != nil {
		return t.sql.QueryRowContext(t.ctx, q, args...) // gives the same error on Scan
	}
	return st.QueryRowContext(t.ctx, args...)
}

// insert runs an INSERT and returns the new row's id.
func (t *tx) insert(q string, args ...any) (int64, error) {
	res, err := t.exec(q, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// write runs fn in a write transaction (BEGIN IMMEDIATE on the writer
// connection) and commits when it returns nil. When another connection
// (another window, another program) holds the store past the busy
// timeout, the whole transaction is tried again (retryBusy, busy.go), so
// fn may run more than once: it must change nothing but through t, and
// set anew whatever it hands out.
func (s *Store) write(ctx context.Context, fn func(*tx) error) error {
	return s.fail(retryBusy(ctx, s.busyBudget(), func() error { return s.writeOnce(ctx, fn) }))
}

// writeOnce is one attempt of write; its error is SQLite's or fn's as it
// is, for retryBusy to look at.
func (s *Store) writeOnce(ctx context.Context, fn func(*tx) error) error {
	sqlTx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer sqlTx.Rollback()
	t := &tx{ctx: ctx, sql: sqlTx, TxState: sqlstore.TxState{At: model.Now(ctx), By: model.ActorFrom(ctx)}}
	if err := fn(t); err != nil {
		return err
	}
	if err := t.writeHead(); err != nil {
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		return err
	}
	if t.AuditLog.Moved {
		s.ownSeq.Store(t.AuditLog.Seq)
	}
	return nil
}

// read runs fn in a read transaction, so that it sees one state of the
// store throughout.
func (s *Store) read(ctx context.Context, fn func(*tx) error) error {
	sqlTx, err := s.rdb.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return s.fail(err)
	}
	defer sqlTx.Rollback()
	return s.fail(fn(&tx{ctx: ctx, sql: sqlTx}))
}

// SQLite result codes the store tells apart.
const (
	codeBusy              = 5
	codeLocked            = 6
	codeReadOnly          = 8
	codeCorrupt           = 11
	codeCantOpen          = 14
	codeConstraint        = 19
	codeNotADB            = 26
	codeConstraintTrigger = codeConstraint | 7<<8
)

// sqliteCode returns the extended SQLite result code in err's chain, or 0.
func sqliteCode(err error) int {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code()
	}
	return 0
}

// fail turns an error from SQLite into a model error: a busy or locked
// database is EConflict store_busy, a read-only one store_readonly, a
// trigger's refusal ELocked with the key its message names (see
// triggerKey); model errors pass unchanged and anything else is EInternal.
func (s *Store) fail(err error) error {
	if err == nil {
		return nil
	}
	var me *model.Error
	if errors.As(err, &me) {
		return err
	}
	code := sqliteCode(err)
	switch {
	case code&0xff == codeBusy || code&0xff == codeLocked:
		return &model.Error{Code: model.EConflict, Key: "store_busy", Err: err}
	case code&0xff == codeReadOnly:
		return &model.Error{Code: model.EState, Key: "store_readonly", Args: []any{s.path}, Err: err}
	case code == codeConstraintTrigger:
		return &model.Error{Code: model.ELocked, Key: sqlstore.TriggerKey(err.Error()), Err: err}
	}
	return model.Wrap(err, "internal")
}

// openError maps a failure while opening or migrating.
func (s *Store) openError(err error) error {
	switch sqliteCode(err) & 0xff {
	case codeNotADB, codeCorrupt:
		return &model.Error{Code: model.EInvalid, Key: "store_not_sqlite", Args: []any{s.path}, Err: err}
	case codeCantOpen:
		return model.Wrap(err, "store_open", s.path)
	}
	return s.fail(err)
}
