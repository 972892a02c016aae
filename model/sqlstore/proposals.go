package sqlstore

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/styrgrupp/styrgrupp/model"
)

// ProposalCols are the columns of proposals p that ScanProposal reads,
// with d's ProposalLocked last. The next to last is the stored
// fingerprint of the current revision.
func ProposalCols(d Dialect) string {
	return `p.id, ` + contentColsOf("p") + `,
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

// proposalExists is the Query of a batch that sets ok to whether
// proposal id exists (RequireProposal in a batch).
func proposalExists(id int64, ok *bool) Query {
	return Query{`SELECT EXISTS (SELECT 1 FROM proposals WHERE id = $1)`, []any{id}, func(sc Scanner) error { return sc.Scan(ok) }}
}

// CommentMatch is a comment a search matched: its id, its proposal and
// its body.
type CommentMatch struct {
	ID, ProposalID int64
	Body           string
}

// MergeHits returns one hit for each proposal in text or comments, in the
// order of their ids, marked InComment when it is only in comments, the
// first model.MaxCommentHits of those with the id and the body of its
// first matching comment by id. It sorts text.
func MergeHits(text []int64, comments []CommentMatch) []model.SearchHit {
	slices.Sort(text)
	text = slices.Compact(text)
	first := map[int64]int{} // a proposal only in comments → its first comment's index
	for i, c := range comments {
		if _, inText := slices.BinarySearch(text, c.ProposalID); inText {
			continue
		}
		if j, ok := first[c.ProposalID]; !ok || c.ID < comments[j].ID {
			first[c.ProposalID] = i
		}
	}
	only := slices.Sorted(maps.Keys(first))
	out := make([]model.SearchHit, 0, len(text)+len(only))
	i, j := 0, 0
	for i < len(text) || j < len(only) {
		if j == len(only) || i < len(text) && text[i] < only[j] {
			out = append(out, model.SearchHit{ProposalID: text[i]})
			i++
			continue
		}
		h := model.SearchHit{ProposalID: only[j], InComment: true}
		if j < model.MaxCommentHits {
			c := comments[first[only[j]]]
			h.CommentID, h.Comment = c.ID, c.Body
		}
		out = append(out, h)
		j++
	}
	return out
}

// checkAreaEmpty refuses to change the ref (or kind) of an area that has
// interventions: they name the area by its ref, and would be left without
// one.
func checkAreaEmpty(t Tx, c model.Content) error {
	if c.Kind != model.KindArea {
		return nil
	}
	var has bool
	prefix := model.Ref(c.Ref).ChildPrefix()
	if err := t.QueryRow(`SELECT EXISTS (SELECT 1 FROM proposals WHERE kind = 'intervention'
		AND substr(ref, 1, $2) = $1)`, prefix, utf8.RuneCountInString(prefix)).Scan(&has); err != nil {
		return err
	}
	if has {
		return model.Errorf(model.EState, "area_has_interventions", c.Ref)
	}
	return nil
}

// Proposal returns the proposal with id.
func (s Store) Proposal(ctx context.Context, id int64) (p model.Proposal, err error) {
	err = s.db.ReadEach(ctx, func(t Tx) error { p, err = LoadProposal(t, id); return err })
	return p, err
}

// ProposalByRef returns the proposal with ref, such as "2.3".
func (s Store) ProposalByRef(ctx context.Context, ref string) (p model.Proposal, err error) {
	ref = strings.TrimSpace(ref)
	err = s.db.ReadEach(ctx, func(t Tx) error {
		p, err = ScanProposal(t.QueryRow(`SELECT `+ProposalCols(t)+` FROM proposals p WHERE p.ref = $1`, ref))
		return NoRows(err, "proposal", ref)
	})
	return p, err
}

// UpdateProposal stores c as the proposal's next revision when it differs
// from the current one. An edit begun on an older revision than the current
// is refused with EConflict revision_conflict.
func (s Store) UpdateProposal(ctx context.Context, id int64, c model.Content, baseRevision int) (p model.Proposal, err error) {
	err = s.db.Write(ctx, func(t Tx) error {
		if err := ReviseProposal(t, id, Prepare(c), baseRevision); err != nil {
			return err
		}
		p, err = LoadProposal(t, id)
		return err
	})
	return p, err
}

// MarkReady moves a draft to ready for decision.
func (s Store) MarkReady(ctx context.Context, id int64) (model.Proposal, error) {
	return s.move(ctx, id, "proposal.ready", (*model.Proposal).MarkReady)
}

// MarkDraft moves a ready proposal back to draft.
func (s Store) MarkDraft(ctx context.Context, id int64) (model.Proposal, error) {
	return s.move(ctx, id, "proposal.draft", (*model.Proposal).MarkDraft)
}

// Withdraw ends a proposal that is not yet decided.
func (s Store) Withdraw(ctx context.Context, id int64) (model.Proposal, error) {
	return s.move(ctx, id, "proposal.withdraw", (*model.Proposal).Withdraw)
}

// move applies one of the model's state rules to the proposal and stores
// where it ends up.
func (s Store) move(ctx context.Context, id int64, action string, rule func(*model.Proposal) error) (p model.Proposal, err error) {
	err = s.db.Write(ctx, func(t Tx) error {
		if p, err = LoadProposal(t, id); err != nil {
			return err
		}
		from := p.Status
		if err := rule(&p); err != nil {
			return err
		}
		if err := SaveState(t, p); err != nil {
			return err
		}
		if err := t.Audit(action, "proposal", id, Detail{"ref": p.Ref, "from": from, "to": p.Status}); err != nil {
			return err
		}
		p, err = LoadProposal(t, id)
		return err
	})
	return p, err
}

// Proposals returns the proposals f lets through, in ref order (2 < 2.1 <
// 2.10 < 10).
func (s Store) Proposals(ctx context.Context, f model.ProposalFilter) ([]model.Proposal, error) {
	if f.IDs != nil && len(f.IDs) == 0 {
		return nil, nil
	}
	var out []model.Proposal
	err := s.db.ReadEach(ctx, func(t Tx) error {
		var err error
		out, err = Collect(Select(t, `SELECT `+ProposalCols(t)+` FROM proposals p
			WHERE ($1 = '' OR p.status = $1)
			  AND ($2 = '' OR `+t.ListHas("p.problem_areas", "$2")+`)
			  AND ($3 = '' OR p.prevention_level = $3)
			  AND ($4 = '' OR p.responsible = $4)
			  AND `+t.InIDs("p.id", "$5"),
			string(f.Status), string(f.ProblemArea), string(f.PreventionLevel),
			strings.TrimSpace(f.Responsible), t.IDs(f.IDs)), ScanProposal)
		return err
	})
	slices.SortStableFunc(out, func(a, b model.Proposal) int { return model.CompareRefs(a.Ref, b.Ref) })
	return out, err
}

// CreateProposal stores a new proposal, in draft, as revision 1 of c
// normalised.
func (s Store) CreateProposal(ctx context.Context, c model.Content) (p model.Proposal, err error) {
	err = s.db.Write(ctx, func(t Tx) error {
		id, err := NewProposal(t, Prepare(c), 0)
		if err != nil {
			return err
		}
		p, err = LoadProposal(t, id)
		return err
	})
	return p, err
}

// NewProposal stores a new proposal in t and returns its id: id when it
// is not 0 (an import may take its ids beforehand), else one Tx.NextID
// gives, else the one the insert gives.
func NewProposal(t Tx, pc Prepared, id int64) (int64, error) {
	c := pc.Content
	if pc.Err != nil {
		return 0, pc.Err
	}
	if err := CheckRef(t, c, 0); err != nil {
		return 0, err
	}
	if id == 0 {
		var err error
		if id, err = t.NextID("proposals"); err != nil {
			return 0, err
		}
	}
	cols := append(Columns(ContentCols), "status", "outcome", "revision", "returned_at", "created_at", "updated_at", "updated_by")
	now := FmtTime(t.Now())
	vals := append(ContentArgs(c), string(model.StatusDraft), "", 1, 0, now, now, t.Actor())
	var err error
	if id != 0 {
		err = t.InsertRow("proposals", append(cols, "id"), append(vals, id)...)
	} else {
		id, err = t.Insert(`INSERT INTO proposals (`+strings.Join(cols, ", ")+`) VALUES (`+Params(1, len(vals))+`)`, vals...)
	}
	if err != nil {
		return 0, err
	}
	rev, err := AddRevision(t, id, 1, pc)
	if err != nil {
		return 0, err
	}
	if t.Refs() != nil {
		t.Refs()[c.Ref] = c.Kind
	}
	if err := t.IndexProposal(id, c, true); err != nil {
		return 0, err
	}
	return id, t.Audit("proposal.create", "proposal", id, imported(t, Detail{"ref": c.Ref, "revision": 1, "fingerprint": rev.Fingerprint}))
}

// imported marks d as written by an import, when t is one, so that a
// proposal's timeline tells an import from an edit.
func imported(t Tx, d Detail) Detail {
	if t.Refs() != nil {
		d["imported"] = true
	}
	return d
}
