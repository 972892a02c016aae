package signingtest

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"testing"
	"time"
)

// Org is an organisation's certificate authority as tests see it: a root,
// an intermediate and a signer's RSA key and certificate issued under them.
type Org struct {
	// Root is the self-signed root authority's certificate.
	Root *x509.Certificate
	// Intermediate is issued by Root and issues Leaf.
	Intermediate *x509.Certificate
	// Leaf is the signer's certificate.
	Leaf *x509.Certificate
	// LeafKey is the signer's private key.
	LeafKey *rsa.PrivateKey
}

// NewOrg makes a root and an intermediate authority and issues a
// document-signing certificate for name under them, all with RSA keys
// (2048 bits, to keep tests quick).
func NewOrg(tb testing.TB, name string) *Org {
	tb.Helper()
	now := time.Now()
	rootKey, interKey, leafKey := rsaKey(tb), rsaKey(tb), rsaKey(tb)
	root := issue(tb, &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "Kommunens rot-CA", Organization: []string{"Storstads kommun"}},
		NotBefore: now.Add(-time.Hour), NotAfter: now.AddDate(10, 0, 0),
		KeyUsage: x509.KeyUsageCertSign, BasicConstraintsValid: true, IsCA: true,
	}, nil, rootKey, rootKey)
	inter := issue(tb, &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "Kommunens signerings-CA", Organization: []string{"Storstads kommun"}},
		NotBefore: now.Add(-time.Hour), NotAfter: now.AddDate(5, 0, 0),
		KeyUsage: x509.KeyUsageCertSign, BasicConstraintsValid: true, IsCA: true,
	}, root, rootKey, interKey)
	leaf := issue(tb, &x509.Certificate{
		SerialNumber: big.NewInt(3), Subject: pkix.Name{CommonName: name, Organization: []string{"Storstads kommun"}},
		NotBefore: now.Add(-time.Hour), NotAfter: now.AddDate(2, 0, 0),
		KeyUsage:    x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageEmailProtection},
	}, inter, interKey, leafKey)
	return &Org{Root: root, Intermediate: inter, Leaf: leaf, LeafKey: leafKey}
}

func rsaKey(tb testing.TB) *rsa.PrivateKey {
	tb.Helper()
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		tb.Fatal(err)
	}
	return k
}

// issue signs tmpl with the issuer's key; a nil parent makes it
// self-signed.
func issue(tb testing.TB, tmpl, parent *x509.Certificate, parentKey, key *rsa.PrivateKey) *x509.Certificate {
	tb.Helper()
	if parent == nil {
		parent = tmpl
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, &key.PublicKey, parentKey)
	if err != nil {
		tb.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}
