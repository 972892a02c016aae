package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/styrgrupp/styrgrupp/model"
)

// Check looks the whole store over, in one read transaction: SQLite's own
// integrity_check, every row that breaks a foreign key, every revision's
// fingerprint against its stored text (a mismatch is reported among the
// integrity lines), and the audit log's hash chain, walked row by row in
// order up to its first break.
func (s *Store) Check(ctx context.Context) (model.CheckReport, error) {
	var r model.CheckReport
	err := s.read(ctx, func(t *tx) error {
		var err error
		if r.Integrity, err = integrityLines(t); err != nil {
			return err
		}
		if r.ForeignKeys, err = foreignKeyLines(t); err != nil {
			return err
		}
		bad, err := revisionLines(t)
		if err != nil {
			return err
		}
		r.Integrity = append(r.Integrity, bad...)
		r.Chain, r.AuditRows, err = walkAudit(t)
		return err
	})
	return r, err
}

func integrityLines(t *tx) ([]string, error) {
	lines, err := collect(t.rows(`PRAGMA integrity_check`), func(sc scanner) (string, error) {
		var s string
		err := sc.Scan(&s)
		return s, err
	})
	var out []string
	for _, l := range lines {
		if l != "ok" {
			out = append(out, l)
		}
	}
	return out, err
}

func foreignKeyLines(t *tx) ([]string, error) {
	return collect(t.rows(`PRAGMA foreign_key_check`), func(sc scanner) (string, error) {
		var table, parent string
		var rowid sql.NullInt64
		var fk int
		if err := sc.Scan(&table, &rowid, &parent, &fk); err != nil {
			return "", err
		}
		return fmt.Sprintf("%s row %d refers to a missing row in %s (foreign key %d)", table, rowid.Int64, parent, fk), nil
	})
}

// revisionLines reports each revision whose stored text does not give its
// fingerprint.
func revisionLines(t *tx) ([]string, error) {
	rows, err := t.query(`SELECT p.ref, r.number, r.content, r.fingerprint
		FROM revisions r LEFT JOIN proposals p ON p.id = r.proposal_id ORDER BY r.proposal_id, r.number`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var ref sql.NullString
		var n int
		var body []byte
		var fp string
		if err := rows.Scan(&ref, &n, &body, &fp); err != nil {
			return nil, err
		}
		if sha256Hex(body) != fp {
			out = append(out, fmt.Sprintf("revision %d of proposal %s does not match its fingerprint", n, ref.String))
		}
	}
	return out, rows.Err()
}

// walkAudit streams the audit log through a model.ChainVerifier and
// returns the first break and the number of rows walked.
func walkAudit(t *tx) (*model.ChainBreak, int64, error) {
	rows, err := t.query(`SELECT ` + auditCols + ` FROM audit_log ORDER BY seq`)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var v model.ChainVerifier
	var n int64
	for rows.Next() {
		e, err := scanAudit(rows)
		if err != nil {
			return nil, n, err
		}
		n++
		if b := v.Next(e); b != nil {
			return b, n, nil
		}
	}
	return nil, n, rows.Err()
}
