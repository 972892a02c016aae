package sqlite

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// MoveItem moves an item one place up (delta -1) or down (+1) on the agenda
// of a meeting not yet signed off. It trades place and § with its
// neighbour, so the § still run in agenda order. Moving the first item up
// or the last down changes nothing.
func (s *Store) MoveItem(ctx context.Context, itemID int64, delta int) error {
	if delta != -1 && delta != 1 {
		return model.Errorf(model.EInvalid, "item_move_step")
	}
	return s.write(ctx, func(t *tx) error {
		it, err := sqlstore.LoadItem(t, itemID)
		if err != nil {
			return err
		}
		if _, err := loadChangeableMeeting(t, it.MeetingID); err != nil {
			return err
		}
		other, err := sqlstore.ScanItem(t.row(`SELECT `+sqlstore.ItemCols+` FROM items WHERE meeting_id = ? AND position = ?`,
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
		return t.audit("item.move", "item", itemID, sqlstore.Detail{"meeting_id": it.MeetingID, "proposal_id": it.ProposalID,
			"number": other.Number, "was": it.Number, "swapped_with": other.ID})
	})
}

func placeItem(t *tx, id int64, position, number int) error {
	_, err := t.exec(`UPDATE items SET position = ?, number = ? WHERE id = ?`, position, number, id)
	return err
}
