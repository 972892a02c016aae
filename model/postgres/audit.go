package postgres

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"

	"github.com/styrgrupp/styrgrupp/model"
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
// proposal_id and meeting_id, so it shows in the history of both). The
// detail is looked for as text first, as the store writes it ("key":id),
// so that only those rows are parsed as JSON.
func (t *tx) AuditQuery(entity, entityID string, limit int) (string, []any) {
	key, id := sqlstore.AuditDetailKey(entity, entityID)
	var lim any
	if limit > 0 {
		lim = limit
	}
	return `SELECT ` + sqlstore.AuditCols + ` FROM audit_log
			WHERE $1 = ''
			   OR (entity = $1 AND ($2 = '' OR entity_id = $2))
			   OR ($3 <> '' AND strpos(detail, '"' || $3 || '":' || $4::bigint::text) > 0
			       AND jsonb_typeof(styrgrupp_jsonb(detail) -> $3) = 'number'
			       AND (styrgrupp_jsonb(detail) ->> $3)::numeric = $4::bigint)
			ORDER BY seq DESC LIMIT $5`, []any{entity, entityID, key, id, lim}
}

// Version returns the number of the audit log's last row, which every
// change to the store adds to, whichever client makes it; and whether
// that last change was made through this Store. A window polls it to
// notice what other members change.
func (s *Store) Version(ctx context.Context) (version int64, mine bool, err error) {
	err = s.pool.QueryRow(ctx, `SELECT seq FROM audit_head WHERE id = 1`).Scan(&version)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, true, nil
	}
	if err != nil {
		return 0, false, s.fail(err)
	}
	return version, version == s.ownSeq.Load(), nil
}

// Check looks the whole store over, in one repeatable-read snapshot, as
// sqlstore.Check says. PostgreSQL has no integrity_check and no
// foreign_key_check: it has no such check of its pages, and enforces every
// foreign key on every write (none is ever switched off, as SQLite's are
// per connection), so Integrity holds only sqlstore.Check's lines and
// ForeignKeys stays empty.
func (s *Store) Check(ctx context.Context) (model.CheckReport, error) {
	var r model.CheckReport
	err := s.read(ctx, func(t *tx) error {
		var err error
		r, err = sqlstore.Check(t)
		return err
	})
	return r, err
}
