package identity

import (
	"bytes"
	"crypto/x509"
	"encoding/asn1"
	"errors"
	"slices"

	"github.com/styrgrupp/styrgrupp/model"
)

// CheckChain is the one rule on a signer's certificates: every certificate
// from c up to a self-signed root must bear a valid signature, a
// self-signed one by its own key and any other by its issuer's, whose
// certificate must be among carried. A certificate changed after it was
// made (its name patched, say) fails this, as does a chain that stops
// short of its root, since then nothing vouches for the last certificate.
//
// It returns the issuer path, c's issuer first and the root last (empty
// when c is self-signed), and an error with the key
// "identity_cert_forged", "identity_cert_forged_issuer",
// "identity_cert_malformed" or "identity_issuer_missing" naming the
// certificate at fault (see IsBrokenChain). On error the path holds the
// certificates checked so far.
func CheckChain(c *x509.Certificate, carried []*x509.Certificate) ([]*x509.Certificate, error) {
	var path []*x509.Certificate
	cur := c
	for {
		if !wellFormed(cur) {
			return path, model.Errorf(model.EInvalid, "identity_cert_malformed", certName(cur))
		}
		if string(cur.RawIssuer) == string(cur.RawSubject) {
			if !IsSelfSigned(cur) {
				return path, model.Errorf(model.EInvalid, "identity_cert_forged", certName(cur))
			}
			return path, nil
		}
		next, named := issuerOf(cur, carried, path)
		switch {
		case next != nil:
			path = append(path, next)
			cur = next
		case named != nil:
			return path, model.Errorf(model.EInvalid, "identity_cert_forged_issuer", certName(cur), certName(named))
		default:
			return path, model.Errorf(model.EInvalid, "identity_issuer_missing", certName(cur), cur.Issuer.CommonName)
		}
	}
}

// wellFormed tells whether c's DER holds its three parts (the signed
// part, the algorithm and the signature) and nothing else. x509 accepts
// bytes after the signature, which the signature does not cover, so
// without this check one certificate could be given many fingerprints.
func wellFormed(c *x509.Certificate) bool {
	var outer asn1.RawValue
	if rest, err := asn1.Unmarshal(c.Raw, &outer); err != nil || len(rest) > 0 {
		return false
	}
	in := outer.Bytes
	var parts [3]asn1.RawValue
	for i := range parts {
		var err error
		if in, err = asn1.Unmarshal(in, &parts[i]); err != nil {
			return false
		}
	}
	return len(in) == 0 && bytes.Equal(parts[0].FullBytes, c.RawTBSCertificate)
}

// issuerOf returns the certificate in cs, not yet in used, whose key
// verifies c's signature; failing that, named is one that bears the name
// of c's issuer but does not verify it.
func issuerOf(c *x509.Certificate, cs, used []*x509.Certificate) (issuer, named *x509.Certificate) {
	for _, p := range cs {
		if string(p.RawSubject) != string(c.RawIssuer) || slices.ContainsFunc(used, p.Equal) {
			continue
		}
		if c.CheckSignatureFrom(p) == nil {
			return p, nil
		}
		named = p
	}
	return nil, named
}

// certName names a certificate by its subject's common name, or by the
// whole subject when it has none.
func certName(c *x509.Certificate) string {
	if c.Subject.CommonName != "" {
		return c.Subject.CommonName
	}
	return c.Subject.String()
}

// IsBrokenChain tells whether err is CheckChain's: a certificate whose
// signature does not verify, or whose issuer is missing.
func IsBrokenChain(err error) bool {
	var e *model.Error
	return errors.As(err, &e) && brokenChainKeys[e.Key]
}

var brokenChainKeys = map[string]bool{"identity_cert_forged": true, "identity_cert_forged_issuer": true, "identity_issuer_missing": true, "identity_cert_malformed": true}
