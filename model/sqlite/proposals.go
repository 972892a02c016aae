package sqlite

import (
	"context"
	"slices"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

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
	if err := sqlstore.CheckRef(t, c, 0); err != nil {
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
	return id, t.Audit("proposal.create", "proposal", id, sqlstore.Detail{"ref": c.Ref, "revision": 1, "fingerprint": rev.Fingerprint})
}
