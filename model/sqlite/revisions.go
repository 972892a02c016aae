package sqlite

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/styrgrupp/styrgrupp/model"
)

// canonicalContent mirrors model.Canonical's encoding, which is what a
// revision stores, so that the stored text is exactly what its fingerprint
// covers.
type canonicalContent struct {
	V                 int                   `json:"v"`
	Ref               string                `json:"ref"`
	Kind              model.Kind            `json:"kind"`
	Title             string                `json:"title"`
	Summary           string                `json:"summary"`
	Description       string                `json:"description"`
	Rationale         string                `json:"rationale"`
	Evidence          []model.Evidence      `json:"evidence"`
	RiskFactors       []string              `json:"risk_factors"`
	ProtectiveFactors []string              `json:"protective_factors"`
	ProblemAreas      []model.ProblemArea   `json:"problem_areas"`
	PreventionLevel   model.PreventionLevel `json:"prevention_level"`
	TargetGroup       string                `json:"target_group"`
	Responsible       string                `json:"responsible"`
	Partners          []string              `json:"partners"`
	Start             string                `json:"start"`
	End               string                `json:"end"`
	Cost              *int64                `json:"cost_ore"`
	Funding           string                `json:"funding"`
}

// decodeContent reads a revision's stored canonical encoding.
func decodeContent(b []byte) (model.Content, error) {
	var cc canonicalContent
	if err := json.Unmarshal(b, &cc); err != nil {
		return model.Content{}, fmt.Errorf("sqlite: stored revision: %w", err)
	}
	c := model.Content{
		Ref: cc.Ref, Kind: cc.Kind, Title: cc.Title, Summary: cc.Summary, Description: cc.Description,
		Rationale: cc.Rationale, Evidence: cc.Evidence, RiskFactors: cc.RiskFactors,
		ProtectiveFactors: cc.ProtectiveFactors, ProblemAreas: cc.ProblemAreas,
		PreventionLevel: cc.PreventionLevel, TargetGroup: cc.TargetGroup, Responsible: cc.Responsible,
		Partners: cc.Partners, Funding: cc.Funding,
	}
	if cc.Cost != nil {
		c.Cost = model.Money{Ore: *cc.Cost, Set: true}
	}
	var err error
	if c.Start, err = parseDate(cc.Start); err != nil {
		return c, err
	}
	if c.End, err = parseDate(cc.End); err != nil {
		return c, err
	}
	// Normalize turns the empty lists of the encoding back into nil.
	return c.Normalize(), nil
}

// sha256Hex is the hex SHA-256 of b.
func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// addRevision stores c as revision n of the proposal.
func addRevision(t *tx, proposalID int64, n int, c model.Content) (model.Revision, error) {
	body := model.Canonical(c)
	r := model.Revision{ProposalID: proposalID, Number: n, Content: c.Normalize(),
		Fingerprint: sha256Hex(body), CreatedAt: t.now, CreatedBy: t.actor}
	_, err := t.exec(`INSERT INTO revisions (proposal_id, number, content, fingerprint, created_at, created_by)
		VALUES (?, ?, ?, ?, ?, ?)`, proposalID, n, string(body), r.Fingerprint, fmtTime(t.now), t.actor)
	return r, err
}

const revisionCols = `proposal_id, number, content, fingerprint, created_at, created_by`

func scanRevision(sc scanner) (model.Revision, error) {
	var r model.Revision
	var body, created string
	if err := sc.Scan(&r.ProposalID, &r.Number, &body, &r.Fingerprint, &created, &r.CreatedBy); err != nil {
		return r, err
	}
	var err error
	if r.Content, err = decodeContent([]byte(body)); err != nil {
		return r, err
	}
	r.CreatedAt, err = parseTime(created)
	return r, err
}

// loadRevision reads revision n of a proposal.
func loadRevision(t *tx, proposalID int64, n int) (model.Revision, error) {
	r, err := scanRevision(t.row(`SELECT `+revisionCols+` FROM revisions WHERE proposal_id = ? AND number = ?`, proposalID, n))
	return r, noRows(err, "revision", n)
}

// Revisions returns every revision of a proposal, the first first.
func (s *Store) Revisions(ctx context.Context, proposalID int64) (out []model.Revision, err error) {
	err = s.read(ctx, func(t *tx) error {
		if err := requireProposal(t, proposalID); err != nil {
			return err
		}
		out, err = collect(t.rows(`SELECT `+revisionCols+` FROM revisions WHERE proposal_id = ? ORDER BY number`, proposalID), scanRevision)
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
