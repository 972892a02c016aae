package sqlstore

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
)

// ItemCols are the columns of items that ScanItem reads.
const ItemCols = `id, meeting_id, number, position, proposal_id, revision`

// ScanItem reads one agenda item, without its decision, from ItemCols.
func ScanItem(sc Scanner) (model.Item, error) {
	var it model.Item
	err := sc.Scan(&it.ID, &it.MeetingID, &it.Number, &it.Position, &it.ProposalID, &it.Revision)
	return it, err
}

// LoadItem reads one item, with its decision.
func LoadItem(t Tx, id int64) (model.Item, error) {
	it, err := ScanItem(t.QueryRow(`SELECT `+ItemCols+` FROM items WHERE id = $1`, id))
	if err != nil {
		return it, NoRows(err, "item", id)
	}
	d, ok, err := LoadDecisionOfItem(t, id)
	if ok {
		it.Decision = &d
	}
	return it, err
}

// AddItem puts a proposal that is ready for decision on the meeting's
// agenda, last, with its current revision. Its § follows the last § of the
// meetings of the same calendar year (in Swedish time) held before it or
// at it; the items of later meetings that year move up by one. On a
// meeting with the item "Uppföljning av beslut" it takes that item's §,
// and that item moves up by one, staying last. A meeting
// held before a signed-off meeting of its year takes no new items
// (agenda_before_signed), since that would change signed-off § numbers.
// A proposal still waiting for its decision on another meeting's agenda
// is refused (agenda_elsewhere).
func (s Store) AddItem(ctx context.Context, meetingID, proposalID int64) (it model.Item, err error) {
	err = s.db.Write(ctx, func(t Tx) error {
		m, err := loadChangeableMeeting(t, meetingID)
		if err != nil {
			return err
		}
		p, err := LoadProposal(t, proposalID)
		if err != nil {
			return err
		}
		if err := p.CheckAgenda(); err != nil {
			return err
		}
		var dup int
		if err := t.QueryRow(`SELECT count(*) FROM items WHERE meeting_id = $1 AND proposal_id = $2`, meetingID, proposalID).Scan(&dup); err != nil {
			return err
		}
		if dup > 0 {
			return model.Errorf(model.EConflict, "agenda_duplicate", p.Ref)
		}
		// Waiting for its decision on another agenda, decided there it
		// could no longer be decided here, and this meeting could never
		// be signed off. A proposal deferred there has its decision.
		if err := checkWaitingElsewhere(t, meetingID, p, "agenda_elsewhere"); err != nil {
			return err
		}
		signed, found, err := signedAfter(t, meetingID)
		if err != nil {
			return err
		}
		if found {
			return model.Errorf(model.EState, "agenda_before_signed", signed.In(model.Stockholm).Format("2006-01-02"))
		}
		number, err := NextSection(t, meetingID)
		if err != nil {
			return err
		}
		if m.FollowUpSection != 0 {
			number = m.FollowUpSection
		}
		var position int
		if err := t.QueryRow(`SELECT 1 + coalesce(max(position), 0) FROM items WHERE meeting_id = $1`, meetingID).Scan(&position); err != nil {
			return err
		}
		// Make room before the insert, so the new item itself stays put.
		moved, err := renumberLater(t, meetingID, number-1, +1)
		if err != nil {
			return err
		}
		id, err := t.Insert(`INSERT INTO items (meeting_id, number, position, proposal_id, revision) VALUES ($1, $2, $3, $4, $5)`,
			meetingID, number, position, proposalID, p.Revision)
		if err != nil {
			return err
		}
		if err := t.Audit("item.add", "item", id, Detail{"meeting_id": meetingID, "proposal_id": proposalID,
			"ref": p.Ref, "number": number, "revision": p.Revision, "renumbered": moved}); err != nil {
			return err
		}
		it, err = LoadItem(t, id)
		return err
	})
	return it, err
}

// checkWaitingElsewhere returns an EConflict error with key, naming the
// proposal and the first meeting other than meetingID, not signed off,
// on whose agenda it waits for a decision; nil when there is none.
func checkWaitingElsewhere(t Tx, meetingID int64, p model.Proposal, key string) error {
	var w waiting
	if err := RunBatch(t, w.query(meetingID, p.ID)); err != nil {
		return err
	}
	return w.err(p, key)
}

