package sqlstore

import (
	"context"
	"strconv"

	"github.com/styrgrupp/styrgrupp/model"
)

// ProposalDetail reads what model.ReadProposalDetail reads a part at a
// time in one batch of queries: on PostgreSQL, one round trip.
func (s Store) ProposalDetail(ctx context.Context, id int64) (d model.ProposalDetail, err error) {
	err = s.db.ReadEach(ctx, func(t Tx) error {
		d = model.ProposalDetail{}
		var exists bool
		var r meetingsRead
		auditSQL, auditArgs := t.AuditQuery("proposal", strconv.FormatInt(id, 10), 0)
		qs := []Query{proposalExists(id, &exists)}
		qs = append(qs, r.queries(t, `(SELECT meeting_id FROM items WHERE proposal_id = $1)`, id)...)
		qs = append(qs,
			Query{membersSelect, nil, Into(&d.Members, ScanMember)},
			Query{revisionsSelect, []any{id}, Into(&d.Revisions, ScanRevision)},
			Query{auditSQL, auditArgs, Into(&d.Audit, ScanAudit)},
			Query{commentsSelect, []any{id}, Into(&d.Comments, scanComment)},
		)
		if err := RunBatch(t, qs...); err != nil {
			return err
		}
		if !exists {
			return NotFound("proposal", id)
		}
		for _, m := range r.assemble() {
			for _, it := range m.Items {
				if it.ProposalID == id {
					d.Agenda = append(d.Agenda, model.AgendaEntry{Meeting: m, Item: it})
				}
			}
		}
		return nil
	})
	return d, err
}
