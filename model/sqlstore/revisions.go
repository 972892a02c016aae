package sqlstore

import (
	"context"
	"fmt"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// RevisionCols are the columns of revisions that ScanRevision reads.
const RevisionCols = `proposal_id, number, content, fingerprint, created_at, created_by`

// revisionsSelect reads the revisions of proposal $1, the first first.
const revisionsSelect = `SELECT ` + RevisionCols + ` FROM revisions WHERE proposal_id = $1 ORDER BY number`

// ScanRevision reads one revision from RevisionCols, decoding its
// stored content.
func ScanRevision(sc Scanner) (model.Revision, error) {
	var r model.Revision
	var body, created string
	if err := sc.Scan(&r.ProposalID, &r.Number, &body, &r.Fingerprint, &created, &r.CreatedBy); err != nil {
		return r, err
	}
	var err error
	if r.Content, err = model.DecodeCanonical([]byte(body)); err != nil {
		return r, fmt.Errorf("store: revision %d of proposal %d: %w", r.Number, r.ProposalID, err)
	}
	r.CreatedAt, err = ParseTime(created)
	return r, err
}

// LoadRevision reads revision n of a proposal.
func LoadRevision(t Tx, proposalID int64, n int) (model.Revision, error) {
	r, err := ScanRevision(t.QueryRow(`SELECT `+RevisionCols+` FROM revisions WHERE proposal_id = $1 AND number = $2`, proposalID, n))
	return r, NoRows(err, "revision", n)
}

// AddRevision stores the prepared content pc, valid, as revision n of
// the proposal.
func AddRevision(t Tx, proposalID int64, n int, pc Prepared) (model.Revision, error) {
	r := model.Revision{ProposalID: proposalID, Number: n, Content: pc.Content,
		Fingerprint: pc.Fingerprint, CreatedAt: t.Now(), CreatedBy: t.Actor()}
	err := t.InsertRow("revisions", Columns(RevisionCols), proposalID, n, string(pc.Body), r.Fingerprint, FmtTime(t.Now()), t.Actor())
	return r, err
}

// Revisions returns every revision of a proposal, the first first.
func (s Store) Revisions(ctx context.Context, proposalID int64) (out []model.Revision, err error) {
	err = s.db.ReadEach(ctx, func(t Tx) error {
		if err := RequireProposal(t, proposalID); err != nil {
			return err
		}
		out, err = Collect(Select(t, revisionsSelect, proposalID), ScanRevision)
		return err
	})
	return out, err
}

// Revision returns revision number of a proposal.
func (s Store) Revision(ctx context.Context, proposalID int64, number int) (r model.Revision, err error) {
	err = s.db.ReadEach(ctx, func(t Tx) error {
		if err := RequireProposal(t, proposalID); err != nil {
			return err
		}
		r, err = LoadRevision(t, proposalID, number)
		return err
	})
	return r, err
}

// ReviseProposal stores the next revision of proposal id in t, as
// UpdateProposal does, for UpdateProposal and an import.
func ReviseProposal(t Tx, id int64, pc Prepared, baseRevision int) error {
	c := pc.Content
	p, err := LoadProposal(t, id)
	if err != nil {
		return err
	}
	if err := p.CheckEditable(); err != nil {
		return err
	}
	if baseRevision != p.Revision {
		cur, err := LoadRevision(t, id, p.Revision)
		if err != nil {
			return err
		}
		return model.Errorf(model.EConflict, "revision_conflict", p.Ref, cur.CreatedBy, cur.CreatedAt.In(time.Local).Format("2006-01-02 15:04"))
	}
	if pc.Err != nil {
		return pc.Err
	}
	if p.Content.Equal(c) {
		return nil
	}
	if c.Ref != p.Ref || c.Kind != p.Kind {
		if err := checkAreaEmpty(t, p.Content); err != nil {
			return err
		}
		if err := CheckRef(t, c, id); err != nil {
			return err
		}
		if t.Refs() != nil {
			delete(t.Refs(), p.Ref)
			t.Refs()[c.Ref] = c.Kind
		}
	}
	changed := p.Content.ChangedFields(c)
	rev, err := AddRevision(t, id, p.Revision+1, pc)
	if err != nil {
		return err
	}
	n := len(model.Fields)
	err = t.Exec(fmt.Sprintf(`UPDATE proposals SET (`+ContentCols+`, revision, updated_at, updated_by)
		= (`+ContentParams+`, $%d, $%d, $%d) WHERE id = $%d`, n+1, n+2, n+3, n+4),
		append(ContentArgs(c), rev.Number, FmtTime(t.Now()), t.Actor(), id)...)
	if err != nil {
		return err
	}
	if err := t.IndexProposal(id, c, false); err != nil {
		return err
	}
	return t.Audit("proposal.update", "proposal", id, imported(t, Detail{"ref": c.Ref, "revision": rev.Number,
		"fingerprint": rev.Fingerprint, "changed": changed}))
}
