package sqlstore

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// A copy moves every row of a store into a new one, as it is: ids,
// times, hashes and the audit log are inserted unchanged, so the copy
// checks and exports as the original does. Nothing is appended to the
// audit log: the copy is not a change of the content.

// column kinds, which decide how a column is scanned and compared.
const (
	kText  = 's' // text, maybe NULL
	kInt   = 'i' // integer, maybe NULL
	kBool  = 'b'
	kBytes = 'x'
	kJSON  = 'j' // JSON text; PostgreSQL's jsonb keeps it in a form of its own
)

// copyTable is one table of the copy: its columns with their kinds, and
// the order its rows are read and inserted in.
type copyTable struct {
	name, order string
	cols        []string
	kinds       string
}

// copyTables are the tables in an order where every row's references are
// inserted before it. Meetings are inserted unsigned and signed after
// their rows (signCopied), as the store itself signs them, so the lock
// triggers let their rows in; protocols follow.
var copyTables = []copyTable{
	{"members", "id", Columns("id, name, title, email, active, created_at, role"), "isssbss"},
	{"proposals", "id", Columns("id, ref, kind, registry_number, title, summary, description, rationale, evidence, risk_factors, protective_factors, problem_areas, prevention_level, target_group, responsible, partners, start_date, end_date, cost_ore, funding, status, outcome, revision, returned_at, created_at, updated_at, updated_by"), "isssssssjjjjsssjssisssiisss"},
	{"revisions", "proposal_id, number", Columns("proposal_id, number, content, fingerprint, created_at, created_by"), "iissss"},
	{"meetings", "id", Columns("id, title, starts_at, ends_at, year, place, chair_id, secretary_id, adjuster_id, sign_off_place, sign_off_date, created_at, signed_off_at, followup_section"), "isssisiiissssi"},
	{"attendees", "id", Columns("id, meeting_id, member_id, name, present, decides, from_section, to_section"), "iiisbbii"},
	{"items", "id", Columns("id, meeting_id, number, position, proposal_id, revision"), "iiiiii"},
	{"decisions", "id", Columns("id, item_id, proposal_id, revision, fingerprint, outcome, text, conditions, return_reason, reservations, notes, recusals, recipients, corrects, decided_at, decided_by, prev_status, prev_outcome, prev_returned_at, vote"), "iiiissssjjjjjissssij"},
	{"sign_offs", "", Columns("meeting_id, role, member_id, signed_at, signer, cert_sha256"), "isisss"},
	{"comments", "id", Columns("id, proposal_id, parent_id, author_id, body, created_at, resolved, resolved_by, resolved_at, edited_at, deleted_at"), "iiiissbisss"},
	{"followups", "proposal_id", Columns("proposal_id, status, progress, responsible, review_date, updated_at"), "isisss"},
	{"followup_conditions", "proposal_id, position", Columns("proposal_id, position, met_on, met_by"), "iisi"},
	{"followup_notes", "id", Columns("id, proposal_id, date, author_id, text"), "iisis"},
	{"justering_rounds", "meeting_id", Columns("meeting_id, sent_at, sent_by"), "isi"},
	{"justering_notes", "id", Columns("id, meeting_id, section, author_id, text, created_at, closed, reply, closed_by, closed_at"), "iiiissbsis"},
	{"group_rules", "id", Columns("id, rules"), "ij"},
	{"trusted_files", "id", Columns("id, kind, name, der, sha256, added_at, added_by"), "issxsss"},
	{"audit_log", "seq", Columns("seq, at, actor, action, entity, entity_id, detail, prev_hash, hash"), "issssssss"},
	{"audit_head", "id", Columns("id, seq, hash"), "iis"},
	{"minutes_records", "meeting_id", Columns("meeting_id, record, fingerprint, audit_seq, audit_hash"), "issis"},
	{"protocols", "meeting_id", Columns("meeting_id, pdf, sha256, updated_at"), "ixss"},
}

