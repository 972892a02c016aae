package postgres

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// tx is the shared logic's sqlstore.Tx.
var _ sqlstore.Tx = (*tx)(nil)

// Query runs a statement that returns rows, for model/sqlstore, after
// what is queued.
func (t *tx) Query(q string, args ...any) (sqlstore.Rows, error) {
	rows, err := t.query(q, args...)
	if err != nil {
		return nil, err
	}
	return rows, nil
}

// QueryRow runs a statement that returns at most one row, for
// model/sqlstore, after what is queued.
func (t *tx) QueryRow(q string, args ...any) sqlstore.Scanner { return t.row(q, args...) }

// IsJSON tests with styrgrupp_jsonb (migrations), which gives NULL for
// text that is not JSON.
func (t *tx) IsJSON(col string) string { return "styrgrupp_jsonb(" + col + ") IS NOT NULL" }

// JSONText reads the field as text with ->>.
func (t *tx) JSONText(col, key string) string {
	return fmt.Sprintf("styrgrupp_jsonb(%s) ->> '%s'", col, key)
}

// DetailIs compares each field as text (->> gives a JSON number or string
// as text).
func (t *tx) DetailIs(pairs ...string) string {
	q := "styrgrupp_jsonb(a.detail) IS NOT NULL"
	for i := 0; i+1 < len(pairs); i += 2 {
		q += fmt.Sprintf(" AND styrgrupp_jsonb(a.detail) ->> '%s' IS NOT DISTINCT FROM (%s)::text", pairs[i], pairs[i+1])
	}
	return q
}

// InsertOrder is seq: sign_offs.seq, an identity column (migrations).
func (t *tx) InsertOrder() string { return "seq" }

// Exec runs a statement that returns no rows, or queues it, for
// model/sqlstore.
func (t *tx) Exec(q string, args ...any) error {
	_, err := t.exec(q, args...)
	return err
}

// Insert runs an INSERT … RETURNING id, for model/sqlstore.
func (t *tx) Insert(q string, args ...any) (int64, error) { return t.insert(q, args...) }

// Audit appends an audit row, for model/sqlstore.
func (t *tx) Audit(action, entity string, id int64, d sqlstore.Detail) error {
	return t.AuditLog.Append(t, action, entity, id, d)
}

// Update runs an UPDATE or DELETE, with what is queued, and returns the
// rows it changed.
func (t *tx) Update(q string, args ...any) (int64, error) {
	tag, err := t.execNow(q, args...)
	return tag.RowsAffected(), err
}

// ProposalLocked asks styrgrupp_proposal_locked, the function the
// trigger proposals_locked_update asks, so it cannot drift from the
// minutes.
func (t *tx) ProposalLocked() string { return `styrgrupp_proposal_locked(p.id)` }

// InsertRow inserts one row, or gathers it for a COPY (bulk.go).
func (t *tx) InsertRow(table string, cols []string, vals ...any) error {
	return t.insertRow(table, cols, vals...)
}

// IndexComment puts the comment in comment_search.
func (t *tx) IndexComment(id, proposalID int64, body string) error {
	return indexComment(t, id, proposalID, body)
}

// UnindexComment takes the comment out of comment_search.
func (t *tx) UnindexComment(id int64) error {
	_, err := t.exec(`DELETE FROM comment_search WHERE comment_id = $1`, id)
	return err
}

// IndexProposal puts the proposal in proposal_search (search.go).
func (t *tx) IndexProposal(id int64, c model.Content, isNew bool) error {
	if isNew {
		return indexProposal(t, id, c)
	}
	return reindexProposal(t, id, c)
}

// ListHas asks jsonb's ? operator (the column is jsonb).
func (t *tx) ListHas(col, param string) string { return "(" + col + " ? " + param + ")" }

// InIDs compares with = ANY of a bigint array.
func (t *tx) InIDs(col, param string) string {
	return "(" + param + "::bigint[] IS NULL OR " + col + " = ANY (" + param + "))"
}

// IDs is the ids as they are: pgx sends a slice as an array.
func (t *tx) IDs(ids []int64) any { return ids }

// NextID takes the next value of the table's id sequence.
func (t *tx) NextID(table string) (int64, error) {
	var id int64
	err := t.row(t.NextIDSQL(table)).Scan(&id)
	return id, err
}

// NextIDSQL takes the next value of the table's id sequence; table is
// one of the store's own names, never the user's.
func (t *tx) NextIDSQL(table string) string {
	return `SELECT nextval(pg_get_serial_sequence('` + table + `', 'id'))`
}

// QueryLater queues q with what the transaction has queued, to be sent
// with the next statement that needs an answer or with the COMMIT.
func (t *tx) QueryLater(q sqlstore.Query) error {
	if t.batch == nil {
		return t.Batch([]sqlstore.Query{q})
	}
	t.batch.Queue(q.SQL, q.Args...).Query(rowsOf(q))
	return nil
}

// ResetIDs moves each table's identity past its largest id, after a copy
// (sqlstore.Copy) has inserted rows with their ids.
func (t *tx) ResetIDs(tables []string) error {
	for _, table := range tables {
		_, err := t.exec(`SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce((SELECT max(id) FROM `+table+`), 0) + 1, false)`, table)
		if err != nil {
			return err
		}
	}
	return nil
}

// Batch sends the queries together, after what is queued: one round
// trip.
func (t *tx) Batch(qs []sqlstore.Query) error {
	if t.bulk.pending() {
		if err := t.flush(); err != nil {
			return err
		}
	}
	if err := t.settle(); err != nil {
		return err
	}
	b := t.batch
	if b == nil {
		b = &pgx.Batch{}
	} else {
		t.batch = &pgx.Batch{}
		t.begun = true
	}
	for _, q := range qs {
		b.Queue(q.SQL, q.Args...).Query(rowsOf(q))
	}
	return t.pg.SendBatch(t.ctx, b).Close()
}

// rowsOf hands each row of a batch's result to q.Row.
func rowsOf(q sqlstore.Query) func(pgx.Rows) error {
	return func(rows pgx.Rows) error {
		defer rows.Close()
		for rows.Next() {
			if err := q.Row(rows); err != nil {
				return err
			}
		}
		return rows.Err()
	}
}
