package sqlstore

import (
	"database/sql"

	"github.com/styrgrupp/styrgrupp/model"
)

// FreezeMeeting reads meeting id as the tables hold it now and freezes
// it: the meeting whole, the members it names as the members table has
// them, and each item's ref from the revision it prints. The sign-off
// freezes with it and Check reads the meeting again with it, so both see
// the same thing.
func FreezeMeeting(t Tx, id int64) (model.FrozenMinutes, error) {
	m, err := LoadMeeting(t, id)
	if err != nil {
		return model.FrozenMinutes{}, err
	}
	members := map[int64]model.Member{}
	for _, mid := range m.MemberIDs() {
		mb, err := LoadMember(t, mid)
		if err != nil && model.ErrorCode(err) != model.ENotFound {
			return model.FrozenMinutes{}, err
		}
		members[mid] = mb
	}
	refs := map[int64]string{}
	for _, it := range m.Items {
		n := it.Revision
		if it.Decision != nil {
			n = it.Decision.Revision
		}
		var ref sql.NullString
		err := t.QueryRow(`SELECT `+t.JSONText("content", "ref")+` FROM revisions WHERE proposal_id = $1 AND number = $2`,
			it.ProposalID, n).Scan(&ref)
		if err != nil && !IsNoRows(err) {
			return model.FrozenMinutes{}, err
		}
		refs[it.ProposalID] = ref.String
	}
	return model.FreezeMinutes(m, members, refs), nil
}
