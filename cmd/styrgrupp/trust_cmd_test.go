package main

import (
	"bytes"
	"crypto/x509"
	"encoding/pem"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model/identity"
)

// The whole trust chain on the command line: a group makes its authority,
// issues its members' identities, trusts the authority in its store;
// then minutes signed by them verify as trusted, an identity from
// elsewhere cannot sign the group's documents, and a revocation list
// makes a revoked member's signature untrusted.
func TestTrustedSignaturesOnTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	store := demoFile(t)
	caP12, caPEM := caFiles(t, dir)
	anna, johan := issued(t, caP12, dir, "Anna Lindqvist"), issued(t, caP12, dir, "Johan Berggren")
	stranger := sigIdentity(t, t.TempDir(), "Anna Lindqvist")

	if out := mustRun(t, exitOK, "trust", "list", "--store", store); !strings.Contains(out, "litar inte på någon") {
		t.Errorf("trust list of a new store: %q", out)
	}
	out := mustRun(t, exitOK, "trust", "add", "--store", store, caPEM)
	if !strings.Contains(out, "litar nu på utfärdaren Bollnäs kommun Styrgrupp CA") {
		t.Errorf("trust add says %q", out)
	}
	memberPEM := filepath.Join(dir, "anna.pem")
	writeCertPEM(t, memberPEM, loadID(t, anna).Certificate)
	// A file built to exhaust memory: the certificate with megabytes of
	// PEM comment after it is refused by its size, unread.
	huge := filepath.Join(dir, "huge.pem")
	ca, err := os.ReadFile(caPEM)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(huge, append(ca, bytes.Repeat([]byte("x"), 3<<20)...), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ file, want string }{
		{huge, "huge.pem är större än 1 MB"},
		{caPEM, "redan betrodd"},
		{memberPEM, "inget utfärdarcertifikat"},
		{anna, "varken ett certifikat eller en spärrlista"},
		{filepath.Join(dir, "saknas.pem"), "saknas.pem"},
	} {
		if got := runRefused(t, "trust", "add", "--store", store, tc.file); !strings.Contains(got, tc.want) {
			t.Errorf("trust add %s: %q lacks %q", filepath.Base(tc.file), got, tc.want)
		}
	}
	out = mustRun(t, exitOK, "trust", "list", "--store", store)
	if strings.Count(out, "utfärdare ") != 1 || !strings.Contains(out, "Bollnäs kommun Styrgrupp CA") {
		t.Errorf("trust list: %q", out)
	}

	// An identity the group's authority did not issue signs nothing.
	refused := filepath.Join(dir, "främling.pdf")
	got := runRefused(t, "minutes", "--store", store, "--meeting", "2026-10-14", "--sign", stranger, "-o", refused)
	if !strings.Contains(got, "som gruppen inte litar på") {
		t.Errorf("minutes signed by a stranger: %q", got)
	}
	if _, err := os.Stat(refused); !os.IsNotExist(err) {
		t.Error("the stranger's minutes were written")
	}

	minutes := filepath.Join(dir, "protokoll.pdf")
	mustRun(t, exitOK, "minutes", "--store", store, "--meeting", "2026-10-14", "--sign", anna, "-o", minutes)
	mustRun(t, exitOK, "sign", "--id", johan, minutes)
	out = mustRun(t, exitOK, "verify", "--store", store, minutes)
	trusted := regexp.MustCompile(`(?m)^Signatur [12]: betrodd \(utfärdad av Bollnäs kommun Styrgrupp CA, som gruppen litar på\)$`)
	if len(trusted.FindAllString(out, -1)) != 2 || !strings.Contains(out, "ok: alla signaturer håller") {
		t.Errorf("verify --store of trusted minutes:\n%s", out)
	}

	// Johan's identity is revoked: his signature is no longer trusted.
	crlPath := filepath.Join(dir, "spärrar.crl")
	johanPEM := strings.TrimSuffix(johan, ".p12") + ".pem"
	if out := mustRun(t, exitOK, "ca", "revoke", "--ca", caP12, "-o", crlPath, johanPEM); !strings.Contains(out, "Spärrlistan med 1 certifikat") {
		t.Errorf("ca revoke says %q", out)
	}
	runRefused(t, "ca", "revoke", "--ca", caP12, "-o", filepath.Join(dir, "x.crl"), caP12)
	runRefused(t, "ca", "revoke", "--ca", caP12, "-o", filepath.Join(dir, "x.crl"), "--serial", "xyz")
	if out := mustRun(t, exitOK, "trust", "add", "--store", store, crlPath); !strings.Contains(out, "Spärrlistan från Bollnäs kommun Styrgrupp CA") {
		t.Errorf("trust add of a CRL: %q", out)
	}
	code, stdout, _ := runCLI("verify", "--store", store, minutes)
	if code != exitFailed || !strings.Contains(stdout, "Signatur 2: INTE BETRODD: Certifikatet för Johan Berggren är spärrat sedan") ||
		!strings.Contains(stdout, "Signatur 1: betrodd") {
		t.Errorf("verify --store after the revocation exited %d:\n%s", code, stdout)
	}

	// Removing the authority by its fingerprint leaves a group that trusts no
	// one, and its revocation list with it is of no effect.
	fp := regexp.MustCompile(`utfärdare +Bollnäs kommun Styrgrupp CA\n +SHA-256 ([0-9a-f]{64})`).FindStringSubmatch(mustRun(t, exitOK, "trust", "list", "--store", store))
	if fp == nil {
		t.Fatal("no fingerprint in trust list")
	}
	runRefused(t, "trust", "remove", "--store", store, fp[1][:4])
	mustRun(t, exitOK, "trust", "remove", "--store", store, fp[1][:12])
	if out := mustRun(t, exitOK, "verify", "--store", store, minutes); strings.Contains(out, "betrodd") {
		t.Errorf("verify --store with no authority trusted speaks of trust:\n%s", out)
	}
}

func loadID(t *testing.T, path string) *identity.Identity {
	t.Helper()
	id, err := identity.Load(path, testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func writeCertPEM(t *testing.T, path string, c *x509.Certificate) {
	t.Helper()
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw}), 0o600); err != nil {
		t.Fatal(err)
	}
}
