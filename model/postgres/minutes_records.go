package postgres

import (
	"context"

	"errors"

	"github.com/jackc/pgx/v5"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// storedRecord is a minutes_records row as it is stored, before it is
// trusted.
type storedRecord struct {
	meetingID   int64
	record      string
	fingerprint string
	auditSeq    int64
	auditHash   string
}

const recordCols = `meeting_id, record, fingerprint, audit_seq, audit_hash`

func scanRecord(sc sqlstore.Scanner) (storedRecord, error) {
	var r storedRecord
	err := sc.Scan(&r.meetingID, &r.record, &r.fingerprint, &r.auditSeq, &r.auditHash)
	return r, err
}

// MinutesRecord returns what was frozen when meeting meetingID was signed
// off. A meeting not signed off, or signed off before the store froze
// minutes, gives an ENotFound error; a record that is not what it was
// (its fingerprint, or its text, changed) gives an EInternal error with
// the key minutes_record_mismatch.
func (s *Store) MinutesRecord(ctx context.Context, meetingID int64) (out model.MinutesRecord, err error) {
	err = s.readEach(ctx, func(t *tx) error {
		r, err := scanRecord(t.row(`SELECT `+recordCols+` FROM minutes_records WHERE meeting_id = $1`, meetingID))
		if errors.Is(err, pgx.ErrNoRows) {
			return sqlstore.NotFound("minutes", meetingID)
		}
		if err != nil {
			return err
		}
		f, err := model.ParseFrozenMinutes([]byte(r.record))
		if err != nil || sqlstore.SHA256Hex([]byte(r.record)) != r.fingerprint || f.MinutesFingerprint() != r.fingerprint {
			return model.Wrap(err, "minutes_record_mismatch", meetingID)
		}
		out = model.MinutesRecord{Minutes: f, Fingerprint: r.fingerprint, AuditSeq: r.auditSeq, AuditHash: r.auditHash}
		return nil
	})
	return out, err
}