// meetingsAt is the place of meetings in copyTables, signedCol that of
// its column signed_off_at, which signCopied sets last.
const meetingsAt, signedCol = 3, 12

// IDResetter is a Tx whose tables take their ids from counters of their
// own (PostgreSQL's identity columns): after a copy has inserted rows
// with their ids, ResetIDs moves each table's counter past them.
type IDResetter interface {
	ResetIDs(tables []string) error
}

// Copy copies every row of the store from runs on into the store to runs
// on, in one write transaction of to: all or nothing. The target must be
// empty (key copy_target_not_empty, naming target, otherwise), and the
// rows it holds at the end are compared with those read, so that a copy
// that differs is not committed. progress, when not nil, is told each
// table's rows as they are inserted.
func Copy(ctx context.Context, from, to Runner, target string, progress func(table string, rows int)) error {
	var src [][][]any
	err := from.Read(ctx, func(t Tx) error {
		src = src[:0]
		for _, tb := range copyTables {
			rows, err := readTable(t, tb)
			if err != nil {
				return err
			}
			src = append(src, rows)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return to.Write(ctx, func(t Tx) error {
		if err := checkEmpty(t, target); err != nil {
			return err
		}
		for i, tb := range copyTables {
			if tb.name == "protocols" {
				if err := signCopied(t, src[meetingsAt]); err != nil {
					return err
				}
			}
			if err := insertRows(t, tb, src[i]); err != nil {
				return err
			}
			if progress != nil {
				progress(tb.name, len(src[i]))
			}
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if err := reindex(t); err != nil {
			return err
		}
		if r, ok := t.(IDResetter); ok {
			if err := r.ResetIDs(idTables()); err != nil {
				return err
			}
		}
		return compareCopy(t, src)
	})
}

// checkEmpty refuses a target that holds any row of the copied tables.
func checkEmpty(t Tx, target string) error {
	for _, tb := range copyTables {
		var n int64
		if err := t.QueryRow(`SELECT count(*) FROM ` + tb.name).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return model.Errorf(model.EState, "copy_target_not_empty", target)
		}
	}
	return nil
}

// readTable reads tb's rows in its order; sign_offs in the order they
// were inserted.
func readTable(t Tx, tb copyTable) ([][]any, error) {
	order := tb.order
	if order == "" {
		order = t.InsertOrder()
	}
	return Collect(Select(t, `SELECT `+strings.Join(tb.cols, ", ")+` FROM `+tb.name+` ORDER BY `+order),
		func(sc Scanner) ([]any, error) {
			dest := make([]any, len(tb.kinds))
			for i, k := range tb.kinds {
				switch k {
				case kInt:
					dest[i] = new(sql.NullInt64)
				case kBool:
					dest[i] = new(bool)
				case kBytes:
					dest[i] = new([]byte)
				case kJSON:
					dest[i] = new(string)
				default:
					dest[i] = new(sql.NullString)
				}
			}
			if err := sc.Scan(dest...); err != nil {
				return nil, fmt.Errorf("store: copy %s: %w", tb.name, err)
			}
			row := make([]any, len(dest))
			for i, d := range dest {
				row[i] = reflect.ValueOf(d).Elem().Interface()
			}
			return row, nil
		})
}

// insertRows inserts rows into tb as they are, but a meeting without its
// sign-off, which signCopied then sets.
func insertRows(t Tx, tb copyTable, rows [][]any) error {
	q := `INSERT INTO ` + tb.name + ` (` + strings.Join(tb.cols, ", ") + `) VALUES (` + Params(1, len(tb.cols)) + `)`
	for _, row := range rows {
		vals := row
		if tb.name == "meetings" {
			vals = append([]any(nil), row...)
			vals[signedCol] = sql.NullString{}
		}
		if err := t.Exec(q, vals...); err != nil {
			return fmt.Errorf("store: copy %s: %w", tb.name, err)
		}
	}
	// An adapter may queue the rows (PostgreSQL pipelines them): a query
	// sends them now, so that a row the target refuses is named by its
	// table.
	var n int64
	if err := t.QueryRow(`SELECT count(*) FROM ` + tb.name).Scan(&n); err != nil {
		return fmt.Errorf("store: copy %s: %w", tb.name, err)
	}
	return nil
}

// signCopied signs off the copied meetings that were signed off, once
// their rows and frozen minutes are in and before their protocols.
func signCopied(t Tx, meetings [][]any) error {
	for _, row := range meetings {
		if at := row[signedCol].(sql.NullString); at.Valid {
			if err := t.Exec(`UPDATE meetings SET signed_off_at = $1 WHERE id = $2`, at, row[0]); err != nil {
				return fmt.Errorf("store: copy meetings: %w", err)
			}
		}
	}
	return nil
}

// reindex fills the target's search index from the copied proposals and
// comments.
func reindex(t Tx) error {
	var rows []ContentRow
	ids, err := Collect(Select(t, `SELECT id, `+ContentCols+` FROM proposals ORDER BY id`), func(sc Scanner) (int64, error) {
		var id int64
		rows = append(rows, ContentRow{})
		return id, sc.Scan(rows[len(rows)-1].Dest(&id)...)
	})
	if err != nil {
		return err
	}
	for i, id := range ids {
		c, err := rows[i].Content()
		if err != nil {
			return err
		}
		if err := t.IndexProposal(id, c, true); err != nil {
			return err
		}
	}
	type comment struct {
		id, proposal int64
		body         string
	}
	cs, err := Collect(Select(t, `SELECT id, proposal_id, body FROM comments ORDER BY id`), func(sc Scanner) (comment, error) {
		var c comment
		return c, sc.Scan(&c.id, &c.proposal, &c.body)
	})
	if err != nil {
		return err
	}
	for _, c := range cs {
		if err := t.IndexComment(c.id, c.proposal, c.body); err != nil {
			return err
		}
	}
	return nil
}

// idTables are the copied tables with an id column the store numbers.
func idTables() []string {
	var out []string
	for _, tb := range copyTables {
		if tb.cols[0] == "id" && tb.name != "audit_head" {
			out = append(out, tb.name)
		}
	}
	return out
}

// compareCopy reads every table back from the target and compares it
// with the rows read from the source; JSON columns are compared as
// JSON, since jsonb keeps its own spacing.
func compareCopy(t Tx, src [][][]any) error {
	for i, tb := range copyTables {
		got, err := readTable(t, tb)
		if err != nil {
			return err
		}
		if len(got) != len(src[i]) {
			return fmt.Errorf("store: copy %s: %d rows written, %d read back", tb.name, len(src[i]), len(got))
		}
		for r := range got {
			for c, k := range tb.kinds {
				if !sameValue(k, got[r][c], src[i][r][c]) {
					return fmt.Errorf("store: copy %s: row %d column %s differs after the copy", tb.name, r+1, tb.cols[c])
				}
			}
		}
	}
	return nil
}

// sameValue compares two scanned values of kind k.
func sameValue(k rune, a, b any) bool {
	switch k {
	case kJSON:
		return bytes.Equal(normalJSON(a.(string)), normalJSON(b.(string)))
	case kBytes:
		return bytes.Equal(a.([]byte), b.([]byte))
	}
	return a == b
}

// normalJSON re-encodes s without insignificant spacing, or returns it as
// it is when it is not JSON.
func normalJSON(s string) []byte {
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return []byte(s)
	}
	b, _ := json.Marshal(v)
	return b
}

// Runner returns the Runner s runs through, for Copy.
func (s Store) Runner() Runner { return s.db }

// CopiedColumns are the columns Copy copies, by table.
func CopiedColumns() map[string][]string {
	out := make(map[string][]string, len(copyTables))
	for _, tb := range copyTables {
		out[tb.name] = tb.cols
	}
	return out
}
