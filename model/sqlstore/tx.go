// Package sqlstore is the store logic that model/sqlite and
// model/postgres share: the SQL and the rules around it, written once
// against Tx, a transaction of either adapter. Statements number their
// placeholders ($1, $2, …), which both drivers take; where the SQL
// genuinely differs (JSON in the audit details) Tx says how through its
// Dialect methods. Each adapter keeps what is its own: opening,
// migrations and triggers, connections and locking, search, bulk import,
// backup, and the mapping of its driver's errors to model errors.
package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// Tx is one transaction of an adapter, as the shared logic uses it.
type Tx interface {
	// Query runs a statement that returns rows.
	Query(q string, args ...any) (Rows, error)
	// QueryRow runs a statement that returns at most one row; a missing
	// row is an error for which errors.Is(err, sql.ErrNoRows) holds.
	QueryRow(q string, args ...any) Scanner
	// Exec runs a statement that returns no rows.
	Exec(q string, args ...any) error
	// InsertRow inserts one row of vals into cols of table; an adapter
	// may gather the rows of an import and send them together.
	InsertRow(table string, cols []string, vals ...any) error
	// IndexProposal puts a proposal's content in the adapter's search
	// index, in place of what was there unless isNew.
	IndexProposal(id int64, c model.Content, isNew bool) error
	// Refs, while an import runs, holds every proposal's ref and kind, so
	// that it checks refs without a query per row; nil otherwise.
	Refs() map[string]model.Kind
	// IndexComment puts a new comment in the adapter's search index.
	IndexComment(id, proposalID int64, body string) error
	// UnindexComment takes a comment out of the search index.
	UnindexComment(id int64) error
	// NextID takes an id for a new row of table from its sequence, or
	// gives 0 when the insert gives the id (SQLite).
	NextID(table string) (int64, error)
	// QueryLater runs q, a read, and hands its rows to q.Row at the
	// latest as the transaction commits: an adapter that pipelines its
	// statements (PostgreSQL) sends it with those still queued, the
	// COMMIT at the latest, so that reading back what the transaction
	// wrote costs no round trip of its own; others run it at once. What
	// it reads is for after the write, not for deciding within it, and an
	// error q.Row returns may come after the COMMIT has been sent: q.Row
	// should keep its error for the caller to report as a read of what was
	// written, and return nil.
	QueryLater(q Query) error
	// Update runs an UPDATE or DELETE and returns the number of rows it
	// changed.
	Update(q string, args ...any) (int64, error)
	// Insert runs an INSERT and returns the new row's id.
	Insert(q string, args ...any) (int64, error)
	// Audit appends a row to the audit log, chained to the row before
	// it; Head is the last row's seq and hash as the transaction sees
	// them after it.
	Audit(action, entity string, id int64, d Detail) error
	Head() (seq int64, hash string)
	// Now and Actor stamp what a write transaction records.
	Now() time.Time
	Actor() string
	Dialect
}

// Runner runs the shared logic in an adapter's transactions, mapping
// its driver's errors to model errors.
type Runner interface {
	// Write runs fn in a write transaction and commits when it returns
	// nil; fn may run more than once (SQLite tries a busy store again),
	// so it must change nothing but through its Tx.
	Write(ctx context.Context, fn func(Tx) error) error
	// Read runs fn in a read transaction that sees one state of the
	// store throughout.
	Read(ctx context.Context, fn func(Tx) error) error
	// ReadEach runs fn where each statement may see the store as it is
	// when it runs: for reads whose statements need not agree.
	ReadEach(ctx context.Context, fn func(Tx) error) error
}

// Funcs is a Runner made of an adapter's own functions, which take its
// own transaction type T.
type Funcs[T Tx] struct {
	OnWrite, OnRead, OnReadEach func(ctx context.Context, fn func(T) error) error
}

// Write runs fn through f.OnWrite.
func (f Funcs[T]) Write(ctx context.Context, fn func(Tx) error) error {
	return f.OnWrite(ctx, func(t T) error { return fn(t) })
}

// Read runs fn through f.OnRead.
func (f Funcs[T]) Read(ctx context.Context, fn func(Tx) error) error {
	return f.OnRead(ctx, func(t T) error { return fn(t) })
}

// ReadEach runs fn through f.OnReadEach.
func (f Funcs[T]) ReadEach(ctx context.Context, fn func(Tx) error) error {
	return f.OnReadEach(ctx, func(t T) error { return fn(t) })
}

