package sqlstore

import (
	"database/sql"
	"fmt"
	"strconv"

	"github.com/styrgrupp/styrgrupp/model"
)

// Check looks the whole store over, in t (one read transaction), and
// returns what it finds; an adapter adds what its database checks of its
// own (SQLite's integrity_check and foreign_key_check) to Integrity and
// ForeignKeys:
//
//   - the fingerprints: each revision's stored text against its
//     fingerprint, each proposal's row against its current revision, each
//     decision against the revision it names (check_content.go);
//   - each meeting's sign-offs against its signed_off_at;
//   - each signed-off meeting against the minutes frozen at its sign-off
//     and the audit row that recorded it (check_minutes.go), and each
//     stored protocol against its SHA-256;
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
func Check(t Tx) (model.CheckReport, error) {
	var r model.CheckReport
	for _, lines := range []func(Tx) ([]string, error){revisionLines, proposalLines, decisionLines, signOffLines} {
		bad, err := lines(t)
		if err != nil {
			return r, err
		}
		r.Integrity = append(r.Integrity, bad...)
	}
	var err error
	if r.Minutes, err = minutesLines(t); err != nil {
		return r, err
	}
	bad, err := protocolLines(t)
	if err != nil {
		return r, err
	}
	r.Minutes = append(r.Minutes, bad...)
	var last string
	if r.Chain, r.AuditRows, last, err = walkAudit(t); err != nil || r.Chain != nil {
		return r, err
	}
	missing, err := firstUnlogged(t)
	if err == nil && missing == "" {
		missing, err = cutOffTail(t, r.AuditRows, last)
	}
	if err != nil || missing == "" {
		return r, err
	}
	// A whole chain numbers its rows 1, 2, …: the last is AuditRows.
	r.Chain = &model.ChainBreak{Seq: r.AuditRows, Reason: "missing"}
	r.Unlogged = missing
	return r, nil
}

// walkAudit streams the audit log through a model.ChainVerifier and
// returns the first break, the number of rows walked and the last row's
// hash.
func walkAudit(t Tx) (*model.ChainBreak, int64, string, error) {
	rows, err := t.Query(`SELECT ` + AuditCols + ` FROM audit_log ORDER BY seq`)
	if err != nil {
		return nil, 0, "", err
	}
	defer rows.Close()
	var v model.ChainVerifier
	var n int64
	var last string
	for rows.Next() {
		e, err := ScanAudit(rows)
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
func cutOffTail(t Tx, rows int64, lastHash string) (string, error) {
	var seq int64
	var hash string
	err := t.QueryRow(`SELECT seq, hash FROM audit_head WHERE id = 1`).Scan(&seq, &hash)
	switch {
	case IsNoRows(err) && rows == 0:
		return "", nil
	case IsNoRows(err):
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
	at, err := ParseTime(starts)
	if err != nil {
		return starts
	}
	return at.In(model.Stockholm).Format("2006-01-02")
}

// Detail is what an audit row says about a change; it is stored as JSON
// with its keys sorted. Ids of related things go in keys named
// <entity>_id (proposal_id, meeting_id), which Audit looks at.
type Detail map[string]any

// AuditCols are the columns of audit_log that ScanAudit reads, in order.
const AuditCols = `seq, at, actor, action, entity, entity_id, detail, prev_hash, hash`

// ScanAudit reads one audit row. A damaged row (a time that does not
// parse, a NULL) is read as far as it goes, so that it can still be shown
// and its hash still fails.
func ScanAudit(sc Scanner) (model.AuditEntry, error) {
	var e model.AuditEntry
	var f [8]sql.NullString
	if err := sc.Scan(&e.Seq, &f[0], &f[1], &f[2], &f[3], &f[4], &f[5], &f[6], &f[7]); err != nil {
		return e, err
	}
	e.At, _ = ParseTime(f[0].String)
	e.Actor, e.Action, e.Entity, e.EntityID = f[1].String, f[2].String, f[3].String, f[4].String
	e.Detail, e.PrevHash, e.Hash = f[5].String, f[6].String, f[7].String
	return e, nil
}

// AuditHead is the audit log's last row as one write transaction sees
// it: read at its first audit row, then kept as it appends.
type AuditHead struct {
	Seq   int64
	Hash  string
	known bool
	// Moved says that rows were appended: audit_head must be written
	// (WriteHeadSQL) before the commit.
	Moved bool
}

// Append appends a row to the audit log in t, chained to the row before
// it. The adapter keeps any other writer from appending between the read
// of the head and the commit.
func (h *AuditHead) Append(t Tx, action, entity string, id int64, d Detail) error {
	if !h.known {
		h.Hash = model.GenesisHash
		err := t.QueryRow(HeadSQL).Scan(&h.Seq, &h.Hash)
		if err != nil && !IsNoRows(err) {
			return err
		}
		h.known = true
	}
	if d == nil {
		d = Detail{}
	}
	e := model.AuditEntry{
		Seq: h.Seq + 1, At: t.Now(), Actor: t.Actor(), Action: action, Entity: entity,
		EntityID: strconv.FormatInt(id, 10), Detail: ToJSON(d), PrevHash: h.Hash,
	}
	e.Hash = e.ComputeHash()
	err := t.InsertRow("audit_log", Columns(AuditCols),
		e.Seq, FmtTime(e.At), e.Actor, e.Action, e.Entity, e.EntityID, e.Detail, e.PrevHash, e.Hash)
	if err != nil {
		return err
	}
	h.Seq, h.Hash, h.Moved = e.Seq, e.Hash, true
	return nil
}

// HeadSQL reads the audit log's last row: its seq and hash.
const HeadSQL = `SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`

// Read sets the head as an adapter read it with HeadSQL before the first
// Append, with what else it sent first; found is false for an empty log.
func (h *AuditHead) Read(seq int64, hash string, found bool) {
	h.Seq, h.Hash, h.known = 0, model.GenesisHash, true
	if found {
		h.Seq, h.Hash = seq, hash
	}
}

// WriteHeadSQL records the log's last row ($1 its seq, $2 its hash) in
// audit_head, once a transaction, just before it commits.
const WriteHeadSQL = `INSERT INTO audit_head (id, seq, hash) VALUES (1, $1, $2)
	ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash`
