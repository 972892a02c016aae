package sqlstore

import (
	"context"
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
	f := model.FollowUp{ProposalID: proposalID}
	var updated string
	err = t.QueryRow(`SELECT status, progress, updated_at FROM followups WHERE proposal_id = $1`, proposalID).
		Scan(&f.Status, &f.Progress, &updated)
	if IsNoRows(err) {
		return model.OpenFollowUp(p)
	}
	if err != nil {
		return f, err
	}
	if f.UpdatedAt, err = ParseTime(updated); err != nil {
		return f, err
	}
	f.Notes, err = Collect(Select(t, `SELECT date, coalesce(author_id, 0), text FROM followup_notes
		WHERE proposal_id = $1 ORDER BY id`, proposalID), func(sc Scanner) (model.FollowUpNote, error) {
		var n model.FollowUpNote
		var date string
		if err := sc.Scan(&date, &n.AuthorID, &n.Text); err != nil {
			return n, err
		}
		var err error
		n.Date, err = ParseDate(date)
		return n, err
	})
	return f, err
}

// FollowUp returns the follow-up of an approved proposal.
func (s Store) FollowUp(ctx context.Context, proposalID int64) (f model.FollowUp, err error) {
	err = s.db.Read(ctx, func(t Tx) error { f, err = loadFollowUp(t, proposalID); return err })
	return f, err
}

// SaveFollowUp stores the follow-up of an approved proposal. The status
// may only move as model.FollowUp.MoveTo allows and the progress only change
// as SetProgress allows (completing sets it to 100); f.Notes, each checked,
// become the notes.
func (s Store) SaveFollowUp(ctx context.Context, f model.FollowUp) (out model.FollowUp, err error) {
	f.Notes = append([]model.FollowUpNote(nil), f.Notes...)
	for i := range f.Notes {
		f.Notes[i].Text = strings.TrimSpace(f.Notes[i].Text)
		if err := f.Notes[i].Validate(); err != nil {
			return out, err
		}
	}
	err = s.db.Write(ctx, func(t Tx) error {
		cur, err := loadFollowUp(t, f.ProposalID)
		if err != nil {
			return err
		}
		from := cur.Status
		if f.Status != "" && f.Status != cur.Status {
			if err := cur.MoveTo(f.Status); err != nil {
				return err
			}
		}
		// Completing sets the progress to 100, whatever f says.
		completing := from != model.FollowUpCompleted && cur.Status == model.FollowUpCompleted
		if f.Progress != cur.Progress && !completing {
			if err := cur.SetProgress(f.Progress); err != nil {
				return err
			}
		}
		var authors []int64
		for _, n := range f.Notes {
			authors = append(authors, n.AuthorID)
		}
		if err := RequireMembers(t, authors...); err != nil {
			return err
		}
		if err := t.Exec(`INSERT INTO followups (proposal_id, status, progress, updated_at) VALUES ($1, $2, $3, $4)
			ON CONFLICT (proposal_id) DO UPDATE SET status = $2, progress = $3, updated_at = $4`,
			f.ProposalID, string(cur.Status), cur.Progress, FmtTime(t.Now())); err != nil {
			return err
		}
		if err := t.Exec(`DELETE FROM followup_notes WHERE proposal_id = $1`, f.ProposalID); err != nil {
			return err
		}
		for _, n := range f.Notes {
			if err := t.Exec(`INSERT INTO followup_notes (proposal_id, date, author_id, text) VALUES ($1, $2, $3, $4)`,
				f.ProposalID, n.Date.String(), NullID(n.AuthorID), n.Text); err != nil {
				return err
			}
		}
		if err := t.Audit("followup.save", "followup", f.ProposalID, Detail{"proposal_id": f.ProposalID,
			"from": from, "to": cur.Status, "progress": cur.Progress, "notes": len(f.Notes)}); err != nil {
			return err
		}
		out, err = loadFollowUp(t, f.ProposalID)
		return err
	})
	return out, err
}
