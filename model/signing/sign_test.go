package signing_test

import (
	"bytes"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/digitorus/pdfsign/verify"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/signing"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
)

const manifest = "styrgrupp/1 kind=minutes doc=P-2026-03 meeting=3 §12=2.3@4:0f3a §13=3@1:9bc1"

// unsigned returns a two-page PDF with the manifest in its keywords.
func unsigned(t testing.TB) []byte {
	t.Helper()
	data, err := signingtest.PDF(2, manifest)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// signAs signs data as a new identity named name.
func signAs(t testing.TB, data []byte, name string) []byte {
	t.Helper()
	id := signingtest.Identity(t, name, "Kommunen")
	var out bytes.Buffer
	opts := signing.SignOptions{Reason: "Justering", Location: "Kommunhuset, Storstad", Time: time.Now()}
	if err := signing.Sign(data, &out, id, opts); err != nil {
		t.Fatalf("signing as %s: %v", name, err)
	}
	return out.Bytes()
}

func mustVerify(t *testing.T, data []byte) signing.Report {
	t.Helper()
	r, err := signing.Verify(data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestOneSignerPdfsigAndVerifyAgree(t *testing.T) {
	signed := signAs(t, unsigned(t), "Åsa Öberg")
	path := signingtest.WriteTemp(t, "one.pdf", signed)

	out := signingtest.Pdfsig(t, path)
	for _, want := range []string{"Signature #1", "Signer Certificate Common Name: Åsa Öberg",
		"adbe.pkcs7.detached", "Total document signed", "Signature is Valid.", "Certificate issuer is unknown."} {
		if !strings.Contains(out, want) {
			t.Errorf("pdfsig does not say %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Signature #2") {
		t.Errorf("pdfsig sees more than one signature:\n%s", out)
	}
	signingtest.QpdfCheck(t, path)

	r := mustVerify(t, signed)
	if !r.OK() || !r.WhollySigned || len(r.Signatures) != 1 {
		t.Fatalf("Verify: %+v (%s)", r, r.Problems())
	}
	s := r.Signatures[0]
	if s.Name != "Åsa Öberg" || s.Org != "Kommunen" || s.Claimed != "Åsa Öberg" || s.Reason != "Justering" || !s.SelfSigned {
		t.Errorf("signature = %+v", s)
	}
	if s.Revision != 2 || r.Revisions != 2 || s.SignedEnd != int64(len(signed)) {
		t.Errorf("revision %d of %d, signed to %d of %d", s.Revision, r.Revisions, s.SignedEnd, len(signed))
	}
	if time.Since(s.Time) > time.Minute || s.Time.After(time.Now()) {
		t.Errorf("signing time %v", s.Time)
	}
	if r.Keywords != manifest {
		t.Errorf("keywords = %q", r.Keywords)
	}
}

func TestTwoSignersInTurn(t *testing.T) {
	first := signAs(t, unsigned(t), "Anna Ordförande")
	second := signAs(t, first, "Bo Justerare")
	if !bytes.HasPrefix(second, first) {
		t.Fatal("the second signature is not an incremental update of the first file")
	}
	path := signingtest.WriteTemp(t, "two.pdf", second)
	out := signingtest.Pdfsig(t, path)
	sigs := signingtest.PdfsigSignatures(out)
	if len(sigs) != 2 {
		t.Fatalf("pdfsig sees %d signatures:\n%s", len(sigs), out)
	}
	// pdfsig calls a signature "total" only when it reaches the end of the
	// file, so the first, which ends where the second's update begins, is
	// "Not total document signed" yet valid.
	for i, want := range [][]string{
		{"Anna Ordförande", "Signature is Valid.", "Not total document signed"},
		{"Bo Justerare", "Signature is Valid.", "- Total document signed"},
	} {
		for _, w := range want {
			if !strings.Contains(sigs[i], w) {
				t.Errorf("pdfsig, signature %d, does not say %q:\n%s", i+1, w, sigs[i])
			}
		}
	}
	signingtest.QpdfCheck(t, path)

	r := mustVerify(t, second)
	if !r.OK() || len(r.Signatures) != 2 || r.Revisions != 3 {
		t.Fatalf("Verify: %+v (%s)", r, r.Problems())
	}
	if a, b := r.Signatures[0], r.Signatures[1]; a.Name != "Anna Ordförande" || a.Revision != 2 || a.SignedEnd != int64(len(first)) ||
		b.Name != "Bo Justerare" || b.Revision != 3 || a.Field == b.Field {
		t.Errorf("signatures: %+v / %+v", a, b)
	}

	// pdfsign's own verifier, a third opinion, agrees that both hold.
	resp, err := verify.Verify(bytes.NewReader(second), int64(len(second)))
	if err != nil || len(resp.Signers) != 2 || !resp.Signers[0].ValidSignature || !resp.Signers[1].ValidSignature {
		t.Errorf("pdfsign/verify: %v %+v", err, resp)
	}
}

func TestNotPDFAndUnsigned(t *testing.T) {
	for name, data := range map[string][]byte{
		"text":      []byte("Det här är ingen PDF.\n"),
		"empty":     nil,
		"truncated": unsigned(t)[:300],
		"header":    []byte("%PDF-1.7\n%%EOF\n"),
	} {
		_, err := signing.Verify(data)
		if e := (*model.Error)(nil); !errors.As(err, &e) || e.Key != "signing_not_pdf" {
			t.Errorf("%s: Verify = %v, want signing_not_pdf", name, err)
		}
		if err := signing.Sign(data, &bytes.Buffer{}, signingtest.Identity(t, "X", ""), signing.SignOptions{}); model.ErrorCode(err) != model.EInvalid {
			t.Errorf("%s: Sign = %v", name, err)
		}
	}
	_, err := signing.Verify(unsigned(t))
	if e := (*model.Error)(nil); !errors.As(err, &e) || e.Key != "signing_no_signature" {
		t.Errorf("unsigned: Verify = %v, want signing_no_signature", err)
	}
	if got := model.ErrorMessage(err, model.Swedish); got != "PDF-filen har ingen signatur." {
		t.Errorf("message = %q", got)
	}
}

func TestExpiredCertificateIsRefused(t *testing.T) {
	id, err := identity.New("Gammal", "Kommunen", time.Now().AddDate(-6, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	err = signing.Sign(unsigned(t), &bytes.Buffer{}, id, signing.SignOptions{})
	if e := (*model.Error)(nil); !errors.As(err, &e) || e.Key != "signing_cert_not_valid" {
		t.Fatalf("Sign = %v", err)
	}
	if msg := model.ErrorMessage(err, model.Swedish); !strings.Contains(msg, "Gammal") || strings.Contains(msg, "%!") {
		t.Errorf("message = %q", msg)
	}
}

func TestNamesThatPdfsignCannotWrite(t *testing.T) {
	// pdfsign writes non-ASCII text as UTF-16 in a literal string without
	// escaping it: "č" is 0x01 0x0D, whose carriage return readers turn
	// into a line feed, and a lone ")" ends the string early (qpdf and
	// pdfsig then report a broken dictionary). The certificate keeps the
	// name; the dictionary leaves a name it cannot write out, and other
	// text gets square brackets.
	signed := signAs(t, unsigned(t), "Ana Kovač")
	r := mustVerify(t, signed)
	if s := r.Signatures[0]; !r.OK() || s.Name != "Ana Kovač" || s.Claimed != "" {
		t.Errorf("Verify: %+v (%s)", s, r.Problems())
	}
	id := signingtest.Identity(t, "Åsa Öberg", "Kommunen")
	var out bytes.Buffer
	opts := signing.SignOptions{Reason: "Justering :) § 12\\13", Location: "Malmö (Rådhuset)"}
	if err := signing.Sign(unsigned(t), &out, id, opts); err != nil {
		t.Fatal(err)
	}
	if s := mustVerify(t, out.Bytes()).Signatures[0]; s.Reason != "Justering :] § 12/13" || s.Location != "Malmö [Rådhuset]" || s.Claimed != "Åsa Öberg" {
		t.Errorf("reason %q, location %q, name %q", s.Reason, s.Location, s.Claimed)
	}
	path := signingtest.WriteTemp(t, "names.pdf", out.Bytes())
	signingtest.QpdfCheck(t, path)
	if out := signingtest.Pdfsig(t, path); strings.Contains(out, "Syntax Error") || !strings.Contains(out, "Signature is Valid.") {
		t.Errorf("pdfsig:\n%s", out)
	}
}

// An organisation's identity: an RSA key under an intermediate and a root.
// The signature carries the chain, and both verifiers accept it.
func TestOrganisationIdentitySigns(t *testing.T) {
	org := signingtest.NewOrg(t, "Cecilia Chef")
	id := &identity.Identity{Signer: org.LeafKey, Certificate: org.Leaf, Chain: []*x509.Certificate{org.Root, org.Intermediate}}
	var out bytes.Buffer
	if err := signing.Sign(signAs(t, unsigned(t), "Anna Ordförande"), &out, id, signing.SignOptions{Reason: "Justering"}); err != nil {
		t.Fatal(err)
	}
	path := signingtest.WriteTemp(t, "org.pdf", out.Bytes())
	sigs := signingtest.PdfsigSignatures(signingtest.Pdfsig(t, path))
	if len(sigs) != 2 || !strings.Contains(sigs[1], "Cecilia Chef") || !strings.Contains(sigs[1], "Signature is Valid.") ||
		!strings.Contains(sigs[1], "Total document signed") || !strings.Contains(sigs[0], "Signature is Valid.") {
		t.Errorf("pdfsig:\n%s", strings.Join(sigs, ""))
	}
	signingtest.QpdfCheck(t, path)
	r := mustVerify(t, out.Bytes())
	if s := r.Signatures[1]; !r.OK() || s.Name != "Cecilia Chef" || s.SelfSigned || !s.Certificate.Equal(org.Leaf) {
		t.Errorf("Verify: %+v (%s)", s, r.Problems())
	}
}

// With an RSA key over 2048 bits the signature outgrows the space pdfsign
// first reserves; its second attempt writes a broken file. Sign refuses
// such a key with a clear message.
func TestLargeRSAKey(t *testing.T) {
	key, err := rsa.GenerateKey(rand.Reader, 3072)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(7), Subject: pkix.Name{CommonName: "Dora Direktör", Organization: []string{"Storstads kommun"}},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().AddDate(1, 0, 0),
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	in := signAs(t, unsigned(t), "Anna Ordförande")
	err = signing.Sign(in, &bytes.Buffer{}, &identity.Identity{Signer: key, Certificate: cert}, signing.SignOptions{})
	if e := (*model.Error)(nil); !errors.As(err, &e) || e.Key != "signing_key_too_large" {
		t.Fatalf("Sign = %v", err)
	}
	if msg := model.ErrorMessage(err, model.Swedish); !strings.Contains(msg, "3072 bitar") {
		t.Errorf("message = %q", msg)
	}
}
