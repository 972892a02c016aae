package sqlite

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// Proposal returns the proposal with id.
func (s *Store) Proposal(ctx context.Context, id int64) (p model.Proposal, err error) {
	err = s.read(ctx, func(t *tx) error { p, err = sqlstore.LoadProposal(t, id); return err })
	return p, err
}

// ProposalByRef returns the proposal with ref, such as "2.3".
func (s *Store) ProposalByRef(ctx context.Context, ref string) (p model.Proposal, err error) {
	ref = strings.TrimSpace(ref)
	err = s.read(ctx, func(t *tx) error {
		p, err = sqlstore.ScanProposal(t.row(`SELECT `+sqlstore.ProposalCols(t)+` FROM proposals p WHERE p.ref = ?`, ref))
		return sqlstore.NoRows(err, "proposal", ref)
	})
	return p, err
}

// Proposals returns the proposals f lets through, in ref order (2 < 2.1 <
// 2.10 < 10).
func (s *Store) Proposals(ctx context.Context, f model.ProposalFilter) ([]model.Proposal, error) {
	if f.IDs != nil && len(f.IDs) == 0 {
		return nil, nil
	}
	var ids any
	if f.IDs != nil {
		ids = sqlstore.ToJSON(f.IDs)
	}
	var out []model.Proposal
	err := s.read(ctx, func(t *tx) error {
		var err error
		out, err = sqlstore.Collect(sqlstore.Select(t, `SELECT `+sqlstore.ProposalCols(t)+` FROM proposals p
			WHERE (?1 = '' OR p.status = ?1)
			  AND (?2 = '' OR EXISTS (SELECT 1 FROM json_each(p.problem_areas) WHERE value = ?2))
			  AND (?3 = '' OR p.prevention_level = ?3)
			  AND (?4 = '' OR p.responsible = ?4)
			  AND (?5 IS NULL OR p.id IN (SELECT value FROM json_each(?5)))`,
			string(f.Status), string(f.ProblemArea), string(f.PreventionLevel),
			strings.TrimSpace(f.Responsible), ids), sqlstore.ScanProposal)
		return err
	})
	slices.SortStableFunc(out, func(a, b model.Proposal) int { return model.CompareRefs(a.Ref, b.Ref) })
	return out, err
}

// checkRef refuses a ref another proposal has, and an intervention whose
// area does not exist.
func checkRef(t *tx, c model.Content, self int64) error {
	if t.refs != nil {
		return checkRefKnown(t.refs, c)
	}
	var n int
	if err := t.row(`SELECT count(*) FROM proposals WHERE ref = ? AND id <> ?`, c.Ref, self).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return model.Errorf(model.EConflict, "ref_exists", c.Ref)
	}
	if area := c.AreaRef(); area != "" {
		if err := t.row(`SELECT count(*) FROM proposals WHERE ref = ? AND kind = 'area'`, area).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return model.FieldError("ref", "area_missing", c.Ref, area)
		}
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

// checkAreaEmpty refuses to change the ref (or kind) of an area that has
// interventions: they name the area by its ref, and would be left without
// one.
func checkAreaEmpty(t *tx, c model.Content) error {
	if c.Kind != model.KindArea {
		return nil
	}
	var n int
	if err := t.row(`SELECT count(*) FROM proposals WHERE kind = 'intervention'
		AND substr(ref, 1, length(?1)) = ?1`, model.Ref(c.Ref).ChildPrefix()).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return model.Errorf(model.EState, "area_has_interventions", c.Ref)
	}
	return nil
}

// CreateProposal stores a new proposal, in draft, as revision 1 of c
// normalised.
func (s *Store) CreateProposal(ctx context.Context, c model.Content) (p model.Proposal, err error) {
	err = s.write(ctx, func(t *tx) error {
		id, err := createProposal(t, c)
		if err != nil {
			return err
		}
		p, err = sqlstore.LoadProposal(t, id)
		return err
	})
	return p, err
}

// createProposal stores a new proposal in the transaction and returns its
// id.
func createProposal(t *tx, c model.Content) (int64, error) {
	c = c.Normalize()
	if err := c.Validate(); err != nil {
		return 0, err
	}
	if err := checkRef(t, c, 0); err != nil {
		return 0, err
	}
	now := sqlstore.FmtTime(t.now)
	id, err := t.insert(`INSERT INTO proposals (`+sqlstore.ContentCols+`, status, outcome, revision, returned_at,
		created_at, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?, ?,'',1,0, ?,?,?)`,
		append(sqlstore.ContentArgs(c), string(model.StatusDraft), now, now, t.actor)...)
	if err != nil {
		return 0, err
	}
	rev, err := sqlstore.AddRevision(t, id, 1, c)
	if err != nil {
		return 0, err
	}
	if t.refs != nil {
		t.refs[c.Ref] = c.Kind
	}
	if err := indexProposal(t, id, c, true); err != nil {
		return 0, err
	}
	return id, t.audit("proposal.create", "proposal", id, sqlstore.Detail{"ref": c.Ref, "revision": 1, "fingerprint": rev.Fingerprint})
}

