package postgres

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
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

// copyTo sends the gathered rows through pg, a COPY a table, and empties
// the bulk. Tables go in the order of their first row, so a row whose
// foreign key is checked at once (proposal_search) follows what it names.
func (b *bulk) copyTo(ctx context.Context, pg conn) error {
	if b == nil {
		return nil
	}
	for _, table := range b.order {
		bt := b.tables[table]
		if len(bt.rows) == 0 {
			continue
		}
		if err := copyText(ctx, pg, table, bt); err != nil {
			return err
		}
		bt.rows = bt.rows[:0]
	}
	return nil
}

// flushAsync sends the gathered rows, and then what is queued, on a
// goroutine of its own, and returns at once with an empty
// bulk: an import gathers its next rows while the server takes these, so
// that the program and the server work at the same time. Whatever uses
// the connection next waits for them first (settle), and reports their
// error.
func (t *tx) flushAsync() error {
	if err := t.beginFirst(); err != nil {
		return err
	}
	rows, queued := t.bulk, t.batch
	t.bulk, t.batch = &bulk{}, &pgx.Batch{}
	t.begun = true
	done := make(chan struct{})
	t.copying = done
	ctx, pg := t.ctx, t.pg
	go func() {
		defer close(done)
		err := rows.copyTo(ctx, pg)
		if err == nil && queued.Len() > 0 {
			err = pg.SendBatch(ctx, queued).Close()
		}
		t.copyErr = err
	}()
	return nil
}

// copyText sends bt's rows to table with COPY … FROM STDIN in the text
// format, in one round trip: pgx's CopyFrom writes the binary format,
// for which it first asks the server for the columns' types, a round trip
// more for each table at each send.
func copyText(ctx context.Context, pg conn, table string, bt *bulkTable) error {
	held, ok := pg.(interface{ Conn() *pgx.Conn })
	if !ok {
		return fmt.Errorf("postgres: COPY into %s outside a transaction", table)
	}
	var buf bytes.Buffer
	for _, row := range bt.rows {
		for i, v := range row {
			if i > 0 {
				buf.WriteByte('\t')
			}
			if err := appendCopyText(&buf, v); err != nil {
				return fmt.Errorf("postgres: COPY into %s.%s: %w", table, bt.cols[i], err)
			}
		}
		buf.WriteByte('\n')
	}
	cols := make([]string, len(bt.cols))
	for i, c := range bt.cols {
		cols[i] = pgx.Identifier{c}.Sanitize()
	}
	_, err := held.Conn().PgConn().CopyFrom(ctx, &buf,
		`COPY `+pgx.Identifier{table}.Sanitize()+` (`+strings.Join(cols, ", ")+`) FROM STDIN`)
	return err
}

// copyEscaper writes text as COPY's text format reads it back.
var copyEscaper = strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`)

// appendCopyText writes one value in COPY's text format: \N for NULL.
// The rows hold what model/sqlstore inserts: text, whole numbers and
// NULL; anything else is refused rather than guessed at.
func appendCopyText(buf *bytes.Buffer, v any) error {
	switch x := v.(type) {
	case nil:
		buf.WriteString(`\N`)
	case string:
		_, _ = copyEscaper.WriteString(buf, x)
	case int:
		buf.WriteString(strconv.Itoa(x))
	case int64:
		buf.WriteString(strconv.FormatInt(x, 10))
	case bool:
		buf.WriteString(strconv.FormatBool(x))
	default:
		return fmt.Errorf("a value of type %T", v)
	}
	return nil
}
