package signing_test

import (
	"bytes"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/signing"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
)

// utcTime is how a certificate writes its validity's times before 2050.
const utcTime = "060102150405Z"

// certInContents returns where the hex of c's DER starts in the signed
// file, inside the last signature's /Contents.
func certInContents(t testing.TB, data []byte, c *x509.Certificate) int {
	t.Helper()
	i := bytes.LastIndex(data, []byte(hex.EncodeToString(c.Raw)))
	if i < 0 {
		t.Fatalf("the certificate of %s is not in /Contents", c.Subject.CommonName)
	}
	return i
}

// patchText changes, in the hex of /Contents from start on, the nth
// occurrence (from 0; -1 for all) of text to to, of the same length.
func patchText(t *testing.T, data []byte, start int, text, to string, nth int) []byte {
	t.Helper()
	out := bytes.Clone(data)
	from, repl := []byte(hex.EncodeToString([]byte(text))), []byte(hex.EncodeToString([]byte(to)))
	for n, i := 0, start; ; n++ {
		j := bytes.Index(out[i:], from)
		if j < 0 {
			if n == 0 || nth >= n {
				t.Fatalf("%q occurs %d times in /Contents", text, n)
			}
			return out
		}
		i += j
		if nth < 0 || nth == n {
			copy(out[i:], repl)
		}
		i += len(from)
	}
}

// certProblem verifies data and returns the key of the last signature's
// certificate problem, failing the test unless the signature is refused.
func certProblem(t *testing.T, data []byte) string {
	t.Helper()
	r := mustVerify(t, data)
	s := r.Signatures[len(r.Signatures)-1]
	var e *model.Error
	if s.Valid || r.OK() || s.Altered || !errors.As(s.CertProblem, &e) || !identity.IsBrokenChain(s.CertProblem) {
		t.Fatalf("Verify: valid %v, altered %v, certificate problem %v", s.Valid, s.Altered, s.CertProblem)
	}
	return e.Key
}

// Issue 11, hole 4: the CMS signature does not cover the certificates it
// carries, so a self-signed certificate whose name was patched in
// /Contents after signing verified as valid under the new name. The kept
// file is such a one (minutes signed by "Anna Andersson", the subject
// patched to "Anna Bndersson"); poppler's pdfsig, which does not check a
// certificate it does not trust, still calls it valid.
func TestPatchedCertificateIsRefused(t *testing.T) {
	kept, err := os.ReadFile("testdata/cert-cn-patched.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if key := certProblem(t, kept); key != "identity_issuer_missing" {
		t.Errorf("kept file: %s", key)
	}
	id := signingtest.Identity(t, "Anna Andersson", "Kommunen")
	var out bytes.Buffer
	if err := signing.Sign(unsigned(t), &out, id, signing.SignOptions{}); err != nil {
		t.Fatal(err)
	}
	signed := out.Bytes()
	start := certInContents(t, signed, id.Certificate)
	// The name is the issuer's, then the subject's, then the issuer's in
	// the signer's identification.
	if key := certProblem(t, patchText(t, signed, start, "Anna Andersson", "Anna Bndersson", 1)); key != "identity_issuer_missing" {
		t.Errorf("subject patched: %s", key)
	}
	if key := certProblem(t, patchText(t, signed, start, "Anna Andersson", "Anna Bndersson", -1)); key != "identity_cert_forged" {
		t.Errorf("every occurrence patched: %s", key)
	}
	expiry := id.Certificate.NotAfter.UTC()
	if key := certProblem(t, patchText(t, signed, start, expiry.Format(utcTime), expiry.AddDate(1, 0, 0).Format(utcTime), 0)); key != "identity_cert_forged" {
		t.Errorf("expiry patched: %s", key)
	}
}

// In an organisation's chain, patching the signer's, the intermediate's
// or the root's certificate is caught too: its expiry, which leaves the
// chain's names as they were, or its name.
func TestPatchedChainIsRefused(t *testing.T) {
	org := signingtest.NewOrg(t, "Cecilia Chef")
	id := &identity.Identity{Signer: org.LeafKey, Certificate: org.Leaf, Chain: []*x509.Certificate{org.Root, org.Intermediate}}
	var out bytes.Buffer
	if err := signing.Sign(unsigned(t), &out, id, signing.SignOptions{}); err != nil {
		t.Fatal(err)
	}
	signed := out.Bytes()
	if r := mustVerify(t, signed); !r.OK() || len(r.Signatures[0].Chain) != 2 {
		t.Fatalf("genuine: %s, chain %d", r.Problems(), len(r.Signatures[0].Chain))
	}
	for name, c := range map[string]struct {
		cert    *x509.Certificate
		key     string
		subject int // the occurrence of the common name that is the subject's
		nameKey string
	}{
		"leaf":         {org.Leaf, "identity_cert_forged_issuer", 0, "identity_cert_forged_issuer"},
		"intermediate": {org.Intermediate, "identity_cert_forged_issuer", 0, "identity_issuer_missing"},
		"root":         {org.Root, "identity_cert_forged", 1, "identity_issuer_missing"},
	} {
		expiry := c.cert.NotAfter.UTC()
		patched := patchText(t, signed, certInContents(t, signed, c.cert), expiry.Format(utcTime), expiry.AddDate(1, 0, 0).Format(utcTime), 0)
		if key := certProblem(t, patched); key != c.key {
			t.Errorf("%s's expiry patched: %s", name, key)
		}
		patched = patchText(t, signed, certInContents(t, signed, c.cert), c.cert.Subject.CommonName, strings.ToUpper(c.cert.Subject.CommonName), c.subject)
		if key := certProblem(t, patched); key != c.nameKey {
			t.Errorf("%s's name patched: %s", name, key)
		}
	}
}

// Sign refuses an organisation's identity whose chain stops short of the
// root: the signature would not verify.
func TestSignRefusesAShortChain(t *testing.T) {
	org := signingtest.NewOrg(t, "Cecilia Chef")
	id := &identity.Identity{Signer: org.LeafKey, Certificate: org.Leaf, Chain: []*x509.Certificate{org.Intermediate}}
	err := signing.Sign(unsigned(t), &bytes.Buffer{}, id, signing.SignOptions{})
	if !identity.IsBrokenChain(err) || !strings.Contains(model.ErrorMessage(err, model.Swedish), "Kommunens rot-CA") {
		t.Errorf("Sign = %v", err)
	}
}
