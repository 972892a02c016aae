package sqlite

import (
	"database/sql"
	"fmt"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// tx is the shared logic's sqlstore.Tx.
var _ sqlstore.Tx = (*tx)(nil)

// Query runs a statement that returns rows, for model/sqlstore.
func (t *tx) Query(q string, args ...any) (sqlstore.Rows, error) {
	rows, err := t.query(q, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{rows}, nil
}

// QueryRow runs a statement that returns at most one row, for
// model/sqlstore.
func (t *tx) QueryRow(q string, args ...any) sqlstore.Scanner { return t.row(q, args...) }

// sqlRows is *sql.Rows as sqlstore.Rows.
type sqlRows struct{ *sql.Rows }

// Close closes the rows; an error closing them shows in Err.
func (r sqlRows) Close() { r.Rows.Close() }

// IsJSON tests with json_valid.
func (t *tx) IsJSON(col string) string { return "json_valid(" + col + ")" }

// JSONText reads the field with json_extract, which gives numbers as
// numbers.
func (t *tx) JSONText(col, key string) string {
	return fmt.Sprintf("json_extract(%s, '$.%s')", col, key)
}

// DetailIs compares each field with IS, keeping SQLite's types.
func (t *tx) DetailIs(pairs ...string) string {
	q := "CASE WHEN json_valid(a.detail) THEN 1"
	for i := 0; i+1 < len(pairs); i += 2 {
		q += fmt.Sprintf(" AND json_extract(a.detail, '$.%s') IS %s", pairs[i], pairs[i+1])
	}
	return q + " ELSE 0 END"
}

// InsertOrder is rowid: SQLite numbers every row it inserts.
func (t *tx) InsertOrder() string { return "rowid" }

// Exec runs a statement that returns no rows, for model/sqlstore.
func (t *tx) Exec(q string, args ...any) error {
	_, err := t.exec(q, args...)
	return err
}

// Insert runs an INSERT and returns the new row's id, for model/sqlstore.
func (t *tx) Insert(q string, args ...any) (int64, error) { return t.insert(q, args...) }

// Audit appends an audit row, for model/sqlstore.
func (t *tx) Audit(action, entity string, id int64, d sqlstore.Detail) error {
	return t.AuditLog.Append(t, action, entity, id, d)
}

// Update runs an UPDATE or DELETE and returns the rows it changed.
func (t *tx) Update(q string, args ...any) (int64, error) {
	res, err := t.exec(q, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// ProposalLocked is the outcome of the proposal's latest decision if
// that decision is signed off, ” otherwise, by the same rule as the
// trigger proposals_locked_update, so it cannot drift from the minutes.
func (t *tx) ProposalLocked() string {
	return `coalesce((SELECT CASE WHEN m.signed_off_at IS NULL THEN '' ELSE d.outcome END
		FROM decisions d JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
		WHERE d.proposal_id = p.id ORDER BY m.starts_at DESC, m.id DESC, d.id DESC LIMIT 1), '')`
}

// InsertRow inserts one row.
func (t *tx) InsertRow(table string, cols []string, vals ...any) error {
	_, err := t.exec(`INSERT INTO `+table+` (`+strings.Join(cols, ", ")+`) VALUES (`+sqlstore.Params(1, len(vals))+`)`, vals...)
	return err
}

// IndexComment puts the comment in comment_fts, whose rowid is the
// comment's id.
func (t *tx) IndexComment(id, _ int64, body string) error {
	_, err := t.exec(`INSERT INTO comment_fts (rowid, body) VALUES ($1, $2)`, id, body)
	return err
}

// UnindexComment takes the comment out of comment_fts.
func (t *tx) UnindexComment(id int64) error {
	_, err := t.exec(`DELETE FROM comment_fts WHERE rowid = $1`, id)
	return err
}

// IndexProposal puts the proposal in proposal_fts (search.go).
func (t *tx) IndexProposal(id int64, c model.Content, isNew bool) error {
	return indexProposal(t, id, c, isNew)
}

// ListHas looks in the array with json_each.
func (t *tx) ListHas(col, param string) string {
	return "EXISTS (SELECT 1 FROM json_each(" + col + ") WHERE value = " + param + ")"
}

// InIDs looks in a JSON array of ids with json_each.
func (t *tx) InIDs(col, param string) string {
	return "(" + param + " IS NULL OR " + col + " IN (SELECT value FROM json_each(" + param + ")))"
}

// IDs is a JSON array, or NULL for nil.
func (t *tx) IDs(ids []int64) any {
	if ids == nil {
		return nil
	}
	return sqlstore.ToJSON(ids)
}

// NextID gives 0: the insert gives the id (rowid).
func (t *tx) NextID(string) (int64, error) { return 0, nil }

// NextIDSQL is "": the insert gives the id (rowid).
func (t *tx) NextIDSQL(string) string { return "" }

// QueryLater runs q at once: SQLite has no round trips to save.
func (t *tx) QueryLater(q sqlstore.Query) error { return sqlstore.RunBatch(t, q) }
