package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// Protocol returns the signed protocol kept for meeting meetingID, nil
// when none is kept. Bytes that do not match their stored SHA-256 give
// an EInternal error with the key protocol_sha_mismatch.
func (s *Store) Protocol(ctx context.Context, meetingID int64) (out []byte, err error) {
	err = s.read(ctx, func(t *tx) error {
		var err error
		out, err = loadProtocol(t, meetingID)
		return err
	})
	return out, err
}

func loadProtocol(t *tx, meetingID int64) ([]byte, error) {
	var pdf []byte
	var sum string
	err := t.row(`SELECT pdf, sha256 FROM protocols WHERE meeting_id = ?`, meetingID).Scan(&pdf, &sum)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if sqlstore.SHA256Hex(pdf) != sum {
		return nil, model.Errorf(model.EInternal, "protocol_sha_mismatch", meetingID)
	}
	return pdf, nil
}

// SaveProtocol stores p.PDF as the protocol of meeting p.MeetingID, which
// must be signed off; a protocol already kept is only extended
// (model.CheckProtocolSave), as the triggers of migration 0006 also
// insist. The audit row holds the new bytes' SHA-256, their size and the
// number of signatures.
func (s *Store) SaveProtocol(ctx context.Context, p model.Protocol) error {
	return s.write(ctx, func(t *tx) error {
		m, err := sqlstore.LoadMeeting(t, p.MeetingID)
		if err != nil {
			return err
		}
		stored, err := loadProtocol(t, p.MeetingID)
		if err != nil {
			return err
		}
		if err := model.CheckProtocolSave(m, stored, p.PDF); err != nil {
			return err
		}
		sum := p.SHA256()
		if stored == nil {
			_, err = t.exec(`INSERT INTO protocols (meeting_id, pdf, sha256, updated_at) VALUES (?, ?, ?, ?)`,
				m.ID, p.PDF, sum, sqlstore.FmtTime(t.now))
		} else {
			_, err = t.exec(`UPDATE protocols SET pdf = ?, sha256 = ?, updated_at = ? WHERE meeting_id = ?`,
				p.PDF, sum, sqlstore.FmtTime(t.now), m.ID)
		}
		if err != nil {
			return err
		}
		return t.audit("meeting.protocol", "meeting", m.ID, sqlstore.Detail{"sha256": sum, "size": len(p.PDF),
			"signatures": p.Signatures})
	})
}
