package sqlite

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// addRevision stores c, already normalised by its caller, as revision n
// of the proposal.
func addRevision(t *tx, proposalID int64, n int, c model.Content) (model.Revision, error) {
	body := model.Canonical(c)
	r := model.Revision{ProposalID: proposalID, Number: n, Content: c,
		Fingerprint: sqlstore.SHA256Hex(body), CreatedAt: t.now, CreatedBy: t.actor}
	_, err := t.exec(`INSERT INTO revisions (proposal_id, number, content, fingerprint, created_at, created_by)
		VALUES (?, ?, ?, ?, ?, ?)`, proposalID, n, string(body), r.Fingerprint, sqlstore.FmtTime(t.now), t.actor)
	return r, err
}

// Revisions returns every revision of a proposal, the first first.
func (s *Store) Revisions(ctx context.Context, proposalID int64) (out []model.Revision, err error) {
	err = s.read(ctx, func(t *tx) error {
		if err := sqlstore.RequireProposal(t, proposalID); err != nil {
			return err
		}
		out, err = sqlstore.Collect(sqlstore.Select(t, `SELECT `+sqlstore.RevisionCols+` FROM revisions WHERE proposal_id = ? ORDER BY number`, proposalID), sqlstore.ScanRevision)
		return err
	})
	return out, err
}

// Revision returns revision number of a proposal.
func (s *Store) Revision(ctx context.Context, proposalID int64, number int) (r model.Revision, err error) {
	err = s.read(ctx, func(t *tx) error {
		if err := sqlstore.RequireProposal(t, proposalID); err != nil {
			return err
		}
		r, err = sqlstore.LoadRevision(t, proposalID, number)
		return err
	})
	return r, err
}
