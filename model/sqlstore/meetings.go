package sqlstore

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// MeetingCols are the columns of meetings that ScanMeeting reads.
const MeetingCols = `id, title, starts_at, ends_at, place, chair_id, secretary_id, adjuster_id,
	sign_off_place, sign_off_date, created_at, followup_section`

// ScanMeeting reads a meeting's own columns, without its parts, from
// MeetingCols.
func ScanMeeting(sc Scanner) (model.Meeting, error) {
	var m model.Meeting
	var starts, signOffDate, created string
	var ends sql.NullString
	var chair, secretary, adjuster sql.NullInt64
	if err := sc.Scan(&m.ID, &m.Title, &starts, &ends, &m.Place, &chair, &secretary, &adjuster,
		&m.SignOffPlace, &signOffDate, &created, &m.FollowUpSection); err != nil {
		return m, err
	}
	m.ChairID, m.SecretaryID, m.AdjusterID = chair.Int64, secretary.Int64, adjuster.Int64
	var err error
	if m.StartsAt, err = ParseTime(starts); err != nil {
		return m, err
	}
	if m.EndsAt, err = ParseTimeOrZero(ends); err != nil {
		return m, err
	}
	if m.SignOffDate, err = ParseDate(signOffDate); err != nil {
		return m, err
	}
	m.CreatedAt, err = ParseTime(created)
	return m, err
}

// LoadMeeting reads a meeting with its attendees, agenda (items with their
// decisions) and sign-offs, in one batch.
func LoadMeeting(t Tx, id int64) (model.Meeting, error) {
	var r meetingsRead
	if err := RunBatch(t, r.queries(t, `($1)`, id)...); err != nil {
		return model.Meeting{}, err
	}
	ms := r.assemble()
	if len(ms) == 0 {
		return model.Meeting{}, NotFound("meeting", id)
	}
	return ms[0], nil
}

// MeetingDetail is what the audit rows of a meeting's creation and
// updates record: the meeting's own columns and the number of attendees,
// in the form Check rebuilds from the stored meeting to find that its
// current state was logged.
func MeetingDetail(m model.Meeting, attendees int) Detail {
	return Detail{"title": m.Title, "starts_at": FmtTime(m.StartsAt), "ends_at": FmtTimeOrNull(m.EndsAt),
		"place": m.Place, "chair_id": m.ChairID, "secretary_id": m.SecretaryID, "adjuster_id": m.AdjusterID,
		"sign_off_place": m.SignOffPlace, "sign_off_date": m.SignOffDate.String(), "attendees": attendees}
}

// Meetings returns every meeting, whole, in the order they are held.
func (s Store) Meetings(ctx context.Context) (out []model.Meeting, err error) {
	err = s.db.Read(ctx, func(t Tx) error {
		var r meetingsRead
		if err := RunBatch(t, r.queries(t, `(SELECT id FROM meetings)`)...); err != nil {
			return err
		}
		out = r.assemble()
		return nil
	})
	return out, err
}

// Meeting returns the meeting with id, with attendees, agenda, decisions
// and sign-offs.
func (s Store) Meeting(ctx context.Context, id int64) (m model.Meeting, err error) {
	err = s.db.Read(ctx, func(t Tx) error { m, err = LoadMeeting(t, id); return err })
	return m, err
}

// cleanMeeting trims the meeting's text and its guests' names.
func cleanMeeting(m model.Meeting) model.Meeting {
	m.Title = strings.TrimSpace(m.Title)
	m.Place = strings.TrimSpace(m.Place)
	m.SignOffPlace = strings.TrimSpace(m.SignOffPlace)
	m.Attendees = append([]model.Attendee(nil), m.Attendees...)
	for i := range m.Attendees {
		m.Attendees[i].Name = strings.TrimSpace(m.Attendees[i].Name)
	}
	return m
}

// checkMeeting validates m and checks that the members it names exist.
func checkMeeting(t Tx, m model.Meeting) error {
	if err := m.Validate(); err != nil {
		return err
	}
	ids := []int64{m.ChairID, m.SecretaryID, m.AdjusterID}
	for _, a := range m.Attendees {
		if a.MemberID == 0 && a.Name == "" {
			return model.FieldError("attendees", "member_name_required")
		}
		ids = append(ids, a.MemberID)
	}
	return RequireMembers(t, ids...)
}

// meetingArgs are the values of the meeting's own columns, from title to
// sign_off_date.
func meetingArgs(m model.Meeting) []any {
	return []any{m.Title, FmtTime(m.StartsAt), FmtTimeOrNull(m.EndsAt), SectionYear(m.StartsAt), m.Place,
		NullID(m.ChairID), NullID(m.SecretaryID), NullID(m.AdjusterID), m.SignOffPlace, m.SignOffDate.String()}
}

