package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	pdfdoc "github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/signing"
)

// minutes compares a meeting document's minutes fingerprint and audit row
// with what the store froze at the meeting's sign-off, and returns the
// frozen record (nil when there is none). A document of a meeting not
// signed off must carry none.
func (c *manifestCheck) minutes(m pdfdoc.Manifest) (*model.MinutesRecord, error) {
	if c.meeting == nil || (m.Kind != pdfdoc.KindMinutes && m.Kind != pdfdoc.KindExtract) {
		return nil, nil
	}
	if !c.meeting.SignedOff() {
		if m.MinutesFingerprint != "" {
			c.mismatch("PDF-filen har protokollets fingeravtryck %s, men sammanträde %d är inte justerat i databasen",
				m.MinutesFingerprint, m.MeetingID)
		}
		return nil, nil
	}
	rec, err := c.s.MinutesRecord(c.ctx, m.MeetingID)
	var bad *model.Error
	switch {
	case model.ErrorCode(err) == model.ENotFound:
		c.note("Protokollets fingeravtryck: sammanträdet justerades innan protokollen frystes vid justeringen; det finns inget att jämföra.")
		return nil, nil
	case errors.As(err, &bad) && bad.Key == "minutes_record_mismatch":
		c.mismatch("det frysta protokollet i databasen stämmer inte med sitt fingeravtryck; kör styrgrupp check")
		return nil, nil
	case err != nil:
		return nil, err
	}
	switch {
	case m.MinutesFingerprint == "":
		c.mismatch("PDF-filen saknar protokollets fingeravtryck (den skrevs innan sammanträdet justerades); databasens är %s", rec.Fingerprint)
	case m.MinutesFingerprint != rec.Fingerprint:
		c.mismatch("protokollets fingeravtryck i PDF-filen är %s, i databasen %s", m.MinutesFingerprint, rec.Fingerprint)
	default:
		c.note(fmt.Sprintf("Protokollets fingeravtryck stämmer med databasen: %s", rec.Fingerprint))
	}
	if m.MinutesFingerprint != "" && (m.AuditSeq != rec.AuditSeq || m.AuditHash != rec.AuditHash) {
		c.mismatch("PDF-filen pekar på granskningsloggens rad %d, databasens justering på rad %d", m.AuditSeq, rec.AuditSeq)
	}
	rows, err := c.s.Audit(c.ctx, "meeting", fmt.Sprint(m.MeetingID), 0)
	if err != nil {
		return nil, err
	}
	found := false
	for _, e := range rows {
		found = found || (e.Seq == rec.AuditSeq && e.Hash == rec.AuditHash)
	}
	if !found {
		c.mismatch("granskningsloggen i databasen saknar rad %d, som justeringen pekar på; kör styrgrupp check", rec.AuditSeq)
	}
	return &rec, nil
}

// signOffs reports, for each sign-off of the meeting in the store,
// whether the minutes carry a valid signature made with the certificate
// recorded at that sign-off. A sign-off without a recorded certificate
// (made before it was recorded, or without an identity) is said so and
// not counted against the file.
func (c *manifestCheck) signOffs(r signing.Report, rec *model.MinutesRecord) error {
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
		who := fmt.Sprintf("justeringen av %s (%s)", strings.ToLower(so.Role.Label(model.Swedish)), name)
		if so.CertSHA256 == "" {
			c.note(fmt.Sprintf("Signaturer: %s: inget certifikat registrerades vid justeringen; signaturerna kan inte jämföras med den.", who))
			continue
		}
		if sig, ok := signedWith(r, so.CertSHA256); ok {
			c.note(fmt.Sprintf("Signaturer: %s: signerad av %s med certifikatet som registrerades vid justeringen (SHA-256 %s).",
				who, signerName(sig), so.CertSHA256))
			continue
		}
		c.mismatch("%s: PDF-filen har ingen giltig signatur med certifikatet som registrerades vid justeringen (SHA-256 %s)%s",
			who, so.CertSHA256, otherSigners(r))
	}
	return nil
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

// otherSigners names the certificates that did sign, for the message.
func otherSigners(r signing.Report) string {
	var others []string
	for _, s := range r.Signatures {
		if s.Certificate != nil {
			others = append(others, fmt.Sprintf("%s, SHA-256 %s", signerName(s), model.ShortFingerprint(s.Fingerprint)))
		}
	}
	if len(others) == 0 {
		return "; filen har inga signaturer"
	}
	return "; filen är signerad av: " + strings.Join(others, "; ")
}

// kind checks that the manifest's kind is one Styrgrupp writes and has
// the shape that kind has: minutes and an extract name a meeting, an
// extract one §, a basis one proposal and no meeting. The manifest is not
// signed by the store, so a forger could otherwise relabel full minutes
// as an extract, or as something unknown, to skip the check of who
// signed them.
func (c *manifestCheck) kind(m pdfdoc.Manifest) {
	switch m.Kind {
	case pdfdoc.KindMinutes:
		c.note("Dokument: protokoll")
		if m.MeetingID == 0 {
			c.mismatch("manifestet säger protokoll men nämner inget sammanträde")
		}
	case pdfdoc.KindExtract:
		c.note("Dokument: protokollsutdrag (en paragraf; vem som signerade jämförs inte med justeringen)")
		if m.MeetingID == 0 || len(m.Entries) != 1 {
			c.mismatch("manifestet säger protokollsutdrag men nämner %d paragrafer och sammanträde %d; ett utdrag har en paragraf ur ett sammanträde",
				len(m.Entries), m.MeetingID)
		}
	case pdfdoc.KindBasis:
		c.note("Dokument: beslutsunderlag")
		if m.MeetingID != 0 || m.MinutesFingerprint != "" || len(m.Entries) != 1 {
			c.mismatch("manifestet säger beslutsunderlag men nämner ett sammanträde eller fler än ett förslag")
		}
	default:
		c.mismatch("manifestet har en okänd dokumenttyp %q", string(m.Kind))
	}
}
