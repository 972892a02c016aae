package sqlstore

import "github.com/styrgrupp/styrgrupp/model"

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
