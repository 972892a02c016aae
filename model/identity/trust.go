package identity

import (
	"crypto/x509"
	"encoding/pem"
	"errors"
	"slices"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// Trust is what the group trusts: the certificates of the authorities
// whose members' signatures it accepts, and the revocation lists those
// authorities publish. The zero Trust trusts no one and is not
// configured: then signatures are only checked to be valid.
type Trust struct {
	Roots []*x509.Certificate
	CRLs  []*x509.RevocationList
}

// Configured tells whether the group trusts any authority.
func (t Trust) Configured() bool { return len(t.Roots) > 0 }

// AnchorKind is what a trusted file holds.
type AnchorKind string

// The kinds of trusted files.
const (
	AnchorCA  AnchorKind = "ca"  // an authority's certificate
	AnchorCRL AnchorKind = "crl" // a certificate revocation list
)

// Anchor is one file the group trusts, parsed.
type Anchor struct {
	Kind AnchorKind
	Name string // the authority's name (the CRL's issuer's)
	DER  []byte
	Cert *x509.Certificate    // for AnchorCA
	CRL  *x509.RevocationList // for AnchorCRL
}

// ParseAnchor reads an authority's certificate or a revocation list, PEM or
// DER. A certificate must be an authority's (CA:TRUE, allowed to sign
// certificates); anything else is refused with trust_not_anchor.
func ParseAnchor(data []byte) (Anchor, error) {
	der := data
	if b, _ := pem.Decode(data); b != nil {
		der = b.Bytes
	}
	if c, err := x509.ParseCertificate(der); err == nil {
		if !(&Identity{Certificate: c}).IsCA() {
			return Anchor{}, model.Errorf(model.EInvalid, "trust_not_ca", certName(c))
		}
		if !wellFormed(c) {
			return Anchor{}, model.Errorf(model.EInvalid, "identity_cert_malformed", certName(c))
		}
		return Anchor{Kind: AnchorCA, Name: certName(c), DER: c.Raw, Cert: c}, nil
	}
	if l, err := x509.ParseRevocationList(der); err == nil {
		name := l.Issuer.CommonName
		if name == "" {
			name = l.Issuer.String()
		}
		return Anchor{Kind: AnchorCRL, Name: name, DER: l.Raw, CRL: l}, nil
	}
	return Anchor{}, model.Errorf(model.EInvalid, "trust_not_anchor")
}

// Add adds a parsed anchor to t. A revocation list counts only when one
// of t's authorities (added before it) signed it; else trust_crl_unsigned.
func (t *Trust) Add(a Anchor) error {
	switch a.Kind {
	case AnchorCA:
		t.Roots = append(t.Roots, a.Cert)
	case AnchorCRL:
		if !slices.ContainsFunc(t.Roots, func(c *x509.Certificate) bool { return a.CRL.CheckSignatureFrom(c) == nil }) {
			return model.Errorf(model.EInvalid, "trust_crl_unsigned", a.Name)
		}
		t.CRLs = append(t.CRLs, a.CRL)
	}
	return nil
}

// Check tells whether a signer's certificate, with the certificates its
// signature carries, is trusted for a signature made at at: it chains to
// one of t's authorities, every certificate of the chain was valid at at,
// its key may sign documents (digital signature or non-repudiation), and
// no revocation list of t revokes any certificate of the chain. A
// revocation counts whenever it was made: the signing time is the
// signer's own clock, which a holder of a revoked key could set back. The error says why not: trust_none, trust_unknown_issuer,
// trust_not_valid_at, trust_key_usage or trust_revoked.
func (t Trust) Check(c *x509.Certificate, carried []*x509.Certificate, at time.Time) error {
	if !t.Configured() {
		return model.Errorf(model.EState, "trust_none")
	}
	if c.KeyUsage != 0 && c.KeyUsage&(x509.KeyUsageDigitalSignature|x509.KeyUsageContentCommitment) == 0 {
		return model.Errorf(model.EInvalid, "trust_key_usage", certName(c))
	}
	roots, mids := x509.NewCertPool(), x509.NewCertPool()
	for _, r := range t.Roots {
		roots.AddCert(r)
	}
	for _, m := range carried {
		mids.AddCert(m)
	}
	opts := x509.VerifyOptions{Roots: roots, Intermediates: mids, CurrentTime: at,
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}}
	chains, err := c.Verify(opts)
	if err != nil {
		var inv x509.CertificateInvalidError
		if errors.As(err, &inv) && inv.Reason == x509.Expired {
			return model.Errorf(model.EInvalid, "trust_not_valid_at", certName(inv.Cert),
				inv.Cert.NotBefore.Format(time.DateOnly), inv.Cert.NotAfter.Format(time.DateOnly), at.Format(time.DateOnly))
		}
		return model.Errorf(model.EInvalid, "trust_unknown_issuer", certName(c), c.Issuer.CommonName)
	}
	for _, chain := range chains {
		if revoked := t.revoked(chain); revoked != nil {
			return revoked
		}
	}
	return nil
}

// revoked returns trust_revoked for the first certificate of chain that a
// revocation list by its issuer lists.
func (t Trust) revoked(chain []*x509.Certificate) error {
	for i := 0; i+1 < len(chain); i++ {
		c, issuer := chain[i], chain[i+1]
		for _, l := range t.CRLs {
			if l.CheckSignatureFrom(issuer) != nil {
				continue
			}
			for _, e := range l.RevokedCertificateEntries {
				if e.SerialNumber.Cmp(c.SerialNumber) == 0 {
					return model.Errorf(model.EInvalid, "trust_revoked", certName(c), e.RevocationTime.Format(time.DateOnly))
				}
			}
		}
	}
	return nil
}
