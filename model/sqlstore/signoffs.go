package sqlstore

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// SignOff records the chair's or the adjuster's sign-off of the minutes,
// at s.SignedAt or, when that is zero, now, which is not before the
// meeting's end (model.Meeting.CheckSignOffTime), and only when every
// note of the justering round is closed. The second of the two signs the
// meeting off: from then on triggers refuse any change to the meeting, its
// attendees, items, decisions and the revisions they name, and proposals
// whose decision there is final are locked.
func (s Store) SignOff(ctx context.Context, so model.SignOff) (out model.Meeting, err error) {
	err = s.db.Write(ctx, func(t Tx) error {
		m, err := LoadMeeting(t, so.MeetingID)
		if err != nil {
			return err
		}
		if err := m.CanSignOff(so.MemberID, so.Role); err != nil {
			return err
		}
		round, err := loadJusteringRound(t, m.ID)
		if err != nil {
			return err
		}
		if err := round.CheckClosed(); err != nil {
			return err
		}
		if err := m.CheckSigner(so.Signer); err != nil {
			return err
		}
		at := so.SignedAt
		if at.IsZero() {
			at = t.Now()
		}
		if err := m.CheckSignOffTime(at); err != nil {
			return err
		}
		so.Signer = strings.TrimSpace(so.Signer)
		if so.CertSHA256, err = model.CleanCertSHA256(so.CertSHA256); err != nil {
			return err
		}
		if err := t.Exec(`INSERT INTO sign_offs (meeting_id, role, member_id, signed_at, signer, cert_sha256) VALUES ($1, $2, $3, $4, $5, $6)`,
			m.ID, string(so.Role), so.MemberID, FmtTime(at), so.Signer, so.CertSHA256); err != nil {
			return err
		}
		if err := t.Audit("meeting.sign_off", "meeting", m.ID, Detail{"role": so.Role, "member_id": so.MemberID,
			"signed_at": FmtTime(at), "signer": so.Signer, "cert_sha256": so.CertSHA256}); err != nil {
			return err
		}
		so.SignedAt = at
		m.SignOffs = append(m.SignOffs, so)
		if m.SignedOff() {
			if err := signOffMeeting(t, m, at); err != nil {
				return err
			}
		}
		out, err = LoadMeeting(t, m.ID)
		return err
	})
	return out, err
}

// signOffMeeting freezes the meeting, with what its item "Uppföljning av
// beslut" reports that day, into its minutes record, writes the
// audit row for the locking with the minutes fingerprint, the record, and
// then, as the last write, the meeting's signed_off_at, which the triggers
// check.
func signOffMeeting(t Tx, m model.Meeting, at time.Time) error {
	frozen, err := FreezeMeeting(t, m.ID)
	if err != nil {
		return err
	}
	if frozen.FollowUps, err = followUpReport(t, frozen.Meeting); err != nil {
		return err
	}
	fp := frozen.MinutesFingerprint()
	var locked []int64
	for _, it := range m.Items {
		if it.Decision != nil && it.Decision.Outcome.Final() {
			locked = append(locked, it.ProposalID)
		}
	}
	first, last := m.SectionRange()
	if err := t.Audit("meeting.signed_off", "meeting", m.ID, Detail{"sections": []int{first, last},
		"locked_proposals": locked, "signed_off_at": FmtTime(at), "minutes_fingerprint": fp}); err != nil {
		return err
	}
	seq, hash := t.Head()
	if err := t.Exec(`INSERT INTO minutes_records (meeting_id, record, fingerprint, audit_seq, audit_hash) VALUES ($1, $2, $3, $4, $5)`,
		m.ID, string(frozen.Canonical()), fp, seq, hash); err != nil {
		return err
	}
	err = t.Exec(`UPDATE meetings SET signed_off_at = $1 WHERE id = $2`, FmtTime(at), m.ID)
	return err
}