// Store is the store's API written once: the methods of model.Store that
// are the same on every adapter, run through an adapter's Runner. An
// adapter embeds it.
type Store struct{ db Runner }

// New returns the Store that runs through db.
func New(db Runner) Store { return Store{db: db} }

// Dialect is the SQL that differs between the adapters.
type Dialect interface {
	// IsJSON is the SQL test that the text column col holds JSON.
	IsJSON(col string) string
	// JSONText is the SQL expression for the field key of the JSON in
	// col, NULL when it has none.
	JSONText(col, key string) string
	// DetailIs is the SQL test that audit row a's detail is JSON whose
	// fields hold the values given as (key, SQL expression) pairs; a
	// detail that is not JSON matches nothing, rather than failing the
	// query.
	DetailIs(pairs ...string) string
	// InsertOrder is the column of sign_offs that orders its rows as
	// they were inserted.
	InsertOrder() string
	// ProposalLocked is the SQL expression, over proposals p, for the
	// last column of ProposalCols: whether p is locked, as a bool, or as
	// the outcome of its latest decision when that decision is signed
	// off and '' otherwise (then model.Outcome.Final says).
	ProposalLocked() string
	// ListHas is the SQL test that the JSON array of text in col holds
	// the value of param.
	ListHas(col, param string) string
	// InIDs is the SQL test that col is one of the ids param holds, or
	// true when it is NULL; IDs gives param's value.
	InIDs(col, param string) string
	IDs(ids []int64) any
	// NextIDSQL is the statement that takes the next id of table's
	// sequence as one row, so that a batch of reads can take it along
	// (NextID); "" where the insert gives the id (SQLite).
	NextIDSQL(table string) string
	// AuditQuery is the statement, with its arguments, that reads the
	// rows Audit(entity, entityID, limit) returns (model.AdminStore).
	AuditQuery(entity, entityID string, limit int) (string, []any)
}

// Rows is a query's result, read row by row.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// Scanner is one row, or the current row of Rows.
type Scanner interface{ Scan(dest ...any) error }

// Result is a query's rows or its error, for Collect.
type Result struct {
	rows Rows
	err  error
}

// Select runs a query for Collect.
func Select(t Tx, q string, args ...any) Result {
	rows, err := t.Query(q, args...)
	return Result{rows, err}
}

// Collect reads every row of r with scan.
func Collect[T any](r Result, scan func(Scanner) (T, error)) ([]T, error) {
	if r.err != nil {
		return nil, r.err
	}
	defer r.rows.Close()
	var out []T
	for r.rows.Next() {
		v, err := scan(r.rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, r.rows.Err()
}

// WithExtra is a Scanner that reads the columns after those its caller
// scans into Extra.
type WithExtra struct {
	Sc    Scanner
	Extra []any
}

// Scan scans dest followed by the extra destinations.
func (w WithExtra) Scan(dest ...any) error { return w.Sc.Scan(append(dest, w.Extra...)...) }

// IsNoRows tells whether err says that a query found no row.
func IsNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }

// Columns splits a list of columns such as AuditCols.
func Columns(list string) []string {
	cols := strings.Split(list, ",")
	for i, c := range cols {
		cols[i] = strings.TrimSpace(c)
	}
	return cols
}

// Params are the placeholders $from … $from+n-1, joined by commas.
func Params(from, n int) string {
	ps := make([]string, n)
	for i := range ps {
		ps[i] = "$" + strconv.Itoa(from+i)
	}
	return strings.Join(ps, ", ")
}

// TxState is what a write transaction of either adapter keeps besides its
// connection: who writes when, the audit log's head, and an import's
// refs. An adapter's transaction embeds it, which gives it Tx's Now,
// Actor, Head and Refs.
type TxState struct {
	// At and By stamp what a write records and its audit rows.
	At time.Time
	By string
	// AuditLog is the audit log's last row as the transaction sees it.
	AuditLog AuditHead
	// Imported, when not nil, holds every proposal's ref and kind, so
	// that an import checks refs without a query per row.
	Imported map[string]model.Kind
}

// Now is the time a write records.
func (s *TxState) Now() time.Time { return s.At }

// Actor is who a write records as making it.
func (s *TxState) Actor() string { return s.By }

// Head is the audit log's last row as the transaction sees it.
func (s *TxState) Head() (int64, string) { return s.AuditLog.Seq, s.AuditLog.Hash }

// Refs is the import's refs, nil outside an import.
func (s *TxState) Refs() map[string]model.Kind { return s.Imported }
