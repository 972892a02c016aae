package sqlstore

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
)

// ImportTx is the transaction of an import: a Tx that embeds TxState,
// where ImportItems keeps the refs it loads.
type ImportTx interface {
	Tx
	UseRefs(refs map[string]model.Kind)
}

// UseRefs makes refs, every proposal's ref and kind, what Refs gives for
// the rest of the transaction.
func (s *TxState) UseRefs(refs map[string]model.Kind) { s.Imported = refs }

// ImportSteps is what an adapter adds to ImportItems.
type ImportSteps struct {
	// IDs are the new proposals' ids, in the items' order, when the
	// adapter takes them before it writes; nil when each insert gives its
	// row an id.
	IDs []int64
	// ProgressEvery is how many items are written between two calls of
	// the progress function (0: after each); the last item always calls
	// it.
	ProgressEvery int
	// After, when not nil, runs after each item with how many are
	// written; an error from it ends the import.
	After func(done int) error
}

// ImportItems writes items in t, for Store.Import: each new one as
// CreateProposal would, each with an ID as UpdateProposal would, its
// BaseRevision the revision it changes, each with its own audit row. The
// refs are checked against every proposal's, loaded once (LoadRefs); the
// contents are prepared (PrepareAll) on a second goroutine while the rows
// are written. The error names the ref it failed on; the caller's
// transaction makes the import all or nothing.
func ImportItems(ctx context.Context, t ImportTx, items []model.ImportItem, progress func(done, total int), steps ImportSteps) error {
	refs, err := LoadRefs(t)
	if err != nil {
		return err
	}
	t.UseRefs(refs)
	next, stop := PrepareAll(items)
	defer stop()
	ids, every := steps.IDs, max(steps.ProgressEvery, 1)
	for i, it := range items {
		if err := ctx.Err(); err != nil {
			return err
		}
		if it.ID == 0 {
			var id int64
			if ids != nil {
				id, ids = ids[0], ids[1:]
			}
			_, err = NewProposal(t, next(), id)
		} else {
			err = ReviseProposal(t, it.ID, next(), it.BaseRevision)
		}
		if err != nil {
			return ImportError(it.Content.Ref, err)
		}
		if steps.After != nil {
			if err := steps.After(i + 1); err != nil {
				return err
			}
		}
		if progress != nil && ((i+1)%every == 0 || i+1 == len(items)) {
			progress(i+1, len(items))
		}
	}
	return nil
}

// ImportError names the proposal an import failed on, keeping the
// domain error's code.
func ImportError(ref string, err error) error {
	return &model.Error{Code: model.ErrorCode(err), Key: "import_failed_at", Args: []any{ref, errorText{err}}, Err: err}
}

// errorText renders a wrapped error's message in the language of the
// message it is put in.
type errorText struct{ err error }

// Label returns the error's message in l.
func (e errorText) Label(l model.Language) string { return model.ErrorMessage(e.err, l) }

// LoadRefs reads every proposal's ref and kind, for Tx.Refs while an
// import runs.
func LoadRefs(t Tx) (map[string]model.Kind, error) {
	refs := map[string]model.Kind{}
	rows, err := t.Query(`SELECT ref, kind FROM proposals`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var ref, kind string
		if err := rows.Scan(&ref, &kind); err != nil {
			return nil, err
		}
		refs[ref] = model.Kind(kind)
	}
	return refs, rows.Err()
}

// CheckRef refuses a ref another proposal has, and an intervention whose
// area does not exist.
func CheckRef(t Tx, c model.Content, self int64) error {
	if t.Refs() != nil {
		return checkRefKnown(t.Refs(), c)
	}
	var taken, area bool
	if err := t.QueryRow(`SELECT EXISTS (SELECT 1 FROM proposals WHERE ref = $1 AND id <> $2),
		$3 = '' OR EXISTS (SELECT 1 FROM proposals WHERE ref = $3 AND kind = 'area')`,
		c.Ref, self, c.AreaRef()).Scan(&taken, &area); err != nil {
		return err
	}
	if taken {
		return model.Errorf(model.EConflict, "ref_exists", c.Ref)
	}
	if !area {
		return model.FieldError("ref", "area_missing", c.Ref, c.AreaRef())
	}
	return nil
}

// checkRefKnown is checkRef against the refs an import loaded.
func checkRefKnown(refs map[string]model.Kind, c model.Content) error {
	if _, taken := refs[c.Ref]; taken {
		return model.Errorf(model.EConflict, "ref_exists", c.Ref)
	}
	if area := c.AreaRef(); area != "" && refs[area] != model.KindArea {
		return model.FieldError("ref", "area_missing", c.Ref, area)
	}
	return nil
}
