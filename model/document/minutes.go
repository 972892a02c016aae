package document

import (
	"errors"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/signing"
)

// minutes compares a meeting document's minutes fingerprint and audit row
// with what the store froze at the meeting's sign-off, and returns the
// frozen record (nil when there is none). A document of a meeting not
// signed off must carry none.
func (c *check) minutes(m pdf.Manifest) (*model.MinutesRecord, error) {
	if c.meeting == nil || (m.Kind != pdf.KindMinutes && m.Kind != pdf.KindExtract) {
		return nil, nil
	}
	if !c.meeting.SignedOff() {
		if m.MinutesFingerprint != "" {
			c.mismatch("verify_not_signed_off", m.MinutesFingerprint, m.MeetingID)
		}
		return nil, nil
	}
	rec, err := c.s.MinutesRecord(c.ctx, m.MeetingID)
	var bad *model.Error
	switch {
	case model.ErrorCode(err) == model.ENotFound:
		c.note("verify_minutes_not_frozen")
		return nil, nil
	case errors.As(err, &bad) && bad.Key == "minutes_record_mismatch":
		c.mismatch("verify_frozen_mismatch")
		return nil, nil
	case err != nil:
		return nil, err
	}
	switch {
	case m.MinutesFingerprint == "":
		c.mismatch("verify_minutes_fp_missing", rec.Fingerprint)
	case m.MinutesFingerprint != rec.Fingerprint:
		c.mismatch("verify_minutes_fp", m.MinutesFingerprint, rec.Fingerprint)
	default:
		c.note("verify_minutes_fp_matches", rec.Fingerprint)
	}
	if m.MinutesFingerprint != "" && (m.AuditSeq != rec.AuditSeq || m.AuditHash != rec.AuditHash) {
		c.mismatch("verify_audit_row", m.AuditSeq, rec.AuditSeq)
	}
	rows, err := c.s.Audit(c.ctx, "meeting", meetingID(m.MeetingID), 0)
	if err != nil {
		return nil, err
	}
	found := false
	for _, e := range rows {
		found = found || (e.Seq == rec.AuditSeq && e.Hash == rec.AuditHash)
	}
	if !found {
		c.mismatch("verify_audit_missing", rec.AuditSeq)
	}
	return &rec, nil
}

// signOffs reports, for each sign-off of the meeting in the store,
// whether the minutes carry a valid signature made with the certificate
// recorded at that sign-off. A sign-off without a recorded certificate
// (made before it was recorded, or without an identity) is said so and
// not counted against the file.
func (c *check) signOffs(r signing.Report, rec *model.MinutesRecord) error {
	names := map[int64]model.Member{}
	if rec != nil {
		names = rec.Minutes.MemberMap()
	}
	for _, so := range c.meeting.SignOffs {
		name := names[so.MemberID].Name
		if name == "" {
			mb, err := c.s.Member(c.ctx, so.MemberID)
			if err != nil && model.ErrorCode(err) != model.ENotFound {
				return err
			}
			name = mb.Name
		}
		who := roleOf{so.Role, name}
		if so.CertSHA256 == "" {
			c.note("verify_signoff_no_cert", who)
			continue
		}
		if sig, ok := signedWith(r, so.CertSHA256); ok {
			c.note("verify_signoff_signed", who, signer{sig}, so.CertSHA256)
			continue
		}
		c.mismatch("verify_signoff_unsigned", who, so.CertSHA256, otherSigners{r})
	}
	return nil
}

// roleOf names a sign-off by its role and who made it: "justeringen av
// ordförande (Anna Lindqvist)".
type roleOf struct {
	role model.Role
	name string
}

func (s roleOf) in(l model.Language) string {
	return text(l, "verify_signoff", strings.ToLower(s.role.Label(l)), s.name)
}

// signer names a signature's signer in the message's language.
type signer struct{ signing.Signature }

func (s signer) in(l model.Language) string { return SignerName(s.Signature, l) }

// otherSigners names, for a message, the certificates that did sign.
type otherSigners struct{ r signing.Report }

func (o otherSigners) in(l model.Language) string {
	var others []string
	for _, s := range o.r.Signatures {
		if s.Certificate != nil {
			others = append(others, text(l, "verify_signer", SignerName(s, l), model.ShortFingerprint(s.Fingerprint)))
		}
	}
	if len(others) == 0 {
		return text(l, "verify_no_signatures")
	}
	return text(l, "verify_signed_by", strings.Join(others, "; "))
}

// signedWith returns the valid signature made with the certificate whose
// SHA-256 is certSHA256.
func signedWith(r signing.Report, certSHA256 string) (signing.Signature, bool) {
	for _, s := range r.Signatures {
		if s.OK() && s.Certificate != nil && strings.EqualFold(s.Fingerprint, certSHA256) {
			return s, true
		}
	}
	return signing.Signature{}, false
}
