package identity

import (
	"crypto/rand"
	"crypto/x509"
	"math/big"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// CAValidYears is how many years an organisation's authority made by
// NewCA is valid; IssuedValidYears how many years a member identity it
// issues is (never beyond the authority's own end).
const (
	CAValidYears     = 10
	IssuedValidYears = 3
)

// NewCA makes a certificate authority for an organisation that has none:
// a new ECDSA P-256 key and a self-signed CA certificate
// (CN="org Styrgrupp CA", O=org) that may sign member certificates and
// revocation lists and no other authority's (path length 0), valid for
// ten years from now.
func NewCA(org string, now time.Time) (*Identity, error) {
	org = clean(org)
	if org == "" {
		return nil, model.FieldError("org", "identity_org_required")
	}
	subject, err := subjectOf(org+" Styrgrupp CA", org)
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{
		Subject:               subject,
		NotBefore:             now.Add(-clockSkew).UTC().Truncate(time.Second),
		NotAfter:              now.AddDate(CAValidYears, 0, 0).UTC().Truncate(time.Second),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
		BasicConstraintsValid: true,
		IsCA:                  true,
		MaxPathLenZero:        true,
	}
	return create(tmpl, nil)
}

// IsCA tells whether the identity's certificate is an authority's that may
// sign certificates.
func (id *Identity) IsCA() bool {
	c := id.Certificate
	return c.BasicConstraintsValid && c.IsCA && c.KeyUsage&x509.KeyUsageCertSign != 0
}

// Issue makes a member identity signed by the authority ca: a new ECDSA
// P-256 key and a certificate for name in the authority's organisation,
// for signing documents, valid for three years from now or until the
// authority's own certificate ends, whichever comes first. The identity
// carries the authority's certificate (and its issuers) as its chain.
func (ca *Identity) Issue(name string, now time.Time) (*Identity, error) {
	if !ca.IsCA() {
		return nil, model.Errorf(model.EInvalid, "identity_not_ca", ca.Name())
	}
	if !ca.ValidAt(now) {
		return nil, model.Errorf(model.EInvalid, "identity_ca_expired", ca.Name(),
			ca.Certificate.NotAfter.Format(time.DateOnly))
	}
	var org string
	if len(ca.Certificate.Subject.Organization) > 0 {
		org = ca.Certificate.Subject.Organization[0]
	}
	subject, err := subjectOf(name, org)
	if err != nil {
		return nil, err
	}
	end := now.AddDate(IssuedValidYears, 0, 0)
	if end.After(ca.Certificate.NotAfter) {
		end = ca.Certificate.NotAfter
	}
	tmpl := signerTemplate(subject, now, end)
	tmpl.AuthorityKeyId = ca.Certificate.SubjectKeyId
	return create(tmpl, ca)
}

// RevocationList makes a revocation list (CRL) signed by the authority
// ca that revokes the certificates given, as of now, valid for a year;
// number is the list's sequence number, larger than any list before it.
func (ca *Identity) RevocationList(revoked []*x509.Certificate, number int64, now time.Time) ([]byte, error) {
	if !ca.IsCA() {
		return nil, model.Errorf(model.EInvalid, "identity_not_ca", ca.Name())
	}
	tmpl := &x509.RevocationList{
		Number:     big.NewInt(number),
		ThisUpdate: now.UTC().Truncate(time.Second),
		NextUpdate: now.AddDate(1, 0, 0).UTC().Truncate(time.Second),
	}
	for _, c := range revoked {
		tmpl.RevokedCertificateEntries = append(tmpl.RevokedCertificateEntries,
			x509.RevocationListEntry{SerialNumber: c.SerialNumber, RevocationTime: tmpl.ThisUpdate})
	}
	der, err := x509.CreateRevocationList(rand.Reader, tmpl, ca.Certificate, ca.Signer)
	if err != nil {
		return nil, model.Wrap(err, "internal")
	}
	return der, nil
}
