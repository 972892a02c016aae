package sqlite

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// progressEvery is how many proposals an import writes between calls of
// its progress function.
const progressEvery = 100

// Import creates and updates the items' proposals (sqlstore.ImportItems)
// in one transaction, so that an error in any of them leaves the store as
// it was.
func (s *Store) Import(ctx context.Context, items []model.ImportItem, progress func(done, total int)) error {
	return s.write(ctx, func(t *tx) error {
		return sqlstore.ImportItems(ctx, t, items, progress, sqlstore.ImportSteps{ProgressEvery: progressEvery})
	})
}
