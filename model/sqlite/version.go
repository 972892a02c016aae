package sqlite

import (
	"context"
	"database/sql"
	"errors"
)

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
