package sqlstore

import (
	"context"
	"database/sql"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	"golang.org/x/text/unicode/norm"
)

const justeringNoteCols = `id, meeting_id, section, author_id, text, created_at, closed, reply, closed_by, closed_at`

func scanJusteringNote(sc Scanner) (model.JusteringNote, error) {
	var n model.JusteringNote
	var closedBy sql.NullInt64
	var created string
	var closedAt sql.NullString
	if err := sc.Scan(&n.ID, &n.MeetingID, &n.Section, &n.AuthorID, &n.Text, &created, &n.Closed, &n.Reply, &closedBy, &closedAt); err != nil {
		return n, err
	}
	n.ClosedBy = closedBy.Int64
	var err error
	if n.CreatedAt, err = ParseTime(created); err != nil {
		return n, err
	}
	n.ClosedAt, err = ParseTimeOrZero(closedAt)
	return n, err
}

// loadJusteringRound reads the round of meeting id, which must exist.
func loadJusteringRound(t Tx, id int64) (model.JusteringRound, error) {
	r := model.JusteringRound{MeetingID: id}
	var sent sql.NullString
	var by sql.NullInt64
	err := t.QueryRow(`SELECT sent_at, sent_by FROM justering_rounds WHERE meeting_id = $1`, id).Scan(&sent, &by)
	if err != nil && !IsNoRows(err) {
		return r, err
	}
	if r.SentAt, err = ParseTimeOrZero(sent); err != nil {
		return r, err
	}
	r.SentBy = by.Int64
	r.Notes, err = Collect(Select(t, `SELECT `+justeringNoteCols+` FROM justering_notes WHERE meeting_id = $1 ORDER BY id`, id), scanJusteringNote)
	return r, err
}

// JusteringRound returns the justering round of a meeting.
func (s Store) JusteringRound(ctx context.Context, meetingID int64) (out model.JusteringRound, err error) {
	err = s.db.ReadEach(ctx, func(t Tx) error {
		if _, err := LoadMeeting(t, meetingID); err != nil {
			return err
		}
		out, err = loadJusteringRound(t, meetingID)
		return err
	})
	return out, err
}

// SendForJustering records that the meeting's secretary sent the draft
// minutes for justering now (model.Meeting.CanSendForJustering).
func (s Store) SendForJustering(ctx context.Context, meetingID, secretaryID int64) (out model.JusteringRound, err error) {
	err = s.db.Write(ctx, func(t Tx) error {
		m, err := LoadMeeting(t, meetingID)
		if err != nil {
			return err
		}
		if err := m.CanSendForJustering(secretaryID); err != nil {
			return err
		}
		at := FmtTime(t.Now())
		if err := t.Exec(`INSERT INTO justering_rounds (meeting_id, sent_at, sent_by) VALUES ($1, $2, $3)
			ON CONFLICT (meeting_id) DO UPDATE SET sent_at = excluded.sent_at, sent_by = excluded.sent_by`,
			m.ID, at, secretaryID); err != nil {
			return err
		}
		if err := t.Audit("meeting.justering_sent", "meeting", m.ID, Detail{"sent_at": at, "sent_by": secretaryID}); err != nil {
			return err
		}
		out, err = loadJusteringRound(t, m.ID)
		return err
	})
	return out, err
}

// AddJusteringNote adds the chair's or the adjuster's note on a § of the
// draft minutes (model.Meeting.CheckJusteringNote).
func (s Store) AddJusteringNote(ctx context.Context, n model.JusteringNote) (out model.JusteringNote, err error) {
	n.Text = norm.NFC.String(strings.TrimSpace(n.Text))
	err = s.db.Write(ctx, func(t Tx) error {
		m, err := LoadMeeting(t, n.MeetingID)
		if err != nil {
			return err
		}
		r, err := loadJusteringRound(t, m.ID)
		if err != nil {
			return err
		}
		if err := m.CheckJusteringNote(r, n); err != nil {
			return err
		}
		if err := t.QueryRow(`INSERT INTO justering_notes (meeting_id, section, author_id, text, created_at)
			VALUES ($1, $2, $3, $4, $5) RETURNING id`,
			m.ID, n.Section, n.AuthorID, n.Text, FmtTime(t.Now())).Scan(&n.ID); err != nil {
			return err
		}
		if err := t.Audit("meeting.justering_note", "meeting", m.ID, Detail{"note": n.ID, "section": n.Section,
			"author_id": n.AuthorID, "text": n.Text}); err != nil {
			return err
		}
		out, err = loadJusteringNote(t, n.ID)
		return err
	})
	return out, err
}

// CloseJusteringNote closes a note with the secretary's reply
// (model.Meeting.CheckCloseJusteringNote).
func (s Store) CloseJusteringNote(ctx context.Context, id, secretaryID int64, reply string) (out model.JusteringNote, err error) {
	reply = norm.NFC.String(strings.TrimSpace(reply))
	err = s.db.Write(ctx, func(t Tx) error {
		n, err := loadJusteringNote(t, id)
		if err != nil {
			return err
		}
		m, err := LoadMeeting(t, n.MeetingID)
		if err != nil {
			return err
		}
		if err := m.CheckCloseJusteringNote(n, secretaryID, reply); err != nil {
			return err
		}
		if err := t.Exec(`UPDATE justering_notes SET closed = true, reply = $1, closed_by = $2, closed_at = $3 WHERE id = $4`,
			reply, secretaryID, FmtTime(t.Now()), id); err != nil {
			return err
		}
		if err := t.Audit("meeting.justering_close", "meeting", m.ID, Detail{"note": id, "closed_by": secretaryID, "reply": reply}); err != nil {
			return err
		}
		out, err = loadJusteringNote(t, id)
		return err
	})
	return out, err
}

func loadJusteringNote(t Tx, id int64) (model.JusteringNote, error) {
	n, err := scanJusteringNote(t.QueryRow(`SELECT `+justeringNoteCols+` FROM justering_notes WHERE id = $1`, id))
	return n, NoRows(err, "justering_note", id)
}
