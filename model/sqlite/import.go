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
// row; the error names the ref it failed on.
func (s *Store) Import(ctx context.Context, items []model.ImportItem, progress func(done, total int)) error {
	return s.write(ctx, func(t *tx) error {
		if err := loadRefs(t); err != nil {
			return err
		}
		for i, it := range items {
			if err := ctx.Err(); err != nil {
				return err
			}
			var err error
			if it.ID == 0 {
				_, err = createProposal(t, it.Content)
			} else {
				err = sqlstore.ReviseProposal(t, it.ID, it.Content, it.BaseRevision)
			}
			if err != nil {
				return importError(it.Content.Ref, err)
			}
			if progress != nil && ((i+1)%progressEvery == 0 || i+1 == len(items)) {
				progress(i+1, len(items))
			}
		}
		return nil
	})
}

// loadRefs reads every proposal's ref and kind into the transaction.
func loadRefs(t *tx) error {
	rows, err := t.query(`SELECT ref, kind FROM proposals`)
	if err != nil {
		return err
	}
	defer rows.Close()
	t.refs = map[string]model.Kind{}
	for rows.Next() {
		var ref, kind string
		if err := rows.Scan(&ref, &kind); err != nil {
			return err
		}
		t.refs[ref] = model.Kind(kind)
	}
	return rows.Err()
}

// importError names the proposal an import failed on, keeping the
// domain error's code.
func importError(ref string, err error) error {
	return &model.Error{Code: model.ErrorCode(err), Key: "import_failed_at", Args: []any{ref, errorText{err}}, Err: err}
}

// errorText renders a wrapped error's message in the language of the
// message it is put in.
type errorText struct{ err error }

// Label returns the error's message in l.
func (e errorText) Label(l model.Language) string { return model.ErrorMessage(e.err, l) }
