package sqlstore

import (
	"database/sql"

	"github.com/styrgrupp/styrgrupp/model"
)

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
