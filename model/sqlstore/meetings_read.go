package sqlstore

import (
	"database/sql"

	"github.com/styrgrupp/styrgrupp/model"
)

// meetingsRead reads meetings whole (attendees, items with their
// decisions, sign-offs) with a query a table for all of them, sent as
// one batch, rather than queries a meeting.
type meetingsRead struct {
	meetings  []model.Meeting
	attendees []attendeeRow
	items     []model.Item
	decisions []model.Decision
	signOffs  []model.SignOff
}

// attendeeRow is an attendee with the meeting it attends.
type attendeeRow struct {
	meetingID int64
	model.Attendee
}

// queries are the statements that read the meetings whose id is one of
// ids, an SQL subquery or list over $n parameters given by args, in the
// order they are held.
func (r *meetingsRead) queries(t Tx, ids string, args ...any) []Query {
	return []Query{
		{`SELECT ` + MeetingCols + ` FROM meetings WHERE id IN ` + ids + ` ORDER BY starts_at, id`, args, Into(&r.meetings, ScanMeeting)},
		{`SELECT member_id, name, present, decides, from_section, to_section, meeting_id FROM attendees WHERE meeting_id IN ` + ids + `
			ORDER BY meeting_id, id`, args, Into(&r.attendees, scanAttendeeRow)},
		{`SELECT ` + ItemCols + ` FROM items WHERE meeting_id IN ` + ids + ` ORDER BY meeting_id, position, id`, args, Into(&r.items, ScanItem)},
		{`SELECT ` + DecisionCols + ` FROM decisions d WHERE d.item_id IN (SELECT id FROM items WHERE meeting_id IN ` + ids + `)`,
			args, Into(&r.decisions, ScanDecision)},
		{signOffSelect + ` WHERE meeting_id IN ` + ids + ` ORDER BY meeting_id, ` + t.InsertOrder(), args, Into(&r.signOffs, scanSignOff)},
	}
}

// assemble puts the parts read into their meetings.
func (r *meetingsRead) assemble() []model.Meeting {
	at := make(map[int64]int, len(r.meetings))
	for i, m := range r.meetings {
		at[m.ID] = i
	}
	for _, a := range r.attendees {
		if i, ok := at[a.meetingID]; ok {
			r.meetings[i].Attendees = append(r.meetings[i].Attendees, a.Attendee)
		}
	}
	byItem := make(map[int64]*model.Decision, len(r.decisions))
	for i := range r.decisions {
		byItem[r.decisions[i].ItemID] = &r.decisions[i]
	}
	for _, it := range r.items {
		if i, ok := at[it.MeetingID]; ok {
			it.Decision = byItem[it.ID]
			r.meetings[i].Items = append(r.meetings[i].Items, it)
		}
	}
	for _, s := range r.signOffs {
		if i, ok := at[s.MeetingID]; ok {
			r.meetings[i].SignOffs = append(r.meetings[i].SignOffs, s)
		}
	}
	return r.meetings
}

// scanAttendee reads an attendee from member_id, name, present, decides.
func scanAttendee(sc Scanner) (model.Attendee, error) {
	var a model.Attendee
	var member sql.NullInt64
	err := sc.Scan(&member, &a.Name, &a.Present, &a.Decides, &a.From, &a.To)
	a.MemberID = member.Int64
	return a, err
}

func scanAttendeeRow(sc Scanner) (attendeeRow, error) {
	var r attendeeRow
	var err error
	r.Attendee, err = scanAttendee(WithExtra{sc, []any{&r.meetingID}})
	return r, err
}

// signOffSelect reads the sign-offs that scanSignOff reads.
const signOffSelect = `SELECT meeting_id, member_id, role, signed_at, signer, cert_sha256 FROM sign_offs`

func scanSignOff(sc Scanner) (model.SignOff, error) {
	var s model.SignOff
	var at string
	if err := sc.Scan(&s.MeetingID, &s.MemberID, &s.Role, &at, &s.Signer, &s.CertSHA256); err != nil {
		return s, err
	}
	var err error
	s.SignedAt, err = ParseTime(at)
	return s, err
}
