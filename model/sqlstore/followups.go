package sqlstore

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// loadFollowUp reads a proposal's follow-up. One never saved is a fresh
// one (not started) when the proposal is approved, and the model's
// followup_not_approved error otherwise.
func loadFollowUp(t Tx, proposalID int64) (model.FollowUp, error) {
	p, err := LoadProposal(t, proposalID)
	if err != nil {
		return model.FollowUp{}, err
	}
	if _, err := model.OpenFollowUp(p); err != nil {
		return model.FollowUp{}, err
	}
	var r followUpsRead
	if err := RunBatch(t, r.queries(t, `p.id = $1`, proposalID)...); err != nil {
		return model.FollowUp{}, err
	}
	es, err := r.assemble()
	if err != nil || len(es) != 1 {
		return model.FollowUp{}, cmp.Or(err, NotFound("proposal", proposalID))
	}
	return es[0].FollowUp, nil
}

// FollowUp returns the follow-up of an approved proposal.
func (s Store) FollowUp(ctx context.Context, proposalID int64) (f model.FollowUp, err error) {
	err = s.db.Read(ctx, func(t Tx) error { f, err = loadFollowUp(t, proposalID); return err })
	return f, err
}

// FollowUps returns every approved proposal with its decision and
// follow-up.
func (s Store) FollowUps(ctx context.Context) (out []model.FollowUpEntry, err error) {
	err = s.db.Read(ctx, func(t Tx) error {
		var r followUpsRead
		if err := RunBatch(t, r.queries(t, `true`)...); err != nil {
			return err
		}
		out, err = r.assemble()
		return err
	})
	return out, err
}

