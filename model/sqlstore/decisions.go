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

// cleanDecision trims the decision's text and drops empty recipients.
func cleanDecision(d model.Decision) model.Decision {
	d.Text, d.Conditions = strings.TrimSpace(d.Text), strings.TrimSpace(d.Conditions)
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

// RecordDecision records the decision on an item of a meeting that is not
// signed off, or replaces the one recorded before, and moves the proposal
// as the outcome says. The decision is taken on d.Revision (by default the
// revision on the agenda); its fingerprint is the store's, and a
// fingerprint given in d must match it. Only deferral is recorded while
// the proposal also waits for a decision on another meeting's agenda
// (decision_elsewhere). A reservation is only taken from a deciding member
// present (reservation_not_deciding). The meeting must have its chair,
// secretary and adjuster (meeting_roles_missing) and have started by the
// store's clock (decision_before_start): model.Meeting.CheckCanDecide.
func (s Store) RecordDecision(ctx context.Context, itemID int64, d model.Decision) (out model.Decision, err error) {
	d = cleanDecision(d)
	err = s.db.Write(ctx, func(t Tx) error {
		it, err := LoadItem(t, itemID)
		if err != nil {
			return err
		}
		mt, err := loadChangeableMeeting(t, it.MeetingID)
		if err != nil {
			return err
		}
		if err := mt.CheckCanDecide(t.Now()); err != nil {
			return err
		}
		replaced := it.Decision != nil
		if replaced {
			if err := checkNotSuperseded(t, *it.Decision); err != nil {
				return err
			}
			if err := restoreProposal(t, it.Decision.ID); err != nil {
				return err
			}
		}
		p, err := LoadProposal(t, it.ProposalID)
		if err != nil {
			return err
		}
		// Any outcome but deferred takes the proposal off the table: the
		// item waiting for it on another agenda could then never be
		// decided, nor that meeting signed off.
		if d.Outcome != model.OutcomeDeferred {
			if err := checkWaitingElsewhere(t, it.MeetingID, p, "decision_elsewhere"); err != nil {
				return err
			}
		}
		if d.Revision == 0 {
			d.Revision = it.Revision
		}
		rev, err := LoadRevision(t, p.ID, d.Revision)
		if err != nil {
			return err
		}
		if model.Fingerprint(rev.Content) != rev.Fingerprint {
			return model.Errorf(model.EInternal, "revision_corrupt", rev.Number, p.Ref)
		}
		if d.Fingerprint != "" && d.Fingerprint != rev.Fingerprint {
			return model.Errorf(model.EConflict, "fingerprint_mismatch", rev.Number, p.Ref)
		}
		d.ID, d.ItemID, d.ProposalID, d.Fingerprint = 0, itemID, p.ID, rev.Fingerprint
		d.DecidedAt, d.DecidedBy = t.Now(), t.Actor()
		before := p
		if err := p.ApplyDecision(d); err != nil {
			return err
		}
		if err := checkDecisionRefs(t, d); err != nil {
			return err
		}
		if err := checkReservations(t, mt, d); err != nil {
			return err
		}
		if err := saveDecision(t, d, before, replaced); err != nil {
			return err
		}
		if err := SaveState(t, p); err != nil {
			return err
		}
		var ok bool
		if out, ok, err = LoadDecisionOfItem(t, itemID); err != nil {
			return err
		} else if !ok {
			return NotFound("decision", itemID)
		}
		return t.Audit("decision.record", "decision", out.ID, Detail{"meeting_id": it.MeetingID, "item_id": itemID,
			"proposal_id": p.ID, "ref": p.Ref, "number": it.Number, "outcome": d.Outcome, "revision": d.Revision,
			"fingerprint": d.Fingerprint, "replaced": replaced, "corrects": d.Corrects})
	})
	return out, err
}

// checkDecisionRefs checks that the members the decision names, and the
// decision it corrects, exist.
func checkDecisionRefs(t Tx, d model.Decision) error {
	if err := RequireMembers(t, d.MemberIDs()...); err != nil {
		return err
	}
	if d.Corrects != 0 {
		var n int
		if err := t.QueryRow(`SELECT count(*) FROM decisions WHERE id = $1`, d.Corrects).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return NotFound("decision", d.Corrects)
		}
	}
	return nil
}

// checkReservations refuses a reservation by a member who is not among
// the meeting's deciding members present.
func checkReservations(t Tx, mt model.Meeting, d model.Decision) error {
	var fault error
	err := d.CheckReservations(mt, func(id int64) string {
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

// saveDecision inserts d, or updates the item's decision in place when it
// replaces one, keeping in prev_* where the proposal stood before.
func saveDecision(t Tx, d model.Decision, before model.Proposal, replace bool) error {
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
		FmtTime(d.DecidedAt), d.DecidedBy, string(before.Status), string(before.Outcome), before.ReturnedAt, d.ItemID}
	cols := `(proposal_id, revision, fingerprint, outcome, text, conditions, return_reason, reservations, notes,
		recusals, recipients, corrects, decided_at, decided_by, prev_status, prev_outcome, prev_returned_at`
	var err error
	if replace {
		err = t.Exec(`UPDATE decisions SET `+cols+`) = ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17) WHERE item_id = $18`, args...)
	} else {
		err = t.Exec(`INSERT INTO decisions `+cols+`, item_id) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18)`, args...)
	}
	return err
}

// checkNotSuperseded refuses to replace or undo a decision once a later
// one has been recorded on the same proposal (at a later meeting, as a
// rule). Undoing restores the proposal to where it stood before the
// decision, which would wipe out what the later decision did. Decisions
// are applied in the order of their ids: one is only ever replaced or
// removed while it is the last, so the last id is the last applied.
func checkNotSuperseded(t Tx, d model.Decision) error {
	var ref string
	err := t.QueryRow(`SELECT p.ref FROM decisions l JOIN proposals p ON p.id = l.proposal_id
		WHERE l.proposal_id = $1 AND l.id > $2 LIMIT 1`, d.ProposalID, d.ID).Scan(&ref)
	switch {
	case IsNoRows(err):
		return nil
	case err != nil:
		return err
	}
	return model.Errorf(model.EState, "decision_superseded", ref)
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
