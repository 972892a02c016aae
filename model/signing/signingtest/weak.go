package signingtest

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"testing"
	"time"

	"github.com/digitorus/pdf"
	"github.com/digitorus/pdfsign/sign"

	"github.com/styrgrupp/styrgrupp/model/identity"
)

// RSAIdentity makes a self-signed identity with an RSA key of bits bits,
// which may be one Styrgrupp refuses.
func RSAIdentity(tb testing.TB, name string, bits int) *identity.Identity {
	tb.Helper()
	key, err := rsa.GenerateKey(rand.Reader, bits)
	if err != nil {
		tb.Fatal(err)
	}
	return SelfSigned(tb, name, key)
}

// ECDSAIdentity makes a self-signed identity with an ECDSA key on curve,
// which may be one Styrgrupp refuses.
func ECDSAIdentity(tb testing.TB, name string, curve elliptic.Curve) *identity.Identity {
	tb.Helper()
	key, err := ecdsa.GenerateKey(curve, rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	return SelfSigned(tb, name, key)
}

// SelfSigned makes a self-signed document-signing certificate for key,
// as identity.New does but for any key.
func SelfSigned(tb testing.TB, name string, key crypto.Signer) *identity.Identity {
	tb.Helper()
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(now.UnixNano()), Subject: pkix.Name{CommonName: name, Organization: []string{"Storstads kommun"}},
		NotBefore: now.Add(-time.Hour), NotAfter: now.AddDate(1, 0, 0),
		KeyUsage:    x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageEmailProtection},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		tb.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		tb.Fatal(err)
	}
	return &identity.Identity{Signer: key, Certificate: cert}
}

// SignUnchecked signs in as id with pdfsign directly, past the checks of
// signing.Sign, to make files that Sign would refuse to write, such as
// one signed with a weak key.
func SignUnchecked(tb testing.TB, in []byte, id *identity.Identity) []byte {
	tb.Helper()
	rdr, err := pdf.NewReader(bytes.NewReader(in), int64(len(in)))
	if err != nil {
		tb.Fatal(err)
	}
	var out bytes.Buffer
	err = sign.Sign(bytes.NewReader(in), &out, rdr, int64(len(in)), sign.SignData{
		Signature: sign.SignDataSignature{
			CertType: sign.ApprovalSignature,
			Info:     sign.SignDataSignatureInfo{Name: id.Name(), Reason: "Justering", Date: time.Now()},
		},
		Signer:            id.Signer,
		Certificate:       id.Certificate,
		CertificateChains: [][]*x509.Certificate{append([]*x509.Certificate{id.Certificate}, id.Chain...)},
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out.Bytes()
}
