package postgres

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// progressEvery is how many proposals an import writes between calls of
// its progress function, and flushEvery how many between sends of the
// rows gathered to the server, as one batch: over a slow link each send
// costs round trips, so they are fewer than the calls of progress.
const (
	progressEvery = 500
	flushEvery    = 2500
)

// Import creates and updates the items' proposals (sqlstore.ImportItems)
// in one transaction, so that an error in any of them leaves the store as
// it was. The new proposals' ids are taken from the sequence at the
// start; their rows go to the server with COPY and the updates as batches
// of statements (pgx.Batch), every flushEvery items, so no item costs a
// round trip of its own but for reading the proposal an update changes;
// each batch is sent while the next is gathered (flushAsync).
func (s *Store) Import(ctx context.Context, items []model.ImportItem, progress func(done, total int)) error {
	return s.write(ctx, func(t *tx) error {
		ids, err := newProposalIDs(t, items)
		if err != nil {
			return err
		}
		t.bulk = &bulk{}
		return sqlstore.ImportItems(ctx, t, items, progress, sqlstore.ImportSteps{IDs: ids, ProgressEvery: progressEvery,
			After: func(done int) error {
				if done%flushEvery == 0 || done == len(items) {
					return t.flushAsync()
				}
				return nil
			}})
	})
}

// newProposalIDs takes an id from the proposals' sequence for each new
// proposal among items.
func newProposalIDs(t *tx, items []model.ImportItem) ([]int64, error) {
	n := 0
	for _, it := range items {
		if it.ID == 0 {
			n++
		}
	}
	if n == 0 {
		return nil, nil
	}
	return sqlstore.Collect(sqlstore.Select(t, `SELECT nextval(pg_get_serial_sequence('proposals', 'id')) FROM generate_series(1, $1)`, n),
		func(sc sqlstore.Scanner) (int64, error) {
			var id int64
			err := sc.Scan(&id)
			return id, err
		})
}
