package postgres_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/pgtest"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/postgres"
)

// verifyFull returns the test database's URL for the host localhost with
// sslmode=verify-full and the CA certificate at ca.
func verifyFull(t *testing.T, ca string) string {
	t.Helper()
	u, err := url.Parse(pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	u.Host = "localhost:" + u.Port()
	q := u.Query()
	q.Set("sslmode", "verify-full")
	q.Set("sslrootcert", ca)
	u.RawQuery = q.Encode()
	return u.String()
}

// otherCA writes the certificate of a CA of its own, which signed nothing
// the server holds, and returns its path.
func otherCA(t *testing.T) string {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "Någon annans CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "annan-ca.crt")
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// With the organisation's CA, sslmode=verify-full opens the store; with
// another CA the server is not trusted and the message says so, naming
// the server; a CA file that cannot be read is named.
func TestTLSVerifyFullTrustsOnlyTheOrganisationsCA(t *testing.T) {
	ca := pgtest.CA(t)
	s, err := postgres.Open(context.Background(), verifyFull(t, ca))
	if err != nil {
		t.Fatalf("verify-full with the cluster's CA: %v", err)
	}
	defer s.Close()
	if _, err := s.Proposals(context.Background(), model.ProposalFilter{}); err != nil {
		t.Fatal(err)
	}

	msg, err := openFails(t, verifyFull(t, otherCA(t)))
	if model.ErrorCode(err) != model.EDenied || !strings.Contains(msg, "localhost") || !strings.Contains(msg, "kunde inte bekräftas") {
		t.Errorf("another CA: %v (%s): %q", err, model.ErrorCode(err), msg)
	}
	if en := model.ErrorMessage(err, model.English); !strings.Contains(en, "not issued by a CA you trust") {
		t.Errorf("in English: %q", en)
	}

	missing := filepath.Join(t.TempDir(), "finns-inte.crt")
	msg, err = openFails(t, verifyFull(t, missing))
	if model.ErrorCode(err) != model.EInvalid || !strings.Contains(msg, missing) {
		t.Errorf("a missing CA file: %v (%s): %q", err, model.ErrorCode(err), msg)
	}
}
