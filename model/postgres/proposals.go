package postgres

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
	var out []model.Proposal
	err := s.readEach(ctx, func(t *tx) error {
		var err error
		out, err = sqlstore.Collect(sqlstore.Select(t, `SELECT `+sqlstore.ProposalCols(t)+` FROM proposals p
			WHERE ($1 = '' OR p.status = $1)
			  AND ($2 = '' OR p.problem_areas ? $2)
			  AND ($3 = '' OR p.prevention_level = $3)
			  AND ($4 = '' OR p.responsible = $4)
			  AND ($5::bigint[] IS NULL OR p.id = ANY ($5))`,
			string(f.Status), string(f.ProblemArea), string(f.PreventionLevel),
			strings.TrimSpace(f.Responsible), f.IDs), sqlstore.ScanProposal)
		return err
	})
	slices.SortStableFunc(out, func(a, b model.Proposal) int { return model.CompareRefs(a.Ref, b.Ref) })
	return out, err
}

// proposalInsertCols are the columns createProposal writes: contentCols
// and then the proposal's own.
var proposalInsertCols = append(sqlstore.Columns(sqlstore.ContentCols),
	"id", "status", "outcome", "revision", "returned_at", "created_at", "updated_at", "updated_by")

// CreateProposal stores a new proposal, in draft, as revision 1 of c
// normalised.
func (s *Store) CreateProposal(ctx context.Context, c model.Content) (p model.Proposal, err error) {
	err = s.write(ctx, func(t *tx) error {
		id, err := createProposal(t, c, 0)
		if err != nil {
			return err
		}
		p, err = sqlstore.LoadProposal(t, id)
		return err
	})
	return p, err
}

// createProposal stores a new proposal in the transaction and returns its
// id: id when it is not 0 (an import takes its ids beforehand), a new one
// otherwise.
func createProposal(t *tx, c model.Content, id int64) (int64, error) {
	c = c.Normalize()
	if err := c.Validate(); err != nil {
		return 0, err
	}
	if err := sqlstore.CheckRef(t, c, 0); err != nil {
		return 0, err
	}
	if id == 0 {
		if err := t.row(`SELECT nextval(pg_get_serial_sequence('proposals', 'id'))`).Scan(&id); err != nil {
			return 0, err
		}
	}
	now := sqlstore.FmtTime(t.now)
	err := t.insertRow("proposals", proposalInsertCols,
		append(sqlstore.ContentArgs(c), id, string(model.StatusDraft), "", 1, 0, now, now, t.actor)...)
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
	if err := indexProposal(t, id, c); err != nil {
		return 0, err
	}
	return id, t.Audit("proposal.create", "proposal", id, sqlstore.Detail{"ref": c.Ref, "revision": 1, "fingerprint": rev.Fingerprint})
}
