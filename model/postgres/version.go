package postgres

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"
)

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
