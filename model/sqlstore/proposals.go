package sqlstore

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/styrgrupp/styrgrupp/model"
)

// ProposalCols are the columns of proposals p that ScanProposal reads,
// with d's ProposalLocked last. The next to last is the stored
// fingerprint of the current revision.
func ProposalCols(d Dialect) string {
	return `p.id, p.ref, p.kind, p.title, p.summary, p.description, p.rationale,
	p.evidence, p.risk_factors, p.protective_factors, p.problem_areas, p.prevention_level,
	p.target_group, p.responsible, p.partners, p.start_date, p.end_date, p.cost_ore, p.funding,
	p.status, p.outcome, p.revision, p.returned_at, p.created_at, p.updated_at, p.updated_by,
	coalesce((SELECT r.fingerprint FROM revisions r WHERE r.proposal_id = p.id AND r.number = p.revision), ''),
	` + d.ProposalLocked()
}

// lockedCol reads ProposalCols' last column.
type lockedCol bool

// Scan takes a bool as it is and an outcome as model.Outcome.Final
// says.
func (l *lockedCol) Scan(v any) error {
	switch x := v.(type) {
	case bool:
		*l = lockedCol(x)
	case string:
		*l = lockedCol(model.Outcome(x).Final())
	case []byte:
		*l = lockedCol(model.Outcome(x).Final())
	case nil:
		*l = false
	default:
		return fmt.Errorf("store: locked: %T", v)
	}
	return nil
}

func ScanProposal(sc Scanner) (model.Proposal, error) {
	var p model.Proposal
	var row ContentRow
	var created, updated string
	var locked lockedCol
	err := sc.Scan(append(row.Dest(&p.ID), &p.Status, &p.Outcome, &p.Revision, &p.ReturnedAt,
		&created, &updated, &p.UpdatedBy, &p.Fingerprint, &locked)...)
	if err != nil {
		return p, err
	}
	p.Locked = bool(locked)
	var e1, e2, e3 error
	p.Content, e1 = row.Content()
	p.CreatedAt, e2 = ParseTime(created)
	p.UpdatedAt, e3 = ParseTime(updated)
	return p, errors.Join(e1, e2, e3)
}

// LoadProposal reads one proposal by id.
func LoadProposal(t Tx, id int64) (model.Proposal, error) {
	p, err := ScanProposal(t.QueryRow(`SELECT `+ProposalCols(t)+` FROM proposals p WHERE p.id = $1`, id))
	return p, NoRows(err, "proposal", id)
}

// SaveState stores where the proposal stands: status, outcome and the
// revision it was returned at.
func SaveState(t Tx, p model.Proposal) error {
	err := t.Exec(`UPDATE proposals SET status = $1, outcome = $2, returned_at = $3, updated_at = $4, updated_by = $5
		WHERE id = $6`, string(p.Status), string(p.Outcome), p.ReturnedAt, FmtTime(t.Now()), t.Actor(), p.ID)
	return err
}

// RequireProposal checks that a proposal exists.
func RequireProposal(t Tx, id int64) error {
	var ok bool
	if err := t.QueryRow(`SELECT EXISTS (SELECT 1 FROM proposals WHERE id = $1)`, id).Scan(&ok); err != nil {
		return err
	}
	if !ok {
		return NotFound("proposal", id)
	}
	return nil
}

// RevisionCols are the columns of revisions that ScanRevision reads.
const RevisionCols = `proposal_id, number, content, fingerprint, created_at, created_by`

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

// AddRevision stores c, already normalised by its caller, as revision n
// of the proposal.
func AddRevision(t Tx, proposalID int64, n int, c model.Content) (model.Revision, error) {
	body := model.Canonical(c)
	r := model.Revision{ProposalID: proposalID, Number: n, Content: c,
		Fingerprint: SHA256Hex(body), CreatedAt: t.Now(), CreatedBy: t.Actor()}
	err := t.InsertRow("revisions", Columns(RevisionCols), proposalID, n, string(body), r.Fingerprint, FmtTime(t.Now()), t.Actor())
	return r, err
}

// Revisions returns every revision of a proposal, the first first.
func (s Store) Revisions(ctx context.Context, proposalID int64) (out []model.Revision, err error) {
	err = s.db.ReadEach(ctx, func(t Tx) error {
		if err := RequireProposal(t, proposalID); err != nil {
			return err
		}
		out, err = Collect(Select(t, `SELECT `+RevisionCols+` FROM revisions WHERE proposal_id = $1 ORDER BY number`, proposalID), ScanRevision)
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

// MergeHits returns one hit for each proposal in text or comments, in the
// order of their ids, marked InComment when it is only in comments. It
// sorts both.
func MergeHits(text, comments []int64) []model.SearchHit {
	slices.Sort(text)
	text = slices.Compact(text)
	slices.Sort(comments)
	comments = slices.Compact(comments)
	out := make([]model.SearchHit, 0, max(len(text), len(comments)))
	i, j := 0, 0
	for i < len(text) || j < len(comments) {
		switch {
		case j == len(comments) || i < len(text) && text[i] < comments[j]:
			out = append(out, model.SearchHit{ProposalID: text[i]})
			i++
		case i == len(text) || comments[j] < text[i]:
			out = append(out, model.SearchHit{ProposalID: comments[j], InComment: true})
			j++
		default: // in both: the proposal's own text matched
			out = append(out, model.SearchHit{ProposalID: text[i]})
			i++
			j++
		}
	}
	return out
}
