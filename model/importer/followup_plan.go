package importer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// FollowUpChange is what an import does to the follow-up of one approved
// proposal: its rows, in date order, applied to the stored follow-up.
type FollowUpChange struct {
	Kind     ChangeKind // Changed or Unchanged
	Proposal model.Proposal
	Before   model.FollowUp // as stored
	After    model.FollowUp // as the rows leave it; the notes they add have ID 0
	Steps    []FollowUpStep // one per row, in date order
}

// Added returns the notes the rows add.
func (c FollowUpChange) Added() []model.FollowUpNote {
	return c.After.Notes[len(c.Before.Notes):]
}

// Effect says what the change does in all, in l: "ej påbörjad → pågår,
// andel klar 0 → 55 %, nya anteckningar: 2".
func (c FollowUpChange) Effect(l model.Language) string {
	what := effect(l, c.Before.Status, c.After.Status, c.Before.Progress, c.After.Progress)
	if n := len(c.Added()); n > 0 {
		what = append(what, fmt.Sprintf(messages[l]["effect.notes"], n))
	}
	return strings.Join(what, ", ")
}

// Effect says what the row does, in l: "pågår → genomförd, andel klar
// 50 → 100 %, ny anteckning"; "" when it changes nothing.
func (s FollowUpStep) Effect(l model.Language) string {
	what := effect(l, s.From, s.To, s.ProgressFrom, s.ProgressTo)
	if s.Note {
		what = append(what, messages[l]["effect.note"])
	}
	return strings.Join(what, ", ")
}

// effect names a move and a change of progress, in l.
func effect(l model.Language, from, to model.FollowUpStatus, pFrom, pTo int) []string {
	var out []string
	if from != to {
		out = append(out, strings.ToLower(from.Label(l))+" → "+strings.ToLower(to.Label(l)))
	}
	if pFrom != pTo {
		out = append(out, fmt.Sprintf(messages[l]["effect.progress"], pFrom, pTo))
	}
	return out
}

// FollowUpStep is what one row does.
type FollowUpStep struct {
	Row                      FollowUpRow
	From, To                 model.FollowUpStatus
	ProgressFrom, ProgressTo int
	Note                     bool // the row's comment is added as a note
	// Passed tells that the stored follow-up has already come past the
	// row's status (a later row of the sheets has the stored status): the
	// row adds its note, if new, and changes nothing else.
	Passed bool
}

// planFollowUps works out what the follow-up rows do to the stored
// follow-ups, entries, of the approved proposals; stored are all the
// proposals, to tell an unknown ref from one not approved. Each ref's
// rows apply in date order (rows of one date in the order of the files),
// by the model's rules: a move or a progress the model refuses is an
// error at the row's Status or Andel klar column. A comment becomes a
// note of the row's date, unless a note of that date and text is there:
// importing the same sheet again changes nothing.
//
// A ref's rows may be its whole history: once the work has started, the
// rows before the first one with the stored status (when one has it) are
// passed, so a sheet that
// says Pågår in March and Genomförd in June imports again unchanged once
// the work is completed.
func planFollowUps(rows []FollowUpRow, entries []model.FollowUpEntry, stored []model.Proposal, fail func(FollowUpRow, string, string, ...any)) []FollowUpChange {
	if len(rows) == 0 {
		return nil
	}
	byRef := map[string][]FollowUpRow{}
	var refs []string
	for _, r := range rows {
		if byRef[r.Ref] == nil {
			refs = append(refs, r.Ref)
		}
		byRef[r.Ref] = append(byRef[r.Ref], r)
	}
	approved := map[string]model.FollowUpEntry{}
	for _, e := range entries {
		approved[e.Proposal.Ref] = e
	}
	proposals := map[string]model.Proposal{}
	for _, p := range stored {
		proposals[p.Ref] = p
	}
	slices.SortFunc(refs, func(a, b string) int { return model.CompareRefs(a, b) })
	var out []FollowUpChange
	for _, ref := range refs {
		rs := byRef[ref]
		e, ok := approved[ref]
		if !ok {
			for _, r := range rs {
				if p, ok := proposals[ref]; ok {
					fail(r, "ref", "followup_ref_not_approved", ref, stateOf(p))
				} else {
					fail(r, "ref", "followup_ref_unknown", ref)
				}
			}
			continue
		}
		slices.SortStableFunc(rs, func(a, b FollowUpRow) int { return a.Date.Time().Compare(b.Date.Time()) })
		out = append(out, planFollowUp(e, rs, fail))
	}
	return out
}

// stateOf is where a proposal stands, in words: its status, or the
// outcome of its decision.
type stateOf model.Proposal

// Label returns the state in l.
func (s stateOf) Label(l model.Language) string {
	if s.Status == model.StatusDecided && s.Outcome != "" {
		return strings.ToLower(s.Outcome.Label(l))
	}
	return strings.ToLower(s.Status.Label(l))
}

// planFollowUp applies one proposal's rows, in date order, to its stored
// follow-up.
func planFollowUp(e model.FollowUpEntry, rows []FollowUpRow, fail func(FollowUpRow, string, string, ...any)) FollowUpChange {
	ch := FollowUpChange{Kind: Unchanged, Proposal: e.Proposal, Before: e.FollowUp, After: e.FollowUp}
	f := &ch.After
	f.Notes = slices.Clone(e.FollowUp.Notes)
	from := -1
	if e.FollowUp.Status != model.FollowUpNotStarted {
		from = slices.IndexFunc(rows, func(r FollowUpRow) bool { return r.Status == e.FollowUp.Status })
	}
	for i, r := range rows {
		st := FollowUpStep{Row: r, From: f.Status, ProgressFrom: f.Progress, Passed: i < from}
		if !st.Passed {
			applyRow(f, r, fail)
		}
		if r.Comment != "" && !slices.ContainsFunc(f.Notes, func(n model.FollowUpNote) bool {
			return n.Date == r.Date && strings.TrimSpace(n.Text) == r.Comment
		}) {
			f.Notes = append(f.Notes, model.FollowUpNote{Date: r.Date, Text: r.Comment})
			st.Note = true
		}
		st.To, st.ProgressTo = f.Status, f.Progress
		ch.Steps = append(ch.Steps, st)
	}
	if f.Status != ch.Before.Status || f.Progress != ch.Before.Progress || len(f.Notes) != len(ch.Before.Notes) {
		ch.Kind = Changed
	}
	return ch
}

// applyRow moves f as row r says, by the model's rules. While the work is
// in progress the row's progress is set before its move, so "Avbruten,
// 40 %" stops the work at 40 %; otherwise after it, so "Pågår, 20 %"
// starts the work at 20 %.
func applyRow(f *model.FollowUp, r FollowUpRow, fail func(FollowUpRow, string, string, ...any)) {
	progress := func() bool {
		if !r.HasProgress || r.Progress == f.Progress {
			return true
		}
		if err := f.SetProgress(r.Progress); err != nil {
			fail(r, "progress", "invalid_value", err)
			return false
		}
		return true
	}
	moves := r.Status != "" && r.Status != f.Status
	if moves && f.Status == model.FollowUpInProgress && r.Status != model.FollowUpCompleted && !progress() {
		return
	}
	if moves {
		if err := f.MoveTo(r.Status); err != nil {
			fail(r, "status", "invalid_value", err)
			return
		}
	}
	progress()
}
