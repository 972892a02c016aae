package identity_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/x509"
	"encoding/asn1"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	pkcs12 "software.sslmate.com/src/go-pkcs12"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
)

func TestNewEncodeDecodeRoundTrip(t *testing.T) {
	now := time.Now()
	id, err := identity.New("  Åsa\tÖberg ", "Storstads kommun", now)
	if err != nil {
		t.Fatal(err)
	}
	c := id.Certificate
	if id.Name() != "Åsa Öberg" || id.Org() != "Storstads kommun" || !id.SelfSigned() || len(id.Chain) != 0 {
		t.Errorf("name %q, org %q, self-signed %v, chain %d", id.Name(), id.Org(), id.SelfSigned(), len(id.Chain))
	}
	if k, ok := id.Signer.(*ecdsa.PrivateKey); !ok || k.Curve != elliptic.P256() {
		t.Errorf("key is %T", id.Signer)
	}
	if c.KeyUsage != x509.KeyUsageDigitalSignature|x509.KeyUsageContentCommitment || c.IsCA {
		t.Errorf("key usage %v, CA %v", c.KeyUsage, c.IsCA)
	}
	if len(c.ExtKeyUsage) != 1 || c.ExtKeyUsage[0] != x509.ExtKeyUsageEmailProtection ||
		len(c.UnknownExtKeyUsage) != 1 || !c.UnknownExtKeyUsage[0].Equal(asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 3, 36}) {
		t.Errorf("extended key usage %v %v", c.ExtKeyUsage, c.UnknownExtKeyUsage)
	}
	if !id.ValidAt(now) || id.ValidAt(now.AddDate(5, 0, 1)) || !id.ValidAt(now.AddDate(4, 11, 0)) || c.SerialNumber.Sign() <= 0 {
		t.Errorf("valid %v – %v, serial %v", c.NotBefore, c.NotAfter, c.SerialNumber)
	}
	if len(id.Fingerprint()) != 64 || strings.ToLower(id.Fingerprint()) != id.Fingerprint() {
		t.Errorf("fingerprint %q", id.Fingerprint())
	}

	data, err := id.Encode("rätt lösenfras")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "id.p12")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	back, err := identity.Load(path, "rätt lösenfras")
	if err != nil {
		t.Fatal(err)
	}
	if back.Fingerprint() != id.Fingerprint() || back.Name() != id.Name() || back.Org() != id.Org() {
		t.Errorf("decoded %s %q %q", back.Fingerprint(), back.Name(), back.Org())
	}
	if k, ok := back.Signer.(*ecdsa.PrivateKey); !ok || !k.Equal(id.Signer) {
		t.Error("decoded key differs")
	}
}

