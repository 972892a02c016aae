package main

import (
	"crypto/elliptic"
	"os"
	"path/filepath"
	"strings"
	"testing"

	pkcs12 "software.sslmate.com/src/go-pkcs12"

	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
)

// Issue 11, hole 4: minutes signed by "Anna Andersson" whose certificate
// was patched in /Contents to "Anna Bndersson" verified as giltig under
// the new name, with exit 0.
func TestVerifyRefusesAPatchedCertificate(t *testing.T) {
	out := mustRun(t, exitFailed, "verify", filepath.Join("..", "..", "model", "signing", "testdata", "cert-cn-patched.pdf"))
	if !strings.Contains(out, "OGILTIG: certifikatet håller inte") || !strings.Contains(out, "certifikatfel: Certifikatet för Anna Bndersson") ||
		strings.Contains(out, "giltig,") || !strings.Contains(out, "MISSLYCKADES") {
		t.Errorf("verify says:\n%s", out)
	}
}

// writeP12 writes id to a .p12 file in dir, with the test passphrase.
func writeP12(t *testing.T, dir string, id *identity.Identity) string {
	t.Helper()
	data, err := pkcs12.Modern.Encode(id.Signer, id.Certificate, nil, testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "svag.p12")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// Issue 11, hole 8: an RSA-1024 or P-224 identity signed with exit 0.
// sign now refuses it (exit 2), and verify reports a file signed with one
// anyway as weak (exit 1).
func TestWeakKeysAtSignAndVerify(t *testing.T) {
	t.Setenv(passphraseEnv, testPassphrase)
	for _, c := range []struct {
		id    *identity.Identity
		label string
	}{
		{signingtest.RSAIdentity(t, "Svag Rsa", 1024), "RSA 1024 bitar"},
		{signingtest.ECDSAIdentity(t, "Svag Kurva", elliptic.P224()), "ECDSA P-224"},
	} {
		t.Run(c.label, func(t *testing.T) {
			dir := t.TempDir()
			doc := sigPDF(t, dir, "")
			before, _ := os.ReadFile(doc)
			out := mustRun(t, exitUsage, "sign", "--id", writeP12(t, dir, c.id), doc)
			if !strings.Contains(out, "Nyckeln är för svag: "+c.label) {
				t.Errorf("sign says %q", out)
			}
			if after, _ := os.ReadFile(doc); string(after) != string(before) {
				t.Error("the PDF was changed")
			}
			weak := filepath.Join(dir, "svagt.pdf")
			if err := os.WriteFile(weak, signingtest.SignUnchecked(t, before, c.id), 0o600); err != nil {
				t.Fatal(err)
			}
			out = mustRun(t, exitFailed, "verify", weak)
			if !strings.Contains(out, "OGILTIG: svag nyckel: "+c.label) || !strings.Contains(out, "MISSLYCKADES") {
				t.Errorf("verify says:\n%s", out)
			}
		})
	}
}