// CreateMeeting adds a meeting with its attendees; its agenda is filled
// with AddItem. The calendar year that numbers its § is StartsAt's year in
// Swedish time (Europe/Stockholm), whatever zone StartsAt is given in.
func (s Store) CreateMeeting(ctx context.Context, m model.Meeting) (out model.Meeting, err error) {
	m = cleanMeeting(m)
	err = s.db.Write(ctx, func(t Tx) error {
		if err := checkMeeting(t, m); err != nil {
			return err
		}
		id, err := t.Insert(`INSERT INTO meetings (title, starts_at, ends_at, year, place, chair_id, secretary_id,
			adjuster_id, sign_off_place, sign_off_date, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
			append(meetingArgs(m), FmtTime(t.Now()))...)
		if err != nil {
			return err
		}
		if err := saveAttendees(t, id, m.Attendees); err != nil {
			return err
		}
		if err := t.Audit("meeting.create", "meeting", id, MeetingDetail(m, len(m.Attendees))); err != nil {
			return err
		}
		out, err = LoadMeeting(t, id)
		return err
	})
	return out, err
}

// UpdateMeeting changes the meeting's time, place, roles, sign-off place
// and date and attendees; its agenda and sign-offs are left as they are.
// A signed-off meeting is refused with ELocked; moving a meeting that has
// items to another year, or past another meeting with items, is refused
// with EState meeting_move_with_items, since its § numbers would no longer
// follow the order of the meetings. Once a decision is recorded, the
// start is fixed and the roles stay appointed, and once a sign-off is
// made, the end too (model.Meeting.CheckUpdate). Attendance under which a member who
// has entered a reservation would no longer be deciding is refused
// (attendance_has_reservation).
func (s Store) UpdateMeeting(ctx context.Context, m model.Meeting) (out model.Meeting, err error) {
	m = cleanMeeting(m)
	err = s.db.Write(ctx, func(t Tx) error {
		old, err := LoadMeeting(t, m.ID)
		if err != nil {
			return err
		}
		if err := old.CheckChangeable(); err != nil {
			return err
		}
		if err := old.CheckUpdate(m); err != nil {
			return err
		}
		if err := checkMeeting(t, m); err != nil {
			return err
		}
		if err := checkMeetingMove(t, old, m); err != nil {
			return err
		}
		if err := checkAttendanceKeepsReservations(t, old, m); err != nil {
			return err
		}
		if err := t.Exec(`UPDATE meetings SET (title, starts_at, ends_at, year, place, chair_id, secretary_id,
			adjuster_id, sign_off_place, sign_off_date) = ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) WHERE id = $11`,
			append(meetingArgs(m), m.ID)...); err != nil {
			return err
		}
		if err := t.Exec(`DELETE FROM attendees WHERE meeting_id = $1`, m.ID); err != nil {
			return err
		}
		if err := saveAttendees(t, m.ID, m.Attendees); err != nil {
			return err
		}
		if err := t.Audit("meeting.update", "meeting", m.ID, MeetingDetail(m, len(m.Attendees))); err != nil {
			return err
		}
		out, err = LoadMeeting(t, m.ID)
		return err
	})
	return out, err
}

// checkAttendanceKeepsReservations refuses new attendance under which a
// member who has entered a reservation on one of the meeting's decisions
// would no longer be deciding (attendance_has_reservation), or a vote
// would no longer be exactly the votes of those taking part
// (attendance_has_vote): the minutes would show a reservation or a vote by
// someone who took no part in the decision, or lack one who did.
func checkAttendanceKeepsReservations(t Tx, old, m model.Meeting) error {
	name := func(id int64) string {
		if mb, err := LoadMember(t, id); err == nil {
			return mb.Name
		}
		return strconv.FormatInt(id, 10)
	}
	for _, it := range old.Items {
		if it.Decision == nil {
			continue
		}
		for _, r := range it.Decision.Reservations {
			if !m.DecidingAt(r.MemberID, it.Number) {
				return model.FieldError("attendees", "attendance_has_reservation", name(r.MemberID), it.Number)
			}
		}
		if v := it.Decision.Vote; v != nil && v.CheckBallots(m, it.Number, it.Decision.Recusals, name) != nil {
			return model.FieldError("attendees", "attendance_has_vote", it.Number)
		}
	}
	return nil
}

// saveAttendees adds the attendees to a meeting, in order.
func saveAttendees(t Tx, meetingID int64, as []model.Attendee) error {
	for _, a := range as {
		if err := t.Exec(`INSERT INTO attendees (meeting_id, member_id, name, present, decides, from_section, to_section)
			VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			meetingID, NullID(a.MemberID), a.Name, a.Present, a.Decides, a.From, a.To); err != nil {
			return err
		}
	}
	return nil
}

// loadChangeableMeeting reads a meeting and refuses one that is signed off.
func loadChangeableMeeting(t Tx, id int64) (model.Meeting, error) {
	m, err := LoadMeeting(t, id)
	if err != nil {
		return m, err
	}
	return m, m.CheckChangeable()
}
