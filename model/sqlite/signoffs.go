package sqlite

import (
	"context"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// SignOff records the chair's or the adjuster's sign-off of the minutes,
// at s.SignedAt or, when that is zero, now, which is not before the
// meeting's end (model.Meeting.CheckSignOffTime). The second of the two signs the
// meeting off: from then on triggers refuse any change to the meeting, its
// attendees, items, decisions and the revisions they name, and proposals
// whose decision there is final are locked.
func (s *Store) SignOff(ctx context.Context, so model.SignOff) (out model.Meeting, err error) {
	err = s.write(ctx, func(t *tx) error {
		m, err := sqlstore.LoadMeeting(t, so.MeetingID)
		if err != nil {
			return err
		}
		if err := m.CanSignOff(so.MemberID, so.Role); err != nil {
			return err
		}
		if err := m.CheckSigner(so.Signer); err != nil {
			return err
		}
		at := so.SignedAt
		if at.IsZero() {
			at = t.now
		}
		if err := m.CheckSignOffTime(at); err != nil {
			return err
		}
		so.Signer = strings.TrimSpace(so.Signer)
		if so.CertSHA256, err = model.CleanCertSHA256(so.CertSHA256); err != nil {
			return err
		}
		if _, err := t.exec(`INSERT INTO sign_offs (meeting_id, role, member_id, signed_at, signer, cert_sha256) VALUES (?, ?, ?, ?, ?, ?)`,
			m.ID, string(so.Role), so.MemberID, sqlstore.FmtTime(at), so.Signer, so.CertSHA256); err != nil {
			return err
		}
		if err := t.audit("meeting.sign_off", "meeting", m.ID, sqlstore.Detail{"role": so.Role, "member_id": so.MemberID,
			"signed_at": sqlstore.FmtTime(at), "signer": so.Signer, "cert_sha256": so.CertSHA256}); err != nil {
			return err
		}
		so.SignedAt = at
		m.SignOffs = append(m.SignOffs, so)
		if m.SignedOff() {
			if err := signOffMeeting(t, m, at); err != nil {
				return err
			}
		}
		out, err = sqlstore.LoadMeeting(t, m.ID)
		return err
	})
	return out, err
}

// signOffMeeting freezes the meeting into its minutes record, writes the
// audit row for the locking with the minutes fingerprint, the record, and
// then, as the last write, the meeting's signed_off_at, which the triggers
// check.
func signOffMeeting(t *tx, m model.Meeting, at time.Time) error {
	frozen, err := sqlstore.FreezeMeeting(t, m.ID)
	if err != nil {
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
	if err := t.audit("meeting.signed_off", "meeting", m.ID, sqlstore.Detail{"sections": []int{first, last},
		"locked_proposals": locked, "signed_off_at": sqlstore.FmtTime(at), "minutes_fingerprint": fp}); err != nil {
		return err
	}
	if _, err := t.exec(`INSERT INTO minutes_records (meeting_id, record, fingerprint, audit_seq, audit_hash) VALUES (?, ?, ?, ?, ?)`,
		m.ID, string(frozen.Canonical()), fp, t.head.seq, t.head.hash); err != nil {
		return err
	}
	_, err = t.exec(`UPDATE meetings SET signed_off_at = ? WHERE id = ?`, sqlstore.FmtTime(at), m.ID)
	return err
}