// waiting is the first item on another open meeting's agenda that waits
// for a decision on a proposal, if any: what checkWaitingElsewhere looks
// for, as a query of a batch.
type waiting struct {
	found  bool
	starts string
	number int
}

func (w *waiting) query(meetingID, proposalID int64) Query {
	return Query{`SELECT m.starts_at, i.number FROM items i JOIN meetings m ON m.id = i.meeting_id
		WHERE i.proposal_id = $1 AND i.meeting_id <> $2 AND m.signed_off_at IS NULL
		AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.item_id = i.id)
		ORDER BY m.starts_at, m.id LIMIT 1`, []any{proposalID, meetingID}, func(sc Scanner) error {
		w.found = true
		return sc.Scan(&w.starts, &w.number)
	}}
}

// err is the refusal (key) when an item was found.
func (w *waiting) err(p model.Proposal, key string) error {
	if !w.found {
		return nil
	}
	at, err := ParseTime(w.starts)
	if err != nil {
		return err
	}
	return model.Errorf(model.EConflict, key, p.Ref, at.In(model.Stockholm).Format("2006-01-02"), w.number)
}

// RemoveItem takes an item off the agenda of a meeting not yet signed off.
// A decision on it is undone first, so the proposal is back where it
// stood; that is refused (decision_superseded) once a later decision has
// been recorded on the proposal. The items after it on the agenda move up.
// Their § and those of later meetings of the year move down, closing the
// gap, unless a later meeting of the year is signed off: then the gap
// stays.
func (s Store) RemoveItem(ctx context.Context, itemID int64) error {
	return s.db.Write(ctx, func(t Tx) error {
		it, err := LoadItem(t, itemID)
		if err != nil {
			return err
		}
		if _, err := loadChangeableMeeting(t, it.MeetingID); err != nil {
			return err
		}
		p, err := LoadProposal(t, it.ProposalID)
		if err != nil {
			return err
		}
		if it.Decision != nil {
			if err := checkNotSuperseded(t, *it.Decision); err != nil {
				return err
			}
			if err := undoDecision(t, it.Decision.ID); err != nil {
				return err
			}
		}
		if err := t.Exec(`DELETE FROM items WHERE id = $1`, itemID); err != nil {
			return err
		}
		if err := t.Exec(`UPDATE items SET position = position - 1 WHERE meeting_id = $1 AND position > $2`,
			it.MeetingID, it.Position); err != nil {
			return err
		}
		_, signedLater, err := signedAfter(t, it.MeetingID)
		if err != nil {
			return err
		}
		var moved int64
		if !signedLater {
			if moved, err = renumberLater(t, it.MeetingID, it.Number, -1); err != nil {
				return err
			}
		}
		return t.Audit("item.remove", "item", itemID, Detail{"meeting_id": it.MeetingID, "proposal_id": it.ProposalID,
			"ref": p.Ref, "number": it.Number, "decision_undone": it.Decision != nil, "renumbered": moved})
	})
}

// MoveItem moves an item one place up (delta -1) or down (+1) on the agenda
// of a meeting not yet signed off. It trades place and § with its
// neighbour, so the § still run in agenda order. Moving the first item up
// or the last down changes nothing.
func (s Store) MoveItem(ctx context.Context, itemID int64, delta int) error {
	if delta != -1 && delta != 1 {
		return model.Errorf(model.EInvalid, "item_move_step")
	}
	return s.db.Write(ctx, func(t Tx) error {
		it, err := LoadItem(t, itemID)
		if err != nil {
			return err
		}
		if _, err := loadChangeableMeeting(t, it.MeetingID); err != nil {
			return err
		}
		other, err := ScanItem(t.QueryRow(`SELECT `+ItemCols+` FROM items WHERE meeting_id = $1 AND position = $2`,
			it.MeetingID, it.Position+delta))
		if err != nil {
			return nil // already first or last
		}
		if err := placeItem(t, it.ID, other.Position, other.Number); err != nil {
			return err
		}
		if err := placeItem(t, other.ID, it.Position, it.Number); err != nil {
			return err
		}
		return t.Audit("item.move", "item", itemID, Detail{"meeting_id": it.MeetingID, "proposal_id": it.ProposalID,
			"number": other.Number, "was": it.Number, "swapped_with": other.ID})
	})
}

func placeItem(t Tx, id int64, position, number int) error {
	err := t.Exec(`UPDATE items SET position = $1, number = $2 WHERE id = $3`, position, number, id)
	return err
}
