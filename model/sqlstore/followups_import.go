package sqlstore

import (
	"context"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// SaveFollowUps saves many follow-ups in one transaction: all of them or,
// on any error, none. Each is saved as SaveFollowUp saves one, with its
// own audit row (a follow-up not started that f completes, or stops at a
// progress, moves through in progress, as a sheet of reports over time
// says), and must be the follow-up as it was read from the store
// with the changes made to it: one whose stored follow-up has been saved,
// or has had a note added, since it was read fails the whole call with
// an EConflict error. The error names the proposal it failed on.
func (s Store) SaveFollowUps(ctx context.Context, fs []model.FollowUp) error {
	if len(fs) == 0 {
		return nil
	}
	return s.db.Write(ctx, func(t Tx) error {
		for _, f := range fs {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := saveImported(t, f); err != nil {
				p, perr := LoadProposal(t, f.ProposalID)
				if perr != nil {
					return err
				}
				return ImportError(p.Ref, err)
			}
		}
		return nil
	})
}

// saveImported saves one follow-up of SaveFollowUps in t.
func saveImported(t Tx, f model.FollowUp) error {
	added, err := cleanNotes(f.Notes)
	if err != nil {
		return err
	}
	f.Responsible = strings.TrimSpace(f.Responsible)
	if err := f.Validate(); err != nil {
		return err
	}
	cur, err := loadFollowUp(t, f.ProposalID)
	if err != nil {
		return err
	}
	if !f.UpdatedAt.Equal(cur.UpdatedAt) || len(f.Notes)-len(added) != len(cur.Notes) {
		p, err := LoadProposal(t, f.ProposalID)
		if err != nil {
			return err
		}
		return model.Errorf(model.EConflict, "followup_changed", p.Ref)
	}
	next, err := applyFollowUp(cur, f)
	if err != nil && cur.Status == model.FollowUpNotStarted && f.Final() {
		cur, next, err = throughInProgress(t, cur, f, err)
	}
	if err != nil {
		return err
	}
	return writeFollowUp(t, cur, next, added)
}

// throughInProgress saves a follow-up not started that f completes, or
// stops at a progress, as in progress first (at f's progress when it
// stops, else at its own), as the reports of a sheet over time say: each
// move the model's, with its audit row. It returns the follow-up in
// progress and f applied to it; when either move is refused, the error
// of the direct move, refused.
func throughInProgress(t Tx, cur, f model.FollowUp, refused error) (model.FollowUp, model.FollowUp, error) {
	via := f
	via.Status, via.Notes = model.FollowUpInProgress, nil
	if f.Status == model.FollowUpCompleted {
		via.Progress = cur.Progress
	}
	step, err := applyFollowUp(cur, via)
	if err != nil {
		return cur, cur, refused
	}
	next, err := applyFollowUp(step, f)
	if err != nil {
		return cur, cur, refused
	}
	if err := writeFollowUp(t, cur, step, nil); err != nil {
		return cur, cur, err
	}
	return step, next, nil
}
