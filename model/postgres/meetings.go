package postgres

import (
	"context"
	"strconv"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// Meetings returns every meeting, whole, in the order they are held.
func (s *Store) Meetings(ctx context.Context) (out []model.Meeting, err error) {
	err = s.read(ctx, func(t *tx) error {
		if out, err = sqlstore.Collect(sqlstore.Select(t, `SELECT `+sqlstore.MeetingCols+` FROM meetings ORDER BY starts_at, id`), sqlstore.ScanMeeting); err != nil {
			return err
		}
		for i := range out {
			if err := sqlstore.LoadMeetingParts(t, &out[i]); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}

// Meeting returns the meeting with id, with attendees, agenda, decisions
// and sign-offs.
func (s *Store) Meeting(ctx context.Context, id int64) (m model.Meeting, err error) {
	err = s.read(ctx, func(t *tx) error { m, err = sqlstore.LoadMeeting(t, id); return err })
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
func checkMeeting(t *tx, m model.Meeting) error {
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
	return requireMembers(t, ids...)
}

// meetingArgs are the values of the meeting's own columns, from title to
// sign_off_date.
func meetingArgs(m model.Meeting) []any {
	return []any{m.Title, sqlstore.FmtTime(m.StartsAt), sqlstore.FmtTimeOrNull(m.EndsAt), sectionYear(m.StartsAt), m.Place,
		sqlstore.NullID(m.ChairID), sqlstore.NullID(m.SecretaryID), sqlstore.NullID(m.AdjusterID), m.SignOffPlace, m.SignOffDate.String()}
}

// CreateMeeting adds a meeting with its attendees; its agenda is filled
// with AddItem. The calendar year that numbers its § is StartsAt's year in
// Swedish time (Europe/Stockholm), whatever zone StartsAt is given in.
func (s *Store) CreateMeeting(ctx context.Context, m model.Meeting) (out model.Meeting, err error) {
	m = cleanMeeting(m)
	err = s.write(ctx, func(t *tx) error {
		if err := checkMeeting(t, m); err != nil {
			return err
		}
		id, err := t.insert(`INSERT INTO meetings (title, starts_at, ends_at, year, place, chair_id, secretary_id,
			adjuster_id, sign_off_place, sign_off_date, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
			append(meetingArgs(m), sqlstore.FmtTime(t.now))...)
		if err != nil {
			return err
		}
		if err := saveAttendees(t, id, m.Attendees); err != nil {
			return err
		}
		if err := t.audit("meeting.create", "meeting", id, sqlstore.MeetingDetail(m, len(m.Attendees))); err != nil {
			return err
		}
		out, err = sqlstore.LoadMeeting(t, id)
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
func (s *Store) UpdateMeeting(ctx context.Context, m model.Meeting) (out model.Meeting, err error) {
	m = cleanMeeting(m)
	err = s.write(ctx, func(t *tx) error {
		old, err := sqlstore.LoadMeeting(t, m.ID)
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
		if _, err := t.exec(`UPDATE meetings SET (title, starts_at, ends_at, year, place, chair_id, secretary_id,
			adjuster_id, sign_off_place, sign_off_date) = ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) WHERE id = $11`,
			append(meetingArgs(m), m.ID)...); err != nil {
			return err
		}
		if _, err := t.exec(`DELETE FROM attendees WHERE meeting_id = $1`, m.ID); err != nil {
			return err
		}
		if err := saveAttendees(t, m.ID, m.Attendees); err != nil {
			return err
		}
		if err := t.audit("meeting.update", "meeting", m.ID, sqlstore.MeetingDetail(m, len(m.Attendees))); err != nil {
			return err
		}
		out, err = sqlstore.LoadMeeting(t, m.ID)
		return err
	})
	return out, err
}

// checkAttendanceKeepsReservations refuses new attendance under which a
// member who has entered a reservation on one of the meeting's decisions
// would no longer be deciding (attendance_has_reservation): the minutes
// would show a reservation by someone who took no part in the decision.
func checkAttendanceKeepsReservations(t *tx, old, m model.Meeting) error {
	for _, it := range old.Items {
		if it.Decision == nil {
			continue
		}
		for _, r := range it.Decision.Reservations {
			if m.Deciding(r.MemberID) {
				continue
			}
			name := strconv.FormatInt(r.MemberID, 10)
			if mb, err := sqlstore.LoadMember(t, r.MemberID); err == nil {
				name = mb.Name
			}
			return model.FieldError("attendees", "attendance_has_reservation", name, it.Number)
		}
	}
	return nil
}

// saveAttendees adds the attendees to a meeting, in order.
func saveAttendees(t *tx, meetingID int64, as []model.Attendee) error {
	for _, a := range as {
		if _, err := t.exec(`INSERT INTO attendees (meeting_id, member_id, name, present, decides) VALUES ($1, $2, $3, $4, $5)`,
			meetingID, sqlstore.NullID(a.MemberID), a.Name, a.Present, a.Decides); err != nil {
			return err
		}
	}
	return nil
}

// loadChangeableMeeting reads a meeting and refuses one that is signed off.
func loadChangeableMeeting(t *tx, id int64) (model.Meeting, error) {
	m, err := sqlstore.LoadMeeting(t, id)
	if err != nil {
		return m, err
	}
	return m, m.CheckChangeable()
}