func TestWrongPassphrase(t *testing.T) {
	id, err := identity.New("Bo", "Kommunen", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	data, err := id.Encode("rätt")
	if err != nil {
		t.Fatal(err)
	}
	_, err = identity.Decode(data, "fel")
	var e *model.Error
	if !errors.As(err, &e) || e.Key != "identity_wrong_passphrase" || e.Code != model.EInvalid || !identity.IsWrongPassphrase(err) {
		t.Fatalf("Decode with a wrong passphrase = %#v", err)
	}
	if got := model.ErrorMessage(err, model.Swedish); got != "Lösenfrasen är fel." {
		t.Errorf("sv = %q", got)
	}
	if got := model.ErrorMessage(err, model.English); got != "The passphrase is wrong." {
		t.Errorf("en = %q", got)
	}
	if _, err := id.Encode(""); model.ErrorCode(err) != model.EInvalid {
		t.Errorf("Encode with no passphrase = %v", err)
	}
}

func TestBadInput(t *testing.T) {
	if _, err := identity.New(" \n", "Kommunen", time.Now()); model.ErrorCode(err) != model.EInvalid {
		t.Errorf("New without a name = %v", err)
	}
	_, err := identity.Decode([]byte("inte en p12"), "x")
	if e := (*model.Error)(nil); !errors.As(err, &e) || e.Key != "identity_unreadable" || identity.IsWrongPassphrase(err) {
		t.Errorf("Decode(junk) = %v", err)
	}
	_, err = identity.Load(filepath.Join(t.TempDir(), "saknas.p12"), "x")
	if model.ErrorCode(err) != model.ENotFound || !strings.Contains(model.ErrorMessage(err, model.Swedish), "saknas.p12") {
		t.Errorf("Load(missing) = %v", err)
	}
}

// An organisation's .p12 with an RSA key and a chain, the certificates in
// an order other than leaf first: the leaf is found by its key and the
// chain kept, issuer first.
func TestOrganisationP12WithChain(t *testing.T) {
	org := signingtest.NewOrg(t, "Cecilia Chef")
	data, err := pkcs12.Modern.Encode(org.LeafKey, org.Root, []*x509.Certificate{org.Leaf, org.Intermediate}, "org-lösen")
	if err != nil {
		t.Fatal(err)
	}
	id, err := identity.Decode(data, "org-lösen")
	if err != nil {
		t.Fatal(err)
	}
	if id.Certificate != nil && !id.Certificate.Equal(org.Leaf) || id.Name() != "Cecilia Chef" || id.Org() != "Storstads kommun" || id.SelfSigned() {
		t.Fatalf("certificate %v", id.Certificate.Subject)
	}
	if len(id.Chain) != 2 || !id.Chain[0].Equal(org.Intermediate) || !id.Chain[1].Equal(org.Root) {
		t.Errorf("chain %v", id.Chain)
	}
	if p := id.IssuerPath(); len(p) != 2 {
		t.Errorf("issuer path %d long", len(p))
	}
	// Written again, it keeps the chain.
	again, err := id.Encode("ny")
	if err != nil {
		t.Fatal(err)
	}
	if back, err := identity.Decode(again, "ny"); err != nil || len(back.Chain) != 2 {
		t.Errorf("re-encoded: %v", err)
	}
}

func TestMessagesInBothLanguages(t *testing.T) {
	for _, key := range []string{"identity_name_required", "identity_passphrase_required", "identity_wrong_passphrase",
		"identity_unreadable", "identity_cert_mismatch", "signing_not_pdf", "signing_no_signature",
		"signing_failed", "signing_encrypted", "signing_self_check", "signing_info_lost"} {
		for _, l := range []model.Language{model.Swedish, model.English} {
			if msg := model.Errorf(model.EInvalid, key).Message(l); msg == key || strings.Contains(msg, "%!") {
				t.Errorf("%s %s = %q", l, key, msg)
			}
		}
	}
	for key, args := range map[string][]any{"identity_key_unsupported": {"ed25519"}, "identity_read": {"a.p12"}, "signing_cert_not_valid": {"A", "2020-01-01", "2025-01-01"}, "signing_key_too_large": {4096}, "signing_earlier_invalid": {2},
		"identity_key_weak": {identity.KeySize{Algorithm: "RSA", Bits: 1024}}, "identity_cert_forged": {"A"},
		"identity_cert_forged_issuer": {"A", "B"}, "identity_issuer_missing": {"A", "B"}, "identity_cert_malformed": {"A"}} {
		for _, l := range []model.Language{model.Swedish, model.English} {
			if msg := model.Errorf(model.EInvalid, key, args...).Message(l); strings.HasPrefix(msg, key) || strings.Contains(msg, "%!") {
				t.Errorf("%s %s = %q", l, key, msg)
			}
		}
	}
}

// TestNewRefusesControlCharacters: a name or organisation with terminal
// escapes or bidi controls would go into the certificate and come out of
// every tool that prints it.
func TestNewRefusesControlCharacters(t *testing.T) {
	for _, c := range []struct{ name, org string }{
		{"Eve\x1b]0;pwned\a", ""},
		{"Anna \u202eLindqvist", ""},
		{"Anna Lindqvist", "Kommunen\x1b[31m"},
	} {
		_, err := identity.New(c.name, c.org, time.Now())
		var e *model.Error
		if !errors.As(err, &e) || e.Key != "identity_name_control" {
			t.Errorf("New(%q, %q): %v", c.name, c.org, err)
		}
	}
	if _, err := identity.New("Åsa Öberg", "Älvstads kommun", time.Now()); err != nil {
		t.Errorf("a plain Swedish name is refused: %v", err)
	}
}
