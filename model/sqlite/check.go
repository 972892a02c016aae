package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// Check looks the whole store over, in one read transaction:
//
//   - SQLite's own integrity_check, and every row that breaks a foreign key;
//   - the fingerprints: each revision's stored text against its
//     fingerprint, each proposal's row against its current revision, each
//     decision against the revision it names (check_content.go);
//   - each meeting's sign-offs against its signed_off_at;
//   - each signed-off meeting against the minutes frozen at its sign-off
//     and the audit row that recorded it (check_minutes.go), and each
//     stored protocol against its SHA-256 (protocols.go);
//   - the audit log's hash chain, walked row by row in order up to its
//     first break, and then whether every revision, decision, sign-off and
//     meeting has its audit row (check_audit.go), and whether the last row
//     is the one audit_head records: when not, rows have been cut off the
//     end of the log, and Chain says so with Reason "missing" and the last
//     row that is there.
//
// Each part is one query, read as a stream. The lines it reports are in
// Swedish, or technical (table names), since the command line prints them
// as they are.
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
		for _, lines := range []func(*tx) ([]string, error){revisionLines, proposalLines, decisionLines, signOffLines} {
			bad, err := lines(t)
			if err != nil {
				return err
			}
			r.Integrity = append(r.Integrity, bad...)
		}
		if r.Minutes, err = minutesLines(t); err != nil {
			return err
		}
		bad, err := protocolLines(t)
		if err != nil {
			return err
		}
		r.Minutes = append(r.Minutes, bad...)
		var last string
		if r.Chain, r.AuditRows, last, err = walkAudit(t); err != nil || r.Chain != nil {
			return err
		}
		missing, err := firstUnlogged(t)
		if err == nil && missing == "" {
			missing, err = cutOffTail(t, r.AuditRows, last)
		}
		if err != nil || missing == "" {
			return err
		}
		// A whole chain numbers its rows 1, 2, …: the last is AuditRows.
		r.Chain = &model.ChainBreak{Seq: r.AuditRows, Reason: "missing"}
		r.Unlogged = missing
		return nil
	})
	return r, err
}

func integrityLines(t *tx) ([]string, error) {
	lines, err := sqlstore.Collect(sqlstore.Select(t, `PRAGMA integrity_check`), func(sc sqlstore.Scanner) (string, error) {
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
	return sqlstore.Collect(sqlstore.Select(t, `PRAGMA foreign_key_check`), func(sc sqlstore.Scanner) (string, error) {
		var table, parent string
		var rowid sql.NullInt64
		var fk int
		if err := sc.Scan(&table, &rowid, &parent, &fk); err != nil {
			return "", err
		}
		return fmt.Sprintf("tabell %s rad %d pekar på en saknad rad i %s (främmande nyckel %d)", table, rowid.Int64, parent, fk), nil
	})
}

// walkAudit streams the audit log through a model.ChainVerifier and
// returns the first break, the number of rows walked and the last row's
// hash.
func walkAudit(t *tx) (*model.ChainBreak, int64, string, error) {
	rows, err := t.query(`SELECT ` + auditCols + ` FROM audit_log ORDER BY seq`)
	if err != nil {
		return nil, 0, "", err
	}
	defer rows.Close()
	var v model.ChainVerifier
	var n int64
	var last string
	for rows.Next() {
		e, err := scanAudit(rows)
		if err != nil {
			return nil, n, last, err
		}
		n++
		if b := v.Next(e); b != nil {
			return b, n, last, nil
		}
		last = e.Hash
	}
	return nil, n, last, rows.Err()
}

// cutOffTail compares the end of the walked log with the recorded head and
// says what is missing when they differ.
func cutOffTail(t *tx, rows int64, lastHash string) (string, error) {
	var seq int64
	var hash string
	err := t.row(`SELECT seq, hash FROM audit_head WHERE id = 1`).Scan(&seq, &hash)
	switch {
	case errors.Is(err, sql.ErrNoRows) && rows == 0:
		return "", nil
	case errors.Is(err, sql.ErrNoRows):
		return "loggens huvud (audit_head)", nil
	case err != nil:
		return "", err
	case seq != rows || hash != lastHash:
		return fmt.Sprintf("loggens huvud, som pekar på rad %d", seq), nil
	}
	return "", nil
}

// meetingDate is a meeting's stored starts_at as a date in Swedish time,
// for naming the meeting in a report; the stored text when it does not
// parse.
func meetingDate(starts string) string {
	at, err := sqlstore.ParseTime(starts)
	if err != nil {
		return starts
	}
	return at.In(stockholm).Format("2006-01-02")
}
