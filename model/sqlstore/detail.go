package sqlstore

import (
	"context"
	"strconv"
	"strings"

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

// AgendaDetail reads what model.ReadAgendaDetail reads a part at a time
// in one batch of queries, in one snapshot of the store.
func (s Store) AgendaDetail(ctx context.Context, meetingID int64) (d model.AgendaDetail, err error) {
	err = s.db.Read(ctx, func(t Tx) error {
		d = model.AgendaDetail{Proposals: map[int64]model.Proposal{}, Revisions: map[int64]model.Revision{}}
		var r meetingsRead
		var ps []model.Proposal
		var revs []model.Revision
		qs := append(r.queries(t, `($1)`, meetingID),
			Query{membersSelect, nil, Into(&d.Members, ScanMember)},
			Query{`SELECT ` + ProposalCols(t) + ` FROM proposals p WHERE p.id IN (SELECT proposal_id FROM items WHERE meeting_id = $1)`,
				[]any{meetingID}, Into(&ps, ScanProposal)},
			Query{`SELECT ` + prefixed("r", RevisionCols) + ` FROM revisions r JOIN items i ON i.proposal_id = r.proposal_id AND i.revision = r.number
				WHERE i.meeting_id = $1`, []any{meetingID}, Into(&revs, ScanRevision)})
		if err := RunBatch(t, qs...); err != nil {
			return err
		}
		ms := r.assemble()
		if len(ms) == 0 {
			return NotFound("meeting", meetingID)
		}
		d.Meeting = ms[0]
		for _, p := range ps {
			d.Proposals[p.ID] = p
		}
		type key struct {
			proposal int64
			number   int
		}
		byKey := make(map[key]model.Revision, len(revs))
		for _, rv := range revs {
			byKey[key{rv.ProposalID, rv.Number}] = rv
		}
		for _, it := range d.Meeting.Items {
			if rv, ok := byKey[key{it.ProposalID, it.Revision}]; ok {
				d.Revisions[it.ID] = rv
			}
		}
		return nil
	})
	return d, err
}

// prefixed qualifies each column of a list such as RevisionCols with
// alias.
func prefixed(alias, cols string) string {
	cs := Columns(cols)
	for i, c := range cs {
		cs[i] = alias + "." + c
	}
	return strings.Join(cs, ", ")
}
