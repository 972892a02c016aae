package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// groupFollowUp is the follow-up of one approved proposal: what was done
// to it, step by step.
type groupFollowUp struct {
	Proposal string         `json:"proposal"`
	Steps    []followUpStep `json:"steps"`
}

// followUpStep is one thing a member did to a follow-up at a time. A step
// with only a note adds it in the member's name (AddFollowUpNote); any
// other is a save by the member (SaveFollowUp) that sets what it names
// and adds its note, if any.
type followUpStep struct {
	At          string               `json:"at"`
	By          string               `json:"by"`
	Status      model.FollowUpStatus `json:"status"`
	Progress    *int                 `json:"progress"`
	Responsible string               `json:"responsible"`
	ReviewDate  model.Date           `json:"review_date"`
	Met         []int                `json:"met"` // conditions met, by their number
	Note        string               `json:"note"`
}

// saves tells whether the step sets more than a note.
func (st followUpStep) saves() bool {
	return st.Status != "" || st.Progress != nil || st.Responsible != "" || !st.ReviewDate.IsZero() || len(st.Met) > 0
}

func (l *loader) addFollowUps(ctx context.Context, fs []groupFollowUp) error {
	for _, gf := range fs {
		p, ok := l.proposals[gf.Proposal]
		if !ok {
			return fmt.Errorf("demo: follow-up: no proposal %s", gf.Proposal)
		}
		for i, st := range gf.Steps {
			if err := l.followUpStep(ctx, p.ID, st); err != nil {
				return fmt.Errorf("demo: follow-up of %s, step %d: %w", gf.Proposal, i+1, err)
			}
		}
	}
	return nil
}

// followUpStep does a step at its time, moved as when.followUp moves it;
// the time must lie after the history's minutes are signed off and
// before the store is written. The files date the steps in the four
// weeks before the open meeting: the sign-off lies at least 29 days
// before the day the store is written (the history's comments run on
// after it, and end the day before at the latest), so they always do.
func (l *loader) followUpStep(ctx context.Context, proposalID int64, st followUpStep) error {
	t, err := time.ParseInLocation("2006-01-02T15:04:05", st.At, Stockholm)
	if err != nil {
		return err
	}
	t = l.when.followUp(t)
	if !t.After(l.signedOff) || !t.Before(l.when.now) {
		return fmt.Errorf("dated %v, not between the sign-off (%v) and the demo's writing (%v)", t, l.signedOff, l.when.now)
	}
	by, err := l.member(st.By)
	if err != nil {
		return err
	}
	sctx := l.at(ctx, t, st.By)
	note := model.FollowUpNote{Date: model.DateOf(t), AuthorID: by, Text: st.Note}
	if !st.saves() {
		_, err := l.store.AddFollowUpNote(sctx, proposalID, note)
		return err
	}
	f, err := l.store.FollowUp(sctx, proposalID)
	if err != nil {
		return err
	}
	if st.Status != "" {
		f.Status = st.Status
	}
	if st.Progress != nil {
		f.Progress = *st.Progress
	}
	if st.Responsible != "" {
		f.Responsible = st.Responsible
	}
	if !st.ReviewDate.IsZero() {
		f.ReviewDate = l.when.followUpDate(st.ReviewDate)
	}
	for _, n := range st.Met {
		if n < 1 || n > len(f.Conditions) {
			return fmt.Errorf("no condition %d of %d", n, len(f.Conditions))
		}
		f.Conditions[n-1].MetOn, f.Conditions[n-1].MetBy = note.Date, by
	}
	if st.Note != "" {
		f.Notes = append(f.Notes, note)
	}
	_, err = l.store.SaveFollowUp(sctx, f)
	return err
}
