package sqlstore

import (
	"database/sql"
	"slices"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// approvedProposals is the SQL condition, over proposals p, that p is
// approved: what has a follow-up.
const approvedProposals = `p.status = 'decided' AND p.outcome IN ('approved', 'approved_with_conditions')`

// followUpsRead reads the follow-ups of the approved proposals a
// condition picks, in one batch of queries, and puts them together.
type followUpsRead struct {
	proposals  []model.Proposal
	decisions  []decisionAt
	rows       []followUpRow
	conditions []conditionRow
	notes      []noteRow
}

// decisionAt is a decision with where it was taken.
type decisionAt struct {
	d         model.Decision
	section   int
	meeting   model.Meeting
	signedOff time.Time
}

type followUpRow struct {
	id int64
	f  model.FollowUp
}

type conditionRow struct {
	id, position int64
	c            model.FollowUpCondition
}

type noteRow struct {
	id int64
	n  model.FollowUpNote
}

// queries read the proposals the SQL condition where (over proposals p,
// with args) picks among the approved, and their follow-ups.
func (r *followUpsRead) queries(t Tx, where string, args ...any) []Query {
	ids := `(SELECT p.id FROM proposals p WHERE ` + approvedProposals + ` AND ` + where + `)`
	return []Query{
		{`SELECT ` + ProposalCols(t) + ` FROM proposals p WHERE ` + approvedProposals + ` AND ` + where, args,
			Into(&r.proposals, ScanProposal)},
		{`SELECT ` + DecisionCols + `, i.number, m.id, m.title, m.starts_at, m.signed_off_at FROM decisions d
			JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
			WHERE d.proposal_id IN ` + ids + ` ORDER BY m.starts_at, m.id, d.id`, args, Into(&r.decisions, scanDecisionAt)},
		{`SELECT proposal_id, status, progress, responsible, review_date, updated_at FROM followups
			WHERE proposal_id IN ` + ids, args, Into(&r.rows, scanFollowUpRow)},
		{`SELECT proposal_id, position, met_on, met_by FROM followup_conditions
			WHERE proposal_id IN ` + ids + ` ORDER BY proposal_id, position`, args, Into(&r.conditions, scanConditionRow)},
		{`SELECT proposal_id, id, date, coalesce(author_id, 0), text FROM followup_notes
			WHERE proposal_id IN ` + ids + ` ORDER BY proposal_id, id`, args, Into(&r.notes, scanNoteRow)},
	}
}

// assemble puts the rows read together, one entry per proposal in the
// order of their refs.
func (r *followUpsRead) assemble() ([]model.FollowUpEntry, error) {
	latest := map[int64]decisionAt{}
	for _, d := range r.decisions {
		latest[d.d.ProposalID] = d
	}
	rows := map[int64]model.FollowUp{}
	for _, row := range r.rows {
		rows[row.id] = row.f
	}
	var out []model.FollowUpEntry
	for _, p := range r.proposals {
		d := latest[p.ID]
		f, err := model.OpenFollowUp(p)
		if err != nil {
			return nil, err
		}
		if row, ok := rows[p.ID]; ok {
			f = row
		}
		if d.d.Outcome == model.OutcomeApprovedConditions {
			f.Conditions = model.ConditionsOf(d.d.Conditions)
		}
		for _, c := range r.conditions {
			if c.id == p.ID && c.position >= 1 && int(c.position) <= len(f.Conditions) {
				f.Conditions[c.position-1].MetOn, f.Conditions[c.position-1].MetBy = c.c.MetOn, c.c.MetBy
			}
		}
		for _, n := range r.notes {
			if n.id == p.ID {
				f.Notes = append(f.Notes, n.n)
			}
		}
		out = append(out, model.FollowUpEntry{Proposal: p, Decision: d.d, Meeting: d.meeting,
			Section: d.section, SignedOffAt: d.signedOff, FollowUp: f})
	}
	slices.SortStableFunc(out, func(a, b model.FollowUpEntry) int { return model.CompareRefs(a.Proposal.Ref, b.Proposal.Ref) })
	return out, nil
}

func scanDecisionAt(sc Scanner) (decisionAt, error) {
	var d decisionAt
	var starts string
	var signed sql.NullString
	var err error
	d.d, err = ScanDecision(WithExtra{sc, []any{&d.section, &d.meeting.ID, &d.meeting.Title, &starts, &signed}})
	if err != nil {
		return d, err
	}
	if d.meeting.StartsAt, err = ParseTime(starts); err != nil {
		return d, err
	}
	d.signedOff, err = ParseTimeOrZero(signed)
	return d, err
}

func scanFollowUpRow(sc Scanner) (followUpRow, error) {
	var r followUpRow
	var review, updated string
	if err := sc.Scan(&r.id, &r.f.Status, &r.f.Progress, &r.f.Responsible, &review, &updated); err != nil {
		return r, err
	}
	r.f.ProposalID = r.id
	var err error
	if review != "" {
		if r.f.ReviewDate, err = ParseDate(review); err != nil {
			return r, err
		}
	}
	r.f.UpdatedAt, err = ParseTime(updated)
	return r, err
}

func scanConditionRow(sc Scanner) (conditionRow, error) {
	var r conditionRow
	var met string
	if err := sc.Scan(&r.id, &r.position, &met, &r.c.MetBy); err != nil {
		return r, err
	}
	var err error
	r.c.MetOn, err = ParseDate(met)
	return r, err
}

func scanNoteRow(sc Scanner) (noteRow, error) {
	var r noteRow
	var date string
	if err := sc.Scan(&r.id, &r.n.ID, &date, &r.n.AuthorID, &r.n.Text); err != nil {
		return r, err
	}
	var err error
	r.n.Date, err = ParseDate(date)
	return r, err
}
