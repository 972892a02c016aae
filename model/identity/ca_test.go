package identity_test

import (
	"crypto/x509"
	"encoding/pem"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
)

var caNow = time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)

func TestNewCAAndIssue(t *testing.T) {
	ca, err := identity.NewCA("  Bollnäs   kommun ", caNow)
	if err != nil {
		t.Fatal(err)
	}
	c := ca.Certificate
	if c.Subject.CommonName != "Bollnäs kommun Styrgrupp CA" || c.Subject.Organization[0] != "Bollnäs kommun" ||
		!ca.IsCA() || !c.MaxPathLenZero || c.MaxPathLen != 0 || c.KeyUsage != x509.KeyUsageCertSign|x509.KeyUsageCRLSign ||
		!c.NotAfter.Equal(caNow.AddDate(10, 0, 0)) || !ca.SelfSigned() {
		t.Fatalf("CA certificate %+v", c)
	}
	member, err := ca.Issue("Anna Lindqvist", caNow)
	if err != nil {
		t.Fatal(err)
	}
	m := member.Certificate
	if member.Name() != "Anna Lindqvist" || member.Org() != "Bollnäs kommun" || member.IsCA() || member.SelfSigned() ||
		m.KeyUsage != x509.KeyUsageDigitalSignature|x509.KeyUsageContentCommitment ||
		!m.NotAfter.Equal(caNow.AddDate(3, 0, 0)) || string(m.AuthorityKeyId) != string(c.SubjectKeyId) {
		t.Fatalf("member certificate %+v", m)
	}
	if path := member.IssuerPath(); len(path) != 1 || !path[0].Equal(c) {
		t.Fatalf("issuer path %v", path)
	}
	roots := x509.NewCertPool()
	roots.AddCert(c)
	if _, err := m.Verify(x509.VerifyOptions{Roots: roots, CurrentTime: caNow,
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageEmailProtection}}); err != nil {
		t.Fatalf("the member does not chain to the CA: %v", err)
	}

	// Through a PKCS#12 file and back, the chain comes along.
	data, err := member.Encode("hemligt")
	if err != nil {
		t.Fatal(err)
	}
	back, err := identity.Decode(data, "hemligt")
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Chain) != 1 || !back.Chain[0].Equal(c) {
		t.Fatalf("chain after decoding: %v", back.Chain)
	}
}

func TestIssueRefusals(t *testing.T) {
	member, err := identity.New("Bo Ek", "", caNow)
	if err != nil {
		t.Fatal(err)
	}
	_, err = member.Issue("Mallory", caNow)
	assertKey(t, err, "identity_not_ca")
	ca, err := identity.NewCA("Kommunen", caNow)
	if err != nil {
		t.Fatal(err)
	}
	_, err = ca.Issue("Sen", caNow.AddDate(11, 0, 0))
	assertKey(t, err, "identity_ca_expired")
	_, err = ca.Issue(" ", caNow)
	assertKey(t, err, "identity_name_required")
	_, err = identity.NewCA(" ", caNow)
	assertKey(t, err, "identity_org_required")
	// Near the authority's end, the member's certificate ends with it.
	late, err := ca.Issue("Sen", caNow.AddDate(9, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	if !late.Certificate.NotAfter.Equal(ca.Certificate.NotAfter) {
		t.Errorf("member valid until %s, the CA until %s", late.Certificate.NotAfter, ca.Certificate.NotAfter)
	}
}

func assertKey(t *testing.T, err error, key string) {
	t.Helper()
	e, ok := err.(*model.Error)
	if !ok || e.Key != key {
		t.Fatalf("got %v, want the key %s", err, key)
	}
}

// openssl, which Styrgrupp does not use itself, reads the constraints and
// usages as a verifier would.
func TestCAAndMemberAsOpenSSLReadsThem(t *testing.T) {
	signingtest.Need(t, "openssl")
	openssl := "openssl"
	ca, err := identity.NewCA("Bollnäs kommun", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	member, err := ca.Issue("Anna Lindqvist", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	text := func(c *x509.Certificate) string {
		path := filepath.Join(t.TempDir(), "cert.der")
		if err := os.WriteFile(path, c.Raw, 0o600); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(openssl, "x509", "-inform", "DER", "-in", path, "-noout", "-text").CombinedOutput()
		if err != nil {
			t.Fatalf("openssl: %v\n%s", err, out)
		}
		return string(out)
	}
	caText, memberText := text(ca.Certificate), text(member.Certificate)
	for _, want := range []string{"CA:TRUE, pathlen:0", "Certificate Sign, CRL Sign", "ASN1 OID: prime256v1", "critical"} {
		if !strings.Contains(caText, want) {
			t.Errorf("the CA's certificate lacks %q:\n%s", want, caText)
		}
	}
	for _, want := range []string{"CA:FALSE", "Digital Signature, Non Repudiation", "E-mail Protection", "1.3.6.1.5.5.7.3.36", "Authority Key Identifier"} {
		if !strings.Contains(memberText, want) {
			t.Errorf("the member's certificate lacks %q:\n%s", want, memberText)
		}
	}
	dir := t.TempDir()
	caPEM, memberPEM := filepath.Join(dir, "ca.pem"), filepath.Join(dir, "member.pem")
	writePEM(t, caPEM, ca.Certificate)
	writePEM(t, memberPEM, member.Certificate)
	out, err := exec.Command(openssl, "verify", "-CAfile", caPEM, "-purpose", "smimesign", memberPEM).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "OK") {
		t.Errorf("openssl verify: %v\n%s", err, out)
	}
}

func writePEM(t *testing.T, path string, c *x509.Certificate) {
	t.Helper()
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw}), 0o600); err != nil {
		t.Fatal(err)
	}
}
