package document

import (
	"context"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/signing"
)

// Ledger is the part of the store a document is verified against: the
// proposals' revisions, the meetings with their sign-offs and frozen
// minutes, the members, the audit log, and what the documents are made
// from (pdf.Source), to compare their embedded decisions.
type Ledger interface {
	pdf.Source
	Audit(ctx context.Context, entity, entityID string, limit int) ([]model.AuditEntry, error)
}

// Report is what Verify found: the signatures and, when a store was
// given, how the manifest compares with it.
type Report struct {
	Signatures signing.Report
	// Store is nil when the document was not compared with a store.
	Store *StoreCheck
	// Trust is nil when no store was given or the store trusts no
	// authority.
	Trust *TrustCheck
}

// OK tells whether everything held: every signature valid, the last
// covering the whole file and, when compared, every fingerprint matching
// and every signer trusted by a group that trusts an authority.
func (r Report) OK() bool {
	return r.Signatures.OK() && (r.Store == nil || r.Store.OK()) && (r.Trust == nil || r.Trust.OK())
}

// Verdict is the last line of a check: "ok: alla signaturer håller" or
// "KONTROLLEN MISSLYCKADES".
func (r Report) Verdict(l model.Language) string {
	if r.OK() {
		return text(l, "verify_ok")
	}
	return text(l, "verify_failed")
}

// Lines is the whole report in l, as styrgrupp verify prints it: the
// signatures, the comparison with the store and the verdict.
func (r Report) Lines(l model.Language) []string {
	lines := SignatureLines(r.Signatures, l)
	if r.Trust != nil {
		lines = append(lines, r.Trust.Lines(r.Signatures, l)...)
	}
	if r.Store != nil {
		lines = append(lines, r.Store.Lines(l)...)
	}
	return append(lines, r.Verdict(l))
}

// Verify checks the signatures of the PDF doc and, when s is not nil,
// whether the group trusts their signers (CheckTrust) and compares its
// manifest with s (CompareWithStore). A file that is not a
// signed PDF is a model error; an error of the store is returned as it is.
func Verify(ctx context.Context, s Ledger, doc []byte) (Report, error) {
	sigs, err := signing.Verify(doc)
	if err != nil {
		return Report{}, err
	}
	r := Report{Signatures: sigs}
	if s == nil {
		return r, nil
	}
	if r.Trust, err = CheckTrust(ctx, s, sigs); err != nil {
		return Report{}, err
	}
	c, err := CompareWithStore(ctx, s, sigs)
	if err != nil {
		return Report{}, err
	}
	r.Store = &c
	return r, nil
}

// SignatureLines describes in l each signature (who, when, valid or why
// not, how much of the file it covers, its certificate and problems) and
// then whether the whole file is signed.
func SignatureLines(r signing.Report, l model.Language) []string {
	var lines []string
	for i, s := range r.Signatures {
		when := text(l, "verify_no_time")
		if !s.Time.IsZero() {
			when = s.Time.Local().Format("2006-01-02 15:04")
		}
		valid := text(l, "verify_valid")
		switch {
		case s.Altered:
			valid = text(l, "verify_altered")
		case s.CertProblem != nil:
			valid = text(l, "verify_cert_invalid")
		case s.Weak:
			valid = text(l, "verify_weak", s.Key.Label(l))
		case !s.Valid:
			valid = text(l, "verify_invalid")
		}
		covers := text(l, "verify_covers", s.Revision, r.Revisions)
		if !s.CoversRevision {
			covers = text(l, "verify_not_covers")
		}
		lines = append(lines, text(l, "verify_signature", i+1, SignerName(s, l), when, valid, covers))
		if s.Certificate != nil {
			issuer := text(l, "verify_self_signed")
			if !s.SelfSigned {
				issuer = text(l, "verify_issued_by", model.Printable(s.Certificate.Issuer.CommonName))
			}
			lines = append(lines, text(l, "verify_certificate", issuer, s.Fingerprint))
		}
		if s.CertProblem != nil {
			lines = append(lines, text(l, "verify_cert_problem", model.ErrorMessage(s.CertProblem, l)))
		}
		for _, p := range s.Problems {
			lines = append(lines, text(l, "sign_details", model.Printable(strings.Join(strings.Fields(p), " "))))
		}
	}
	switch {
	case r.WhollySigned:
		return append(lines, text(l, "verify_wholly"))
	case len(r.Signatures) > 0 && r.Signatures[len(r.Signatures)-1].OK():
		return append(lines, text(l, "verify_appended", r.Size-r.Signatures[len(r.Signatures)-1].SignedEnd))
	}
	return append(lines, text(l, "verify_last_invalid"))
}

// SignerName is the signer as the certificate names them, with the
// organisation: "Anna Lindqvist (Älvstads kommun)".
func SignerName(s signing.Signature, l model.Language) string {
	name := s.Name
	if name == "" {
		name = text(l, "signer_unknown")
	}
	if s.Org != "" {
		name += " (" + s.Org + ")"
	}
	return model.Printable(name)
}
