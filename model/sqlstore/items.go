package sqlstore

import "github.com/styrgrupp/styrgrupp/model"

// ItemCols are the columns of items that ScanItem reads.
const ItemCols = `id, meeting_id, number, position, proposal_id, revision`

// ScanItem reads one agenda item, without its decision, from ItemCols.
func ScanItem(sc Scanner) (model.Item, error) {
	var it model.Item
	err := sc.Scan(&it.ID, &it.MeetingID, &it.Number, &it.Position, &it.ProposalID, &it.Revision)
	return it, err
}

// LoadItems reads a meeting's agenda in order, each item with its decision.
func LoadItems(t Tx, meetingID int64) ([]model.Item, error) {
	items, err := Collect(Select(t, `SELECT `+ItemCols+` FROM items WHERE meeting_id = $1 ORDER BY position, id`, meetingID), ScanItem)
	if err != nil {
		return nil, err
	}
	ds, err := Collect(Select(t, `SELECT `+DecisionCols+` FROM decisions d
		WHERE d.item_id IN (SELECT id FROM items WHERE meeting_id = $1)`, meetingID), ScanDecision)
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
