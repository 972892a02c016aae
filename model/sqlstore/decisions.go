package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// The JSON forms of a decision's lists, with stable names.
type (
	// ReservationJSON is a reservation in decisions.reservations.
	ReservationJSON struct {
		MemberID int64  `json:"member_id"`
		Text     string `json:"text"`
	}
	// NoteJSON is a note in decisions.notes.
	NoteJSON struct {
		MemberID int64  `json:"member_id,omitempty"`
		Text     string `json:"text"`
	}
	// RecusalJSON is a recusal in decisions.recusals.
	RecusalJSON struct {
		MemberID int64  `json:"member_id"`
		Reason   string `json:"reason"`
	}
)

// DecisionCols are the columns of decisions d that ScanDecision reads.
const DecisionCols = `d.id, d.item_id, d.proposal_id, d.revision, d.fingerprint, d.outcome, d.text,
	d.conditions, d.return_reason, d.reservations, d.notes, d.recusals, d.recipients, d.corrects,
	d.decided_at, d.decided_by, d.vote`

// ScanDecision reads one decision from DecisionCols.
func ScanDecision(sc Scanner) (model.Decision, error) {
	var d model.Decision
	var ret, res, notes, recs, recipients, decided, vote string
	var corrects sql.NullInt64
	if err := sc.Scan(&d.ID, &d.ItemID, &d.ProposalID, &d.Revision, &d.Fingerprint, &d.Outcome, &d.Text,
		&d.Conditions, &ret, &res, &notes, &recs, &recipients, &corrects, &decided, &d.DecidedBy, &vote); err != nil {
		return d, err
	}
	d.Corrects = corrects.Int64
	rs, e1 := FromJSONList[ReservationJSON](res)
	ns, e2 := FromJSONList[NoteJSON](notes)
	cs, e3 := FromJSONList[RecusalJSON](recs)
	var e4, e5, e6 error
	d.Recipients, e4 = FromJSONList[string](recipients)
	e5 = FromJSON(ret, &d.Return)
	d.DecidedAt, e6 = ParseTime(decided)
	for _, r := range rs {
		d.Reservations = append(d.Reservations, model.Reservation{MemberID: r.MemberID, Text: r.Text})
	}
	for _, n := range ns {
		d.Notes = append(d.Notes, model.MinutesNote{MemberID: n.MemberID, Text: n.Text})
	}
	for _, r := range cs {
		d.Recusals = append(d.Recusals, model.Recusal{MemberID: r.MemberID, Reason: r.Reason})
	}
	return d, errors.Join(e1, e2, e3, e4, e5, e6, FromJSON(vote, &d.Vote))
}

// LoadDecisionOfItem reads the decision on an item, if there is one.
func LoadDecisionOfItem(t Tx, itemID int64) (model.Decision, bool, error) {
	d, err := ScanDecision(t.QueryRow(`SELECT `+DecisionCols+` FROM decisions d WHERE d.item_id = $1`, itemID))
	if IsNoRows(err) {
		return d, false, nil
	}
	return d, err == nil, err
}

// Decisions returns every decision taken on a proposal, in the order of
// the meetings that took them.
func (s Store) Decisions(ctx context.Context, proposalID int64) (out []model.Decision, err error) {
	err = s.db.ReadEach(ctx, func(t Tx) error {
		if err := RequireProposal(t, proposalID); err != nil {
			return err
		}
		out, err = Collect(Select(t, `SELECT `+DecisionCols+` FROM decisions d
			JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
			WHERE d.proposal_id = $1 ORDER BY m.starts_at, i.number, d.id`, proposalID), ScanDecision)
		return err
	})
	return out, err
}

// cleanDecision trims the decision's text and a vote's propositions, and
// drops empty recipients. A vote is copied, not changed in place.
func cleanDecision(d model.Decision) model.Decision {
	d.Text, d.Conditions = strings.TrimSpace(d.Text), strings.TrimSpace(d.Conditions)
	if d.Vote != nil {
		v := *d.Vote
		v.Yes, v.No = strings.TrimSpace(v.Yes), strings.TrimSpace(v.No)
		d.Vote = &v
	}
	d.Return.What, d.Return.Who = strings.TrimSpace(d.Return.What), strings.TrimSpace(d.Return.Who)
	var rec []string
	for _, r := range d.Recipients {
		if r = strings.TrimSpace(r); r != "" {
			rec = append(rec, r)
		}
	}
	d.Recipients = rec
	return d
}

