package identity_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model/identity"
)

// trustOf is the trust of the given authorities and revocation lists, in
// that order.
func trustOf(t *testing.T, files ...[]byte) identity.Trust {
	t.Helper()
	var tr identity.Trust
	for _, f := range files {
		a, err := identity.ParseAnchor(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := tr.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	return tr
}

func pemOf(c *x509.Certificate) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})
}

// itChain makes what an IT department's authority hands out: a root that
// may have authorities under it, an intermediate it signed, and a member
// certificate (RSA or ECDSA alike; ECDSA here) the intermediate issued.
func itChain(t *testing.T) (root, mid *identity.Identity, member *identity.Identity) {
	t.Helper()
	mk := func(tmpl *x509.Certificate, parent *identity.Identity) *identity.Identity {
		key, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		p, signer := tmpl, any(key)
		if parent != nil {
			p, signer = parent.Certificate, parent.Signer
		}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, p, key.Public(), signer)
		if err != nil {
			t.Fatal(err)
		}
		c, err := x509.ParseCertificate(der)
		if err != nil {
			t.Fatal(err)
		}
		id := &identity.Identity{Signer: key, Certificate: c}
		if parent != nil {
			id.Chain = append([]*x509.Certificate{parent.Certificate}, parent.Chain...)
		}
		return id
	}
	ca := func(serial int64, name string) *x509.Certificate {
		return &x509.Certificate{SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: name},
			NotBefore: caNow.AddDate(-1, 0, 0), NotAfter: caNow.AddDate(5, 0, 0), IsCA: true, BasicConstraintsValid: true,
			KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign}
	}
	root = mk(ca(1, "Kommunens rot-CA"), nil)
	mid = mk(ca(2, "Kommunens signerings-CA"), root)
	member = mk(&x509.Certificate{SerialNumber: big.NewInt(3), Subject: pkix.Name{CommonName: "Cecilia Öberg"},
		NotBefore: caNow.AddDate(0, -1, 0), NotAfter: caNow.AddDate(2, 0, 0),
		KeyUsage: x509.KeyUsageDigitalSignature}, mid)
	return root, mid, member
}

func TestTrustChecks(t *testing.T) {
	ca, err := identity.NewCA("Bollnäs kommun", caNow)
	if err != nil {
		t.Fatal(err)
	}
	member, err := ca.Issue("Anna Lindqvist", caNow)
	if err != nil {
		t.Fatal(err)
	}
	other, _ := identity.NewCA("Grannkommunen", caNow)
	stranger, _ := other.Issue("Anna Lindqvist", caNow)
	self, _ := identity.New("Anna Lindqvist", "Bollnäs kommun", caNow)
	revokedOne, _ := ca.Issue("Bo Ek", caNow)
	crl, err := ca.RevocationList([]*x509.Certificate{revokedOne.Certificate}, 1, caNow.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	root, _, itMember := itChain(t)

	tr := trustOf(t, pemOf(ca.Certificate), crl, pemOf(root.Certificate))
	ok := func(id *identity.Identity, at time.Time) error { return tr.Check(id.Certificate, id.Chain, at) }
	for name, err := range map[string]error{
		"issued by the group's CA":        ok(member, caNow.Add(time.Hour)),
		"two levels under IT's root":      ok(itMember, caNow),
		"revocation of another is no bar": ok(member, caNow.AddDate(1, 0, 0)),
	} {
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	for _, tc := range []struct {
		name string
		err  error
		key  string
	}{
		{"another CA", ok(stranger, caNow), "trust_unknown_issuer"},
		{"self-signed", ok(self, caNow), "trust_unknown_issuer"},
		{"expired", ok(member, caNow.AddDate(4, 0, 0)), "trust_not_valid_at"},
		{"not yet valid", ok(member, caNow.AddDate(0, 0, -2)), "trust_not_valid_at"},
		{"revoked", ok(revokedOne, caNow.Add(2*time.Hour)), "trust_revoked"},
		{"revoked, signed before the revocation", ok(revokedOne, caNow), "trust_revoked"},
		{"chain not carried", tr.Check(itMember.Certificate, nil, caNow), "trust_unknown_issuer"},
		{"no trust at all", identity.Trust{}.Check(member.Certificate, member.Chain, caNow), "trust_none"},
	} {
		if tc.err == nil {
			t.Errorf("%s: trusted", tc.name)
			continue
		}
		assertKey(t, tc.err, tc.key)
	}
}

func TestParseAnchorRefusals(t *testing.T) {
	member, _ := identity.New("Anna", "", caNow)
	_, err := identity.ParseAnchor(pemOf(member.Certificate))
	assertKey(t, err, "trust_not_ca")
	_, err = identity.ParseAnchor([]byte("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n"))
	assertKey(t, err, "trust_not_anchor")
	_, err = identity.ParseAnchor([]byte("hej"))
	assertKey(t, err, "trust_not_anchor")

	ca, _ := identity.NewCA("Kommunen", caNow)
	crl, _ := ca.RevocationList(nil, 1, caNow)
	a, err := identity.ParseAnchor(crl)
	if err != nil || a.Kind != identity.AnchorCRL || a.Name != "Kommunen Styrgrupp CA" {
		t.Fatalf("CRL anchor %+v %v", a, err)
	}
	var tr identity.Trust
	assertKey(t, tr.Add(a), "trust_crl_unsigned")
	_, err = member.RevocationList(nil, 1, caNow)
	assertKey(t, err, "identity_not_ca")
}
