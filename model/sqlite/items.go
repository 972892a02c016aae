package sqlite

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
)

const itemCols = `id, meeting_id, number, position, proposal_id, revision`

func scanItem(sc scanner) (model.Item, error) {
	var it model.Item
	err := sc.Scan(&it.ID, &it.MeetingID, &it.Number, &it.Position, &it.ProposalID, &it.Revision)
	return it, err
}

// loadItems reads a meeting's agenda in order, each item with its decision.
func loadItems(t *tx, meetingID int64) ([]model.Item, error) {
	items, err := collect(t.rows(`SELECT `+itemCols+` FROM items WHERE meeting_id = ? ORDER BY position, id`, meetingID), scanItem)
	if err != nil {
		return nil, err
	}
	ds, err := collect(t.rows(`SELECT `+decisionCols+` FROM decisions d
		WHERE d.item_id IN (SELECT id FROM items WHERE meeting_id = ?)`, meetingID), scanDecision)
	if err != nil {
		return nil, err
	}
	byItem := map[int64]*model.Decision{}
	for i := range ds {
		byItem[ds[i].ItemID] = &ds[i]
	}
	for i := range items {
		items[i].Decision = byItem[items[i].ID]
	}
	return items, nil
}

// loadItem reads one item, with its decision.
func loadItem(t *tx, id int64) (model.Item, error) {
	it, err := scanItem(t.row(`SELECT `+itemCols+` FROM items WHERE id = ?`, id))
	if err != nil {
		return it, noRows(err, "item", id)
	}
	d, ok, err := loadDecisionOfItem(t, id)
	if ok {
		it.Decision = &d
	}
	return it, err
}

// AddItem puts a proposal that is ready for decision on the meeting's
// agenda, last, with its current revision. Its § is one more than the
// highest § of any meeting in the same calendar year.
func (s *Store) AddItem(ctx context.Context, meetingID, proposalID int64) (it model.Item, err error) {
	err = s.write(ctx, func(t *tx) error {
		if _, err := loadChangeableMeeting(t, meetingID); err != nil {
			return err
		}
		p, err := loadProposal(t, proposalID)
		if err != nil {
			return err
		}
		if err := p.CheckAgenda(); err != nil {
			return err
		}
		var dup int
		if err := t.row(`SELECT count(*) FROM items WHERE meeting_id = ? AND proposal_id = ?`, meetingID, proposalID).Scan(&dup); err != nil {
			return err
		}
		if dup > 0 {
			return model.Errorf(model.EConflict, "agenda_duplicate", p.Ref)
		}
		var number, position int
		if err := t.row(`SELECT 1 + coalesce(max(i.number), 0) FROM items i JOIN meetings m ON m.id = i.meeting_id
			WHERE m.year = (SELECT year FROM meetings WHERE id = ?)`, meetingID).Scan(&number); err != nil {
			return err
		}
		if err := t.row(`SELECT 1 + coalesce(max(position), 0) FROM items WHERE meeting_id = ?`, meetingID).Scan(&position); err != nil {
			return err
		}
		id, err := t.insert(`INSERT INTO items (meeting_id, number, position, proposal_id, revision) VALUES (?, ?, ?, ?, ?)`,
			meetingID, number, position, proposalID, p.Revision)
		if err != nil {
			return err
		}
		if err := t.audit("item.add", "item", id, detail{"meeting_id": meetingID, "proposal_id": proposalID,
			"ref": p.Ref, "number": number, "revision": p.Revision}); err != nil {
			return err
		}
		it, err = loadItem(t, id)
		return err
	})
	return it, err
}

// RemoveItem takes an item off the agenda of a meeting not yet signed off.
// A decision on it is undone first, so the proposal is back where it stood.
// The items after it move up; when no later meeting of the year has used a
// higher §, their § move down too, so the numbering has no gap.
func (s *Store) RemoveItem(ctx context.Context, itemID int64) error {
	return s.write(ctx, func(t *tx) error {
		it, err := loadItem(t, itemID)
		if err != nil {
			return err
		}
		if _, err := loadChangeableMeeting(t, it.MeetingID); err != nil {
			return err
		}
		p, err := loadProposal(t, it.ProposalID)
		if err != nil {
			return err
		}
		if it.Decision != nil {
			if err := undoDecision(t, it.Decision.ID); err != nil {
				return err
			}
		}
		if _, err := t.exec(`DELETE FROM items WHERE id = ?`, itemID); err != nil {
			return err
		}
		if _, err := t.exec(`UPDATE items SET position = position - 1 WHERE meeting_id = ? AND position > ?`,
			it.MeetingID, it.Position); err != nil {
			return err
		}
		if _, err := t.exec(`UPDATE items SET number = number - 1 WHERE meeting_id = ?1 AND number > ?2
			AND NOT EXISTS (SELECT 1 FROM items o JOIN meetings om ON om.id = o.meeting_id
				WHERE o.meeting_id <> ?1 AND o.number > ?2
				  AND om.year = (SELECT year FROM meetings WHERE id = ?1))`, it.MeetingID, it.Number); err != nil {
			return err
		}
		return t.audit("item.remove", "item", itemID, detail{"meeting_id": it.MeetingID, "proposal_id": it.ProposalID,
			"ref": p.Ref, "number": it.Number, "decision_undone": it.Decision != nil})
	})
}