// cleanNotes trims the new notes of f (those with ID 0) and checks them.
func cleanNotes(ns []model.FollowUpNote) ([]model.FollowUpNote, error) {
	var out []model.FollowUpNote
	for _, n := range ns {
		if n.ID != 0 {
			continue
		}
		n.Text = strings.TrimSpace(n.Text)
		if err := n.Validate(); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}

// SaveFollowUp stores the follow-up of an approved proposal. The status
// may only move as model.FollowUp.MoveTo allows and the progress only
// change as SetProgress allows (completing sets it to 100); once the work
// is completed or stopped only notes are added. The conditions are the
// decision's: only whether each is met changes. The notes of f with ID 0
// are added.
func (s Store) SaveFollowUp(ctx context.Context, f model.FollowUp) (out model.FollowUp, err error) {
	added, err := cleanNotes(f.Notes)
	if err != nil {
		return out, err
	}
	f.Responsible = strings.TrimSpace(f.Responsible)
	if err := f.Validate(); err != nil {
		return out, err
	}
	err = s.db.Write(ctx, func(t Tx) error {
		cur, err := loadFollowUp(t, f.ProposalID)
		if err != nil {
			return err
		}
		next, err := applyFollowUp(cur, f)
		if err != nil {
			return err
		}
		if err := writeFollowUp(t, cur, next, added); err != nil {
			return err
		}
		out, err = loadFollowUp(t, f.ProposalID)
		return err
	})
	return out, err
}

// applyFollowUp returns cur with what f sets, by the model's rules.
func applyFollowUp(cur, f model.FollowUp) (model.FollowUp, error) {
	next := cur
	next.Conditions = slices.Clone(cur.Conditions)
	if len(f.Conditions) != len(cur.Conditions) {
		return next, model.FieldError("conditions", "followup_conditions")
	}
	changed := f.Responsible != cur.Responsible || f.ReviewDate != cur.ReviewDate ||
		(f.Status != "" && f.Status != cur.Status) || f.Progress != cur.Progress
	for i, c := range f.Conditions {
		if c.Text != cur.Conditions[i].Text {
			return next, model.FieldError("conditions", "followup_conditions")
		}
		if c.MetOn != cur.Conditions[i].MetOn || c.MetBy != cur.Conditions[i].MetBy {
			changed = true
			next.Conditions[i].MetOn, next.Conditions[i].MetBy = c.MetOn, c.MetBy
		}
	}
	if cur.Final() && changed {
		return next, model.Errorf(model.EState, "followup_final")
	}
	if f.Status != "" && f.Status != cur.Status {
		if err := next.MoveTo(f.Status); err != nil {
			return next, err
		}
	}
	completing := !cur.Final() && next.Status == model.FollowUpCompleted
	if f.Progress != next.Progress && !completing {
		if err := next.SetProgress(f.Progress); err != nil {
			return next, err
		}
	}
	next.Responsible, next.ReviewDate = f.Responsible, f.ReviewDate
	return next, nil
}

// writeFollowUp writes next over cur, adds the notes and writes the
// audit row.
func writeFollowUp(t Tx, cur, next model.FollowUp, added []model.FollowUpNote) error {
	ids := []int64{}
	for _, n := range added {
		ids = append(ids, n.AuthorID)
	}
	met := 0
	for _, c := range next.Conditions {
		if c.Met() {
			ids, met = append(ids, c.MetBy), met+1
		}
	}
	if err := RequireMembers(t, ids...); err != nil {
		return err
	}
	review := ""
	if !next.ReviewDate.IsZero() {
		review = next.ReviewDate.String()
	}
	if err := t.Exec(`INSERT INTO followups (proposal_id, status, progress, responsible, review_date, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (proposal_id) DO UPDATE
		SET status = $2, progress = $3, responsible = $4, review_date = $5, updated_at = $6`,
		next.ProposalID, string(next.Status), next.Progress, next.Responsible, review, FmtTime(t.Now())); err != nil {
		return err
	}
	for i, c := range next.Conditions {
		if c == cur.Conditions[i] {
			continue
		}
		if err := t.Exec(`DELETE FROM followup_conditions WHERE proposal_id = $1 AND position = $2`, next.ProposalID, i+1); err != nil {
			return err
		}
		if c.Met() {
			if err := t.Exec(`INSERT INTO followup_conditions (proposal_id, position, met_on, met_by) VALUES ($1, $2, $3, $4)`,
				next.ProposalID, i+1, c.MetOn.String(), c.MetBy); err != nil {
				return err
			}
		}
	}
	if err := insertNotes(t, next.ProposalID, added); err != nil {
		return err
	}
	return t.Audit("followup.save", "followup", next.ProposalID, Detail{"proposal_id": next.ProposalID,
		"from": cur.Status, "to": next.Status, "progress": next.Progress, "responsible": next.Responsible,
		"review_date": review, "conditions_met": met, "notes": len(cur.Notes) + len(added)})
}

func insertNotes(t Tx, proposalID int64, ns []model.FollowUpNote) error {
	for _, n := range ns {
		if err := t.Exec(`INSERT INTO followup_notes (proposal_id, date, author_id, text) VALUES ($1, $2, $3, $4)`,
			proposalID, n.Date.String(), NullID(n.AuthorID), n.Text); err != nil {
			return err
		}
	}
	return nil
}

// AddFollowUpNote adds a dated note to the follow-up of an approved
// proposal, as its author.
func (s Store) AddFollowUpNote(ctx context.Context, proposalID int64, n model.FollowUpNote) (out model.FollowUp, err error) {
	n.ID = 0
	if n.AuthorID == 0 {
		return out, model.FieldError("author", "followup_note_author")
	}
	added, err := cleanNotes([]model.FollowUpNote{n})
	if err != nil {
		return out, err
	}
	err = s.db.Write(ctx, func(t Tx) error {
		cur, err := loadFollowUp(t, proposalID)
		if err != nil {
			return err
		}
		if err := RequireMembers(t, n.AuthorID); err != nil {
			return err
		}
		if err := insertNotes(t, proposalID, added); err != nil {
			return err
		}
		if err := t.Audit("followup.note", "followup", proposalID, Detail{"proposal_id": proposalID,
			"date": added[0].Date.String(), "text": added[0].Text, "notes": len(cur.Notes) + 1}); err != nil {
			return err
		}
		out, err = loadFollowUp(t, proposalID)
		return err
	})
	return out, err
}
