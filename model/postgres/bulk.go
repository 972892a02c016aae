package postgres

import (
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// bulk gathers the rows a transaction inserts, table by table, to be
// sent with COPY: an import's new proposals, revisions, search entries
// and audit rows then cost the server one COPY a table a batch rather
// than a statement a row.
type bulk struct {
	order  []string // tables in the order of their first row, which COPY keeps
	tables map[string]*bulkTable
}

// bulkTable is the rows gathered for one table.
type bulkTable struct {
	cols []string
	rows [][]any
}

// insertRow inserts one row: at once, or into the bulk when the
// transaction gathers one.
func (t *tx) insertRow(table string, cols []string, vals ...any) error {
	if t.bulk == nil {
		_, err := t.exec(`INSERT INTO `+table+` (`+strings.Join(cols, ", ")+`) VALUES (`+sqlstore.Params(1, len(vals))+`)`, vals...)
		return err
	}
	bt := t.bulk.tables[table]
	if bt == nil {
		bt = &bulkTable{cols: cols}
		if t.bulk.tables == nil {
			t.bulk.tables = map[string]*bulkTable{}
		}
		t.bulk.tables[table] = bt
		t.bulk.order = append(t.bulk.order, table)
	}
	bt.rows = append(bt.rows, vals)
	return nil
}

// pending tells whether rows are gathered and not yet sent.
func (b *bulk) pending() bool {
	if b == nil {
		return false
	}
	for _, bt := range b.tables {
		if len(bt.rows) > 0 {
			return true
		}
	}
	return false
}

// copyBulk sends the gathered rows, a COPY a table, and empties the bulk.
// Tables go in the order of their first row, so a row whose foreign key
// is checked at once (proposal_search) follows what it names.
func (t *tx) copyBulk() error {
	if t.bulk == nil {
		return nil
	}
	for _, table := range t.bulk.order {
		bt := t.bulk.tables[table]
		if len(bt.rows) == 0 {
			continue
		}
		if _, err := t.pg.CopyFrom(t.ctx, pgx.Identifier{table}, bt.cols, pgx.CopyFromRows(bt.rows)); err != nil {
			return err
		}
		bt.rows = bt.rows[:0]
	}
	return nil
}
