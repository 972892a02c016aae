package sqlite

import (
	"context"
	"fmt"

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

const revisionCols = `proposal_id, number, content, fingerprint, created_at, created_by`

func scanRevision(sc sqlstore.Scanner) (model.Revision, error) {
	var r model.Revision
	var body, created string
	if err := sc.Scan(&r.ProposalID, &r.Number, &body, &r.Fingerprint, &created, &r.CreatedBy); err != nil {
		return r, err
	}
	var err error
	if r.Content, err = model.DecodeCanonical([]byte(body)); err != nil {
		return r, fmt.Errorf("sqlite: revision %d of proposal %d: %w", r.Number, r.ProposalID, err)
	}
	r.CreatedAt, err = sqlstore.ParseTime(created)
	return r, err
}

// loadRevision reads revision n of a proposal.
func loadRevision(t *tx, proposalID int64, n int) (model.Revision, error) {
	r, err := scanRevision(t.row(`SELECT `+revisionCols+` FROM revisions WHERE proposal_id = ? AND number = ?`, proposalID, n))
	return r, sqlstore.NoRows(err, "revision", n)
}

// Revisions returns every revision of a proposal, the first first.
func (s *Store) Revisions(ctx context.Context, proposalID int64) (out []model.Revision, err error) {
	err = s.read(ctx, func(t *tx) error {
		if err := requireProposal(t, proposalID); err != nil {
			return err
		}
		out, err = sqlstore.Collect(sqlstore.Select(t, `SELECT `+revisionCols+` FROM revisions WHERE proposal_id = ? ORDER BY number`, proposalID), scanRevision)
		return err
	})
	return out, err
}

// Revision returns revision number of a proposal.
func (s *Store) Revision(ctx context.Context, proposalID int64, number int) (r model.Revision, err error) {
	err = s.read(ctx, func(t *tx) error {
		if err := requireProposal(t, proposalID); err != nil {
			return err
		}
		r, err = loadRevision(t, proposalID, number)
		return err
	})
	return r, err
}
