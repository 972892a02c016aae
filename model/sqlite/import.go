package sqlite

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// progressEvery is how many proposals an import writes between calls of
// its progress function.
const progressEvery = 100

// Import creates and updates the items' proposals in one transaction, so
// that an error in any of them leaves the store as it was. Each item is
// written as CreateProposal or UpdateProposal would, with its own audit
// row; the error names the ref it failed on. The contents are prepared
// (sqlstore.PrepareAll) on a second goroutine while the rows are written.
func (s *Store) Import(ctx context.Context, items []model.ImportItem, progress func(done, total int)) error {
	return s.write(ctx, func(t *tx) error {
		refs, err := sqlstore.LoadRefs(t)
		if err != nil {
			return err
		}
		t.Imported = refs
		next, stop := sqlstore.PrepareAll(items)
		defer stop()
		for i, it := range items {
			if err := ctx.Err(); err != nil {
				return err
			}
			var err error
			if it.ID == 0 {
				_, err = sqlstore.NewProposal(t, next(), 0)
			} else {
				err = sqlstore.ReviseProposal(t, it.ID, next(), it.BaseRevision)
			}
			if err != nil {
				return sqlstore.ImportError(it.Content.Ref, err)
			}
			if progress != nil && ((i+1)%progressEvery == 0 || i+1 == len(items)) {
				progress(i+1, len(items))
			}
		}
		return nil
	})
}
