package sqlstore

import (
	"database/sql"
	"errors"

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
	d.decided_at, d.decided_by`

// ScanDecision reads one decision from DecisionCols.
func ScanDecision(sc Scanner) (model.Decision, error) {
	var d model.Decision
	var ret, res, notes, recs, recipients, decided string
	var corrects sql.NullInt64
	if err := sc.Scan(&d.ID, &d.ItemID, &d.ProposalID, &d.Revision, &d.Fingerprint, &d.Outcome, &d.Text,
		&d.Conditions, &ret, &res, &notes, &recs, &recipients, &corrects, &decided, &d.DecidedBy); err != nil {
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
	return d, errors.Join(e1, e2, e3, e4, e5, e6)
}

// LoadDecisionOfItem reads the decision on an item, if there is one.
func LoadDecisionOfItem(t Tx, itemID int64) (model.Decision, bool, error) {
	d, err := ScanDecision(t.QueryRow(`SELECT `+DecisionCols+` FROM decisions d WHERE d.item_id = $1`, itemID))
	if IsNoRows(err) {
		return d, false, nil
	}
	return d, err == nil, err
}