// UpdateProposal stores c as the proposal's next revision when it differs
// from the current one. An edit begun on an older revision than the current
// is refused with EConflict revision_conflict.
func (s *Store) UpdateProposal(ctx context.Context, id int64, c model.Content, baseRevision int) (p model.Proposal, err error) {
	err = s.write(ctx, func(t *tx) error {
		if err := updateProposal(t, id, c, baseRevision); err != nil {
			return err
		}
		p, err = sqlstore.LoadProposal(t, id)
		return err
	})
	return p, err
}

// updateProposal stores the next revision in the transaction.
func updateProposal(t *tx, id int64, c model.Content, baseRevision int) error {
	c = c.Normalize()
	p, err := sqlstore.LoadProposal(t, id)
	if err != nil {
		return err
	}
	if err := p.CheckEditable(); err != nil {
		return err
	}
	if baseRevision != p.Revision {
		cur, err := sqlstore.LoadRevision(t, id, p.Revision)
		if err != nil {
			return err
		}
		return model.Errorf(model.EConflict, "revision_conflict", p.Ref, cur.CreatedBy, cur.CreatedAt.In(time.Local).Format("2006-01-02 15:04"))
	}
	if err := c.Validate(); err != nil {
		return err
	}
	if p.Content.Equal(c) {
		return nil
	}
	if c.Ref != p.Ref || c.Kind != p.Kind {
		if err := checkAreaEmpty(t, p.Content); err != nil {
			return err
		}
		if err := checkRef(t, c, id); err != nil {
			return err
		}
		if t.refs != nil {
			delete(t.refs, p.Ref)
			t.refs[c.Ref] = c.Kind
		}
	}
	changed := p.Content.ChangedFields(c)
	rev, err := sqlstore.AddRevision(t, id, p.Revision+1, c)
	if err != nil {
		return err
	}
	_, err = t.exec(`UPDATE proposals SET (`+sqlstore.ContentCols+`, revision, updated_at, updated_by)
		= (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?, ?,?,?) WHERE id = ?`,
		append(sqlstore.ContentArgs(c), rev.Number, sqlstore.FmtTime(t.now), t.actor, id)...)
	if err != nil {
		return err
	}
	if err := indexProposal(t, id, c, false); err != nil {
		return err
	}
	return t.audit("proposal.update", "proposal", id, sqlstore.Detail{"ref": c.Ref, "revision": rev.Number,
		"fingerprint": rev.Fingerprint, "changed": changed})
}

// MarkReady moves a draft to ready for decision.
func (s *Store) MarkReady(ctx context.Context, id int64) (model.Proposal, error) {
	return s.move(ctx, id, "proposal.ready", (*model.Proposal).MarkReady)
}

// MarkDraft moves a ready proposal back to draft.
func (s *Store) MarkDraft(ctx context.Context, id int64) (model.Proposal, error) {
	return s.move(ctx, id, "proposal.draft", (*model.Proposal).MarkDraft)
}

// Withdraw ends a proposal that is not yet decided.
func (s *Store) Withdraw(ctx context.Context, id int64) (model.Proposal, error) {
	return s.move(ctx, id, "proposal.withdraw", (*model.Proposal).Withdraw)
}

// move applies one of the model's state rules to the proposal and stores
// where it ends up.
func (s *Store) move(ctx context.Context, id int64, action string, rule func(*model.Proposal) error) (p model.Proposal, err error) {
	err = s.write(ctx, func(t *tx) error {
		if p, err = sqlstore.LoadProposal(t, id); err != nil {
			return err
		}
		from := p.Status
		if err := rule(&p); err != nil {
			return err
		}
		if err := sqlstore.SaveState(t, p); err != nil {
			return err
		}
		if err := t.audit(action, "proposal", id, sqlstore.Detail{"ref": p.Ref, "from": from, "to": p.Status}); err != nil {
			return err
		}
		p, err = sqlstore.LoadProposal(t, id)
		return err
	})
	return p, err
}
