package sqlstore

import (
	"database/sql"

	"github.com/styrgrupp/styrgrupp/model"
)

// MeetingCols are the columns of meetings that ScanMeeting reads.
const MeetingCols = `id, title, starts_at, ends_at, place, chair_id, secretary_id, adjuster_id,
	sign_off_place, sign_off_date, created_at`

// ScanMeeting reads a meeting's own columns, without its parts, from
// MeetingCols.
func ScanMeeting(sc Scanner) (model.Meeting, error) {
	var m model.Meeting
	var starts, signOffDate, created string
	var ends sql.NullString
	var chair, secretary, adjuster sql.NullInt64
	if err := sc.Scan(&m.ID, &m.Title, &starts, &ends, &m.Place, &chair, &secretary, &adjuster,
		&m.SignOffPlace, &signOffDate, &created); err != nil {
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
// decisions) and sign-offs.
func LoadMeeting(t Tx, id int64) (model.Meeting, error) {
	m, err := ScanMeeting(t.QueryRow(`SELECT `+MeetingCols+` FROM meetings WHERE id = $1`, id))
	if err != nil {
		return m, NoRows(err, "meeting", id)
	}
	return m, LoadMeetingParts(t, &m)
}

// LoadMeetingParts fills in a meeting's attendees, items and sign-offs.
func LoadMeetingParts(t Tx, m *model.Meeting) error {
	var err error
	if m.Attendees, err = LoadAttendees(t, m.ID); err != nil {
		return err
	}
	if m.Items, err = LoadItems(t, m.ID); err != nil {
		return err
	}
	m.SignOffs, err = LoadSignOffs(t, m.ID)
	return err
}

// LoadAttendees reads a meeting's attendees in the order they were added.
func LoadAttendees(t Tx, meetingID int64) ([]model.Attendee, error) {
	return Collect(Select(t, `SELECT member_id, name, present, decides FROM attendees
		WHERE meeting_id = $1 ORDER BY id`, meetingID), func(sc Scanner) (model.Attendee, error) {
		var a model.Attendee
		var member sql.NullInt64
		err := sc.Scan(&member, &a.Name, &a.Present, &a.Decides)
		a.MemberID = member.Int64
		return a, err
	})
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

// LoadSignOffs reads a meeting's sign-offs in the order they were made.
func LoadSignOffs(t Tx, meetingID int64) ([]model.SignOff, error) {
	return Collect(Select(t, `SELECT meeting_id, member_id, role, signed_at, signer, cert_sha256 FROM sign_offs
		WHERE meeting_id = $1 ORDER BY `+t.InsertOrder(), meetingID), func(sc Scanner) (model.SignOff, error) {
		var s model.SignOff
		var at string
		if err := sc.Scan(&s.MeetingID, &s.MemberID, &s.Role, &at, &s.Signer, &s.CertSHA256); err != nil {
			return s, err
		}
		var err error
		s.SignedAt, err = ParseTime(at)
		return s, err
	})
}
