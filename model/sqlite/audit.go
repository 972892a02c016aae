package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"regexp"
	"strconv"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// audit appends a row to the audit log in the transaction, chained to the
// row before it.
func (t *tx) audit(action, entity string, id int64, d sqlstore.Detail) error {
	if !t.head.known {
		t.head.hash = model.GenesisHash
		err := t.row(`SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`).Scan(&t.head.seq, &t.head.hash)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		t.head.known = true
	}
	if d == nil {
		d = sqlstore.Detail{}
	}
	e := model.AuditEntry{
		Seq: t.head.seq + 1, At: t.now, Actor: t.actor, Action: action, Entity: entity,
		EntityID: strconv.FormatInt(id, 10), Detail: sqlstore.ToJSON(d), PrevHash: t.head.hash,
	}
	e.Hash = e.ComputeHash()
	_, err := t.exec(`INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		e.Seq, sqlstore.FmtTime(e.At), e.Actor, e.Action, e.Entity, e.EntityID, e.Detail, e.PrevHash, e.Hash)
	if err != nil {
		return err
	}
	t.head.seq, t.head.hash, t.headMoved = e.Seq, e.Hash, true
	return nil
}

// writeHead records the log's last row in audit_head, once a
// transaction, just before it commits.
func (t *tx) writeHead() error {
	if !t.headMoved {
		return nil
	}
	_, err := t.exec(`INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?)
		ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash`, t.head.seq, t.head.hash)
	return err
}

var entityName = regexp.MustCompile(`^[a-z_]+$`)

// Audit returns the audit rows about one entity, newest first, at most
// limit of them (0 for all). entity "" gives every row; an entity with id
// "" every row about that kind of thing; an entity with an id gives its own
// rows and those whose detail names it (a decision's row names its
// proposal_id and meeting_id, so it shows in the history of both).
func (s *Store) Audit(ctx context.Context, entity, entityID string, limit int) ([]model.AuditEntry, error) {
	path := ""
	if entity != "" && entityID != "" && entityName.MatchString(entity) {
		path = "$." + entity + "_id"
	}
	id, _ := strconv.ParseInt(entityID, 10, 64)
	lim := int64(limit)
	if limit <= 0 {
		lim = -1
	}
	var out []model.AuditEntry
	err := s.read(ctx, func(t *tx) error {
		var err error
		out, err = sqlstore.Collect(sqlstore.Select(t, `SELECT `+sqlstore.AuditCols+` FROM audit_log
			WHERE ?1 = ''
			   OR (entity = ?1 AND (?2 = '' OR entity_id = ?2))
			   OR CASE WHEN ?3 = '' OR NOT json_valid(detail) THEN 0
			           ELSE json_extract(detail, ?3) = ?4 END
			ORDER BY seq DESC LIMIT ?5`, entity, entityID, path, id, lim), sqlstore.ScanAudit)
		return err
	})
	return out, err
}
