package identity_test

import (
	"bytes"
	"crypto/x509"
	"encoding/asn1"
	"testing"
	"time"

	pkcs12 "software.sslmate.com/src/go-pkcs12"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
)

// patchName returns c with the last occurrence of name in its DER (the
// subject's, which follows the issuer's) changed to to, of the same
// length: the certificate as someone might patch it after it was made.
func patchName(t *testing.T, c *x509.Certificate, name, to string) *x509.Certificate {
	t.Helper()
	der := bytes.Clone(c.Raw)
	i := bytes.LastIndex(der, []byte(name))
	if i < 0 || len(name) != len(to) {
		t.Fatalf("no %q in the certificate", name)
	}
	copy(der[i:], to)
	out, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// patchExpiry returns c with the year it expires a year later, its name
// and key left as they were.
func patchExpiry(t *testing.T, c *x509.Certificate) *x509.Certificate {
	t.Helper()
	return patchName(t, c, c.NotAfter.UTC().Format("060102150405Z"), c.NotAfter.UTC().AddDate(1, 0, 0).Format("060102150405Z"))
}

// padded returns c with a NULL after its signature, inside its outer
// SEQUENCE, which x509 accepts and the signature does not cover.
func padded(t *testing.T, c *x509.Certificate) *x509.Certificate {
	t.Helper()
	var outer asn1.RawValue
	if _, err := asn1.Unmarshal(c.Raw, &outer); err != nil {
		t.Fatal(err)
	}
	der, err := asn1.Marshal(asn1.RawValue{Tag: asn1.TagSequence, IsCompound: true, Bytes: append(bytes.Clone(outer.Bytes), 0x05, 0x00)})
	if err != nil {
		t.Fatal(err)
	}
	out, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func errKey(err error) string {
	if e, ok := err.(*model.Error); ok {
		return e.Key
	}
	return ""
}

func TestCheckChain(t *testing.T) {
	self, err := identity.New("Anna Andersson", "Storstad", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	org := signingtest.NewOrg(t, "Cecilia Chef")
	full := []*x509.Certificate{org.Root, org.Intermediate}
	for _, c := range []struct {
		name    string
		cert    *x509.Certificate
		carried []*x509.Certificate
		key     string
		path    int
	}{
		{"self-signed", self.Certificate, nil, "", 0},
		{"self-signed, subject patched", patchName(t, self.Certificate, "Anna Andersson", "Anna Bndersson"), nil, "identity_issuer_missing", 0},
		{"self-signed, subject and issuer patched", patchName(t, patchName(t, self.Certificate, "Anna Andersson", "Anna Bndersson"), "Anna Andersson", "Anna Bndersson"), nil, "identity_cert_forged", 0},
		{"self-signed, bytes after the signature", padded(t, self.Certificate), nil, "identity_cert_malformed", 0},
		{"issued, whole chain", org.Leaf, full, "", 2},
		{"issued, bytes after the root's signature", org.Leaf, []*x509.Certificate{padded(t, org.Root), org.Intermediate}, "identity_cert_malformed", 2},
		{"issued, the chain's order does not matter", org.Leaf, []*x509.Certificate{org.Intermediate, org.Root}, "", 2},
		{"issued, leaf patched", patchName(t, org.Leaf, "Cecilia Chef", "Cecilia Chof"), full, "identity_cert_forged_issuer", 0},
		{"issued, intermediate's name patched", org.Leaf, []*x509.Certificate{org.Root, patchName(t, org.Intermediate, "Storstads kommun", "Storstads kommuN")}, "identity_issuer_missing", 0},
		{"issued, intermediate's expiry patched", org.Leaf, []*x509.Certificate{org.Root, patchExpiry(t, org.Intermediate)}, "identity_cert_forged_issuer", 1},
		{"issued, root's expiry patched", org.Leaf, []*x509.Certificate{patchExpiry(t, org.Root), org.Intermediate}, "identity_cert_forged", 2},
		{"issued, no chain", org.Leaf, nil, "identity_issuer_missing", 0},
		{"issued, no root", org.Leaf, []*x509.Certificate{org.Intermediate}, "identity_issuer_missing", 1},
		{"issued, by another authority of the same name", org.Leaf, []*x509.Certificate{signingtest.NewOrg(t, "X").Intermediate, org.Root}, "identity_cert_forged_issuer", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			path, err := identity.CheckChain(c.cert, c.carried)
			if errKey(err) != c.key || len(path) != c.path {
				t.Errorf("CheckChain = %d certificates, %v; want %d, %q", len(path), err, c.path, c.key)
			}
			if c.key != "" && !identity.IsBrokenChain(err) {
				t.Errorf("IsBrokenChain(%v) = false", err)
			}
		})
	}
}

// An organisation's .p12 whose chain stops short of the root, or whose
// certificate does not verify, is refused at load: signatures made with
// it would not verify.
func TestBrokenChainIsRefusedAtLoad(t *testing.T) {
	org := signingtest.NewOrg(t, "Cecilia Chef")
	for name, chain := range map[string][]*x509.Certificate{
		"no chain": nil,
		"no root":  {org.Intermediate},
	} {
		data, err := pkcs12.Modern.Encode(org.LeafKey, org.Leaf, chain, "lösen")
		if err != nil {
			t.Fatal(err)
		}
		_, err = identity.Decode(data, "lösen")
		if errKey(err) != "identity_issuer_missing" {
			t.Errorf("%s: Decode = %v", name, err)
		}
	}
}