// checkParticipants refuses a reservation or a vote by a member who does
// not take part in § n (model.Decision.CheckParticipants).
func checkParticipants(t Tx, mt model.Meeting, n int, d model.Decision) error {
	var fault error
	err := d.CheckParticipants(mt, n, func(id int64) string {
		mb, err := LoadMember(t, id)
		if err != nil {
			fault = err
			return strconv.FormatInt(id, 10)
		}
		return mb.Name
	})
	if fault != nil {
		return fault
	}
	return err
}

// saveDecision inserts d (with d.ID when the store's sequence gave it
// beforehand), or updates the item's decision, d.ID, in place when it
// replaces one, keeping in prev_* where the proposal stood before; it
// returns the decision's id.
func saveDecision(t Tx, d model.Decision, before model.Proposal, replace bool) (int64, error) {
	var rs []ReservationJSON
	for _, r := range d.Reservations {
		rs = append(rs, ReservationJSON{MemberID: r.MemberID, Text: strings.TrimSpace(r.Text)})
	}
	var ns []NoteJSON
	for _, n := range d.Notes {
		ns = append(ns, NoteJSON{MemberID: n.MemberID, Text: strings.TrimSpace(n.Text)})
	}
	var cs []RecusalJSON
	for _, r := range d.Recusals {
		cs = append(cs, RecusalJSON{MemberID: r.MemberID, Reason: strings.TrimSpace(r.Reason)})
	}
	args := []any{d.ProposalID, d.Revision, d.Fingerprint, string(d.Outcome), d.Text, d.Conditions,
		ToJSON(d.Return), JSONList(rs), JSONList(ns), JSONList(cs), JSONList(d.Recipients), NullID(d.Corrects),
		FmtTime(d.DecidedAt), d.DecidedBy, string(before.Status), string(before.Outcome), before.ReturnedAt, ToJSON(d.Vote), d.ItemID}
	cols := `(proposal_id, revision, fingerprint, outcome, text, conditions, return_reason, reservations, notes,
		recusals, recipients, corrects, decided_at, decided_by, prev_status, prev_outcome, prev_returned_at, vote`
	switch {
	case replace:
		return d.ID, t.Exec(`UPDATE decisions SET `+cols+`) = ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18) WHERE item_id = $19`, args...)
	case d.ID != 0:
		return d.ID, t.Exec(`INSERT INTO decisions `+cols+`, item_id, id) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20)`, append(args, d.ID)...)
	default:
		return t.Insert(`INSERT INTO decisions `+cols+`, item_id) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19)`, args...)
	}
}

// checkNotSuperseded refuses to replace or undo a decision once a later
// one has been recorded on the same proposal (at a later meeting, as a
// rule). Undoing restores the proposal to where it stood before the
// decision, which would wipe out what the later decision did. Decisions
// are applied in the order of their ids: one is only ever replaced or
// removed while it is the last, so the last id is the last applied.
func checkNotSuperseded(t Tx, d model.Decision) error {
	var later []string
	if err := RunBatch(t, laterDecision(d, &later)); err != nil {
		return err
	}
	return superseded(later)
}

// laterDecision is checkNotSuperseded's query in a batch: it gives the
// proposal's ref when a later decision was recorded on it.
func laterDecision(d model.Decision, ref *[]string) Query {
	return Query{`SELECT p.ref FROM decisions l JOIN proposals p ON p.id = l.proposal_id
		WHERE l.proposal_id = $1 AND l.id > $2 LIMIT 1`, []any{d.ProposalID, d.ID},
		Into(ref, func(sc Scanner) (s string, err error) { err = sc.Scan(&s); return s, err })}
}

// superseded is checkNotSuperseded's refusal, when laterDecision found a
// ref.
func superseded(ref []string) error {
	if len(ref) == 0 {
		return nil
	}
	return model.Errorf(model.EState, "decision_superseded", ref[0])
}

// restoreProposal puts the decision's proposal back where it stood before
// the decision.
func restoreProposal(t Tx, decisionID int64) error {
	err := t.Exec(`UPDATE proposals SET (status, outcome, returned_at, updated_at, updated_by) =
		(SELECT d.prev_status, d.prev_outcome, d.prev_returned_at, $2, $3 FROM decisions d WHERE d.id = $1)
		WHERE id = (SELECT proposal_id FROM decisions WHERE id = $1)`, decisionID, FmtTime(t.Now()), t.Actor())
	return err
}

// undoDecision restores the proposal and deletes the decision.
func undoDecision(t Tx, decisionID int64) error {
	if err := restoreProposal(t, decisionID); err != nil {
		return err
	}
	err := t.Exec(`DELETE FROM decisions WHERE id = $1`, decisionID)
	return err
}