// FreezeMeeting reads meeting id as the tables hold it now and freezes
// it: the meeting whole, the members it names as the members table has
// them, each item's ref from the revision it prints, and its justering
// round. The sign-off
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
	f := model.FreezeMinutes(m, members, refs)
	round, err := loadJusteringRound(t, id)
	if err != nil {
		return model.FrozenMinutes{}, err
	}
	f.Justering = round.Summary()
	return f, nil
}

// Protocol returns the signed protocol kept for meeting meetingID, nil
// when none is kept. Bytes that do not match their stored SHA-256 give
// an EInternal error with the key protocol_sha_mismatch.
func (s Store) Protocol(ctx context.Context, meetingID int64) (out []byte, err error) {
	err = s.db.ReadEach(ctx, func(t Tx) error {
		var err error
		out, err = loadProtocol(t, meetingID)
		return err
	})
	return out, err
}

func loadProtocol(t Tx, meetingID int64) ([]byte, error) {
	var pdf []byte
	var sum string
	err := t.QueryRow(`SELECT pdf, sha256 FROM protocols WHERE meeting_id = $1`, meetingID).Scan(&pdf, &sum)
	if IsNoRows(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if SHA256Hex(pdf) != sum {
		return nil, model.Errorf(model.EInternal, "protocol_sha_mismatch", meetingID)
	}
	return pdf, nil
}

// SaveProtocol stores p.PDF as the protocol of meeting p.MeetingID, which
// must be signed off; a protocol already kept is only extended
// (model.CheckProtocolSave), as the triggers of migration 0006 also
// insist. The audit row holds the new bytes' SHA-256, their size and the
// number of signatures.
func (s Store) SaveProtocol(ctx context.Context, p model.Protocol) error {
	return s.db.Write(ctx, func(t Tx) error {
		m, err := LoadMeeting(t, p.MeetingID)
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
			err = t.Exec(`INSERT INTO protocols (meeting_id, pdf, sha256, updated_at) VALUES ($1, $2, $3, $4)`,
				m.ID, p.PDF, sum, FmtTime(t.Now()))
		} else {
			err = t.Exec(`UPDATE protocols SET pdf = $1, sha256 = $2, updated_at = $3 WHERE meeting_id = $4`,
				p.PDF, sum, FmtTime(t.Now()), m.ID)
		}
		if err != nil {
			return err
		}
		return t.Audit("meeting.protocol", "meeting", m.ID, Detail{"sha256": sum, "size": len(p.PDF),
			"signatures": p.Signatures})
	})
}

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

func scanRecord(sc Scanner) (storedRecord, error) {
	var r storedRecord
	err := sc.Scan(&r.meetingID, &r.record, &r.fingerprint, &r.auditSeq, &r.auditHash)
	return r, err
}

// MinutesRecord returns what was frozen when meeting meetingID was signed
// off. A meeting not signed off, or signed off before the store froze
// minutes, gives an ENotFound error; a record that is not what it was
// (its fingerprint, or its text, changed) gives an EInternal error with
// the key minutes_record_mismatch.
func (s Store) MinutesRecord(ctx context.Context, meetingID int64) (out model.MinutesRecord, err error) {
	err = s.db.ReadEach(ctx, func(t Tx) error {
		r, err := scanRecord(t.QueryRow(`SELECT `+recordCols+` FROM minutes_records WHERE meeting_id = $1`, meetingID))
		if IsNoRows(err) {
			return NotFound("minutes", meetingID)
		}
		if err != nil {
			return err
		}
		f, err := model.ParseFrozenMinutes([]byte(r.record))
		if err != nil || SHA256Hex([]byte(r.record)) != r.fingerprint || f.MinutesFingerprint() != r.fingerprint {
			return model.Wrap(err, "minutes_record_mismatch", meetingID)
		}
		out = model.MinutesRecord{Minutes: f, Fingerprint: r.fingerprint, AuditSeq: r.auditSeq, AuditHash: r.auditHash}
		return nil
	})
	return out, err
}
