// Package identity holds signing identities: a private key with its X.509
// certificate (and the certificate's issuers, when an organisation hands
// out a .p12 from its own authority). Styrgrupp makes self-signed
// identities for groups that have none, and keeps every identity in a
// passphrase-protected PKCS#12 file of the signer's own. Private keys never
// enter the store.
package identity

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"math/big"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// ValidYears is how many years a certificate made by New is valid.
const ValidYears = 5

// clockSkew backdates a new certificate a little, so that a verifier whose
// clock runs slow does not find it not yet valid.
const clockSkew = time.Hour

// oidDocumentSigning is the extended key usage for signing documents
// (RFC 9336), which pdfsign's verifier asks for. New certificates carry it
// beside e-mail protection, which NSS (and so poppler's pdfsig) and Adobe
// Reader accept for signers.
var oidDocumentSigning = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 3, 36}

// Identity is a signer: a key and the certificate that names its holder.
type Identity struct {
	// Signer signs with the private key; it is an *ecdsa.PrivateKey or an
	// *rsa.PrivateKey.
	Signer crypto.Signer
	// Certificate is the signer's own certificate, whose public key is
	// Signer's.
	Certificate *x509.Certificate
	// Chain holds the certificates above Certificate, the issuer first and
	// each next one the issuer of the one before, then any other
	// certificates the file carried. Empty for a self-signed identity.
	Chain []*x509.Certificate
}

// New makes a signing identity for name at org: a new ECDSA P-256 key and
// a self-signed certificate (CN=name, O=org) for signing documents, valid
// for five years from now.
func New(name, org string, now time.Time) (*Identity, error) {
	subject, err := subjectOf(name, org)
	if err != nil {
		return nil, err
	}
	tmpl := signerTemplate(subject, now, now.AddDate(ValidYears, 0, 0))
	return create(tmpl, nil)
}

// subjectOf is the certificate subject CN=name, O=org (without O when org
// is empty), each cleaned; a name that is empty or holds control
// characters is refused.
func subjectOf(name, org string) (pkix.Name, error) {
	name, org = clean(name), clean(org)
	if name == "" {
		return pkix.Name{}, model.FieldError("name", "identity_name_required")
	}
	for _, s := range []string{name, org} {
		if p := model.Printable(s); p != s {
			return pkix.Name{}, model.FieldError("name", "identity_name_control", p)
		}
	}
	subject := pkix.Name{CommonName: name}
	if org != "" {
		subject.Organization = []string{org}
	}
	return subject, nil
}

// signerTemplate is the certificate of a document signer named subject,
// valid from a little before now until notAfter: digital signature and
// non-repudiation, for e-mail protection and document signing.
func signerTemplate(subject pkix.Name, now, notAfter time.Time) *x509.Certificate {
	return &x509.Certificate{
		Subject:               subject,
		NotBefore:             now.Add(-clockSkew).UTC().Truncate(time.Second),
		NotAfter:              notAfter.UTC().Truncate(time.Second),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageEmailProtection},
		UnknownExtKeyUsage:    []asn1.ObjectIdentifier{oidDocumentSigning},
		BasicConstraintsValid: true,
	}
}

// create makes a new ECDSA P-256 key and the certificate tmpl for it,
// signed by issuer (self-signed when issuer is nil), with a random serial
// number and the key's identifier.
func create(tmpl *x509.Certificate, issuer *Identity) (*Identity, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, model.Wrap(err, "internal")
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
	if err != nil {
		return nil, model.Wrap(err, "internal")
	}
	spki, err := x509.MarshalPKIXPublicKey(key.Public())
	if err != nil {
		return nil, model.Wrap(err, "internal")
	}
	ski := sha256.Sum256(spki)
	tmpl.SerialNumber = serial.Add(serial, big.NewInt(1))
	tmpl.SubjectKeyId = ski[:20]
	parent, signer := tmpl, crypto.Signer(key)
	var chain []*x509.Certificate
	if issuer != nil {
		parent, signer = issuer.Certificate, issuer.Signer
		chain = append([]*x509.Certificate{issuer.Certificate}, issuer.IssuerPath()...)
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, key.Public(), signer)
	if err != nil {
		return nil, model.Wrap(err, "internal")
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, model.Wrap(err, "internal")
	}
	return &Identity{Signer: key, Certificate: cert, Chain: chain}, nil
}

// clean trims s and turns runs of white space, line breaks included, into
// single spaces, since a name in a certificate is one line.
func clean(s string) string {
	return model.NFC(strings.Join(strings.Fields(s), " "))
}

// Name is the signer's name: the certificate's common name.
func (id *Identity) Name() string { return id.Certificate.Subject.CommonName }

// Org is the signer's organisation: the certificate's organisations, joined
// with ", "; empty when it names none.
func (id *Identity) Org() string { return strings.Join(id.Certificate.Subject.Organization, ", ") }

// Fingerprint is the SHA-256 of the certificate (DER), in lower-case hex.
func (id *Identity) Fingerprint() string { return Fingerprint(id.Certificate) }

// Fingerprint returns the SHA-256 of a certificate's DER encoding in
// lower-case hex, as `openssl x509 -fingerprint -sha256` shows it without
// the colons.
func Fingerprint(c *x509.Certificate) string {
	sum := sha256.Sum256(c.Raw)
	return hex.EncodeToString(sum[:])
}

// SelfSigned tells whether the certificate is its own issuer, as the ones
// New makes are. Verifiers show such a signer as of unknown issuer.
func (id *Identity) SelfSigned() bool { return IsSelfSigned(id.Certificate) }

// IsSelfSigned tells whether c names itself as its issuer and its own key
// verifies its signature. (x509's CheckSignatureFrom would refuse a
// self-signed certificate that is not a CA's.)
func IsSelfSigned(c *x509.Certificate) bool {
	return string(c.RawIssuer) == string(c.RawSubject) &&
		c.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature) == nil
}

// IssuerPath returns the part of Chain that certifies Certificate: its
// issuer, that one's issuer and so on, each checked against the one below
// (see CheckChain). A signature carries these along so a verifier can
// check the path.
func (id *Identity) IssuerPath() []*x509.Certificate {
	path, _ := CheckChain(id.Certificate, id.Chain)
	return path
}

// ValidAt tells whether the certificate is valid at t.
func (id *Identity) ValidAt(t time.Time) bool {
	return !t.Before(id.Certificate.NotBefore) && !t.After(id.Certificate.NotAfter)
}
