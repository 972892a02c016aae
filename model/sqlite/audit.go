package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// writeHead writes audit_head when the transaction appended to the log.
func (t *tx) writeHead() error {
	if !t.AuditLog.Moved {
		return nil
	}
	_, err := t.exec(sqlstore.WriteHeadSQL, t.AuditLog.Seq, t.AuditLog.Hash)
	return err
}

// AuditQuery reads the audit rows about one entity, newest first, at most
// limit of them (0 for all). entity "" gives every row; an entity with id
// "" every row about that kind of thing; an entity with an id gives its own
// rows and those whose detail names it (a decision's row names its
// proposal_id and meeting_id, so it shows in the history of both).
func (t *tx) AuditQuery(entity, entityID string, limit int) (string, []any) {
	path, id := sqlstore.AuditDetailKey(entity, entityID)
	if path != "" {
		path = "$." + path
	}
	lim := int64(limit)
	if limit <= 0 {
		lim = -1
	}
	return `SELECT ` + sqlstore.AuditCols + ` FROM audit_log
			WHERE ?1 = ''
			   OR (entity = ?1 AND (?2 = '' OR entity_id = ?2))
			   OR CASE WHEN ?3 = '' OR NOT json_valid(detail) THEN 0
			           ELSE json_extract(detail, ?3) = ?4 END
			ORDER BY seq DESC LIMIT ?5`, []any{entity, entityID, path, id, lim}
}

// Version returns the number of the audit log's last row, which every
// change to the store adds to, whichever program makes it; and whether
// that last change was made through this Store. A window polls it to
// notice changes made in another window or program.
func (s *Store) Version(ctx context.Context) (version int64, mine bool, err error) {
	err = s.rdb.QueryRowContext(ctx, `SELECT seq FROM audit_head WHERE id = 1`).Scan(&version)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, true, nil
	}
	if err != nil {
		return 0, false, s.fail(err)
	}
	return version, version == s.ownSeq.Load(), nil
}
