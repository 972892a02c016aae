package sqlstore

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
)

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
//
// What it checks is read in two batches (on PostgreSQL, a round trip
// each): the item with its meeting, whole; then the proposal, the
// revision decided on and what the rules above ask about, with the new
// decision's id from the store's sequence. The decision is read back as
// stored with the COMMIT (Tx.QueryLater): three round trips in all.
func (s Store) RecordDecision(ctx context.Context, itemID int64, d model.Decision) (out model.Decision, err error) {
	d = cleanDecision(d)
	var unread error // why the decision, recorded, could not be read back
	err = s.db.Write(ctx, func(t Tx) error {
		unread = NotFound("decision", itemID) // until the read-back finds it
		it, mt, err := loadItemWithMeeting(t, itemID)
		if err != nil {
			return err
		}
		if err := mt.CheckChangeable(); err != nil {
			return err
		}
		if err := mt.CheckCanDecide(t.Now()); err != nil {
			return err
		}
		if d.Revision == 0 {
			d.Revision = it.Revision
		}
		replaced := it.Decision != nil
		if replaced {
			if err := restoreProposal(t, it.Decision.ID); err != nil {
				return err
			}
		}
		r, err := readDecisionChecks(t, it, d)
		if err != nil {
			return err
		}
		p, rev, err := r.check(it, d)
		if err != nil {
			return err
		}
		d.ID, d.ItemID, d.ProposalID, d.Fingerprint = 0, itemID, p.ID, rev.Fingerprint
		d.DecidedAt, d.DecidedBy = t.Now(), t.Actor()
		before := p
		if err := p.ApplyDecision(d); err != nil {
			return err
		}
		if err := r.members.err(); err != nil {
			return err
		}
		if d.Corrects != 0 && r.corrects == 0 {
			return NotFound("decision", d.Corrects)
		}
		if err := checkParticipants(t, mt, it.Number, d); err != nil {
			return err
		}
		if replaced {
			d.ID = it.Decision.ID
		} else {
			d.ID = r.nextID
		}
		if d.ID, err = saveDecision(t, d, before, replaced); err != nil {
			return err
		}
		if err := SaveState(t, p); err != nil {
			return err
		}
		if err := t.QueryLater(Query{`SELECT ` + DecisionCols + ` FROM decisions d WHERE d.id = $1`, []any{d.ID},
			func(sc Scanner) error { out, unread = ScanDecision(sc); return nil }}); err != nil {
			return err
		}
		return t.Audit("decision.record", "decision", d.ID, Detail{"meeting_id": it.MeetingID, "item_id": itemID,
			"proposal_id": p.ID, "ref": p.Ref, "number": it.Number, "outcome": d.Outcome, "revision": d.Revision,
			"fingerprint": d.Fingerprint, "replaced": replaced, "corrects": d.Corrects})
	})
	if err == nil && unread != nil {
		// Sent with the COMMIT, the read cannot undo the write: say that
		// the decision is recorded, not that it failed.
		return out, model.Wrap(unread, "decision_recorded_unread")
	}
	return out, err
}

// loadItemWithMeeting reads an item, with its decision, and its meeting,
// whole, in one batch.
func loadItemWithMeeting(t Tx, itemID int64) (model.Item, model.Meeting, error) {
	var r meetingsRead
	if err := RunBatch(t, r.queries(t, `(SELECT meeting_id FROM items WHERE id = $1)`, itemID)...); err != nil {
		return model.Item{}, model.Meeting{}, err
	}
	for _, m := range r.assemble() {
		for _, it := range m.Items {
			if it.ID == itemID {
				return it, m, nil
			}
		}
	}
	return model.Item{}, model.Meeting{}, NotFound("item", itemID)
}

// decisionChecks is what RecordDecision reads, in one batch, to check a
// decision d on an item.
type decisionChecks struct {
	later     []string // a later decision's proposal ref (checkNotSuperseded)
	proposals []model.Proposal
	elsewhere waiting
	revisions []model.Revision
	members   membersFound
	corrects  int   // decisions with the id d corrects
	nextID    int64 // a new decision's id, where the store's sequence gives it
}

func readDecisionChecks(t Tx, it model.Item, d model.Decision) (*decisionChecks, error) {
	r := &decisionChecks{}
	var qs []Query
	if it.Decision != nil {
		qs = append(qs, laterDecision(*it.Decision, &r.later))
	}
	qs = append(qs, Query{`SELECT ` + ProposalCols(t) + ` FROM proposals p WHERE p.id = $1`, []any{it.ProposalID}, Into(&r.proposals, ScanProposal)})
	if d.Outcome != model.OutcomeDeferred {
		qs = append(qs, r.elsewhere.query(it.MeetingID, it.ProposalID))
	}
	qs = append(qs, Query{`SELECT ` + RevisionCols + ` FROM revisions WHERE proposal_id = $1 AND number = $2`,
		[]any{it.ProposalID, d.Revision}, Into(&r.revisions, ScanRevision)})
	qs = append(qs, r.members.query(d.MemberIDs())...)
	if d.Corrects != 0 {
		qs = append(qs, Query{`SELECT count(*) FROM decisions WHERE id = $1`, []any{d.Corrects}, func(sc Scanner) error { return sc.Scan(&r.corrects) }})
	}
	if q := t.NextIDSQL("decisions"); q != "" && it.Decision == nil {
		qs = append(qs, Query{q, nil, func(sc Scanner) error { return sc.Scan(&r.nextID) }})
	}
	return r, RunBatch(t, qs...)
}

// check refuses what the rules refuse, in the order RecordDecision
// names them, and returns the proposal and the revision decided on.
func (r *decisionChecks) check(it model.Item, d model.Decision) (model.Proposal, model.Revision, error) {
	if err := superseded(r.later); err != nil {
		return model.Proposal{}, model.Revision{}, err
	}
	if len(r.proposals) == 0 {
		return model.Proposal{}, model.Revision{}, NotFound("proposal", it.ProposalID)
	}
	p := r.proposals[0]
	// Any outcome but deferred takes the proposal off the table: the item
	// waiting for it on another agenda could then never be decided, nor
	// that meeting signed off.
	if err := r.elsewhere.err(p, "decision_elsewhere"); err != nil {
		return p, model.Revision{}, err
	}
	if len(r.revisions) == 0 {
		return p, model.Revision{}, NotFound("revision", d.Revision)
	}
	rev := r.revisions[0]
	if model.Fingerprint(rev.Content) != rev.Fingerprint {
		return p, rev, model.Errorf(model.EInternal, "revision_corrupt", rev.Number, p.Ref)
	}
	if d.Fingerprint != "" && d.Fingerprint != rev.Fingerprint {
		return p, rev, model.Errorf(model.EConflict, "fingerprint_mismatch", rev.Number, p.Ref)
	}
	return p, rev, nil
}
