package signing_test

import (
	"bytes"
	"crypto/x509"
	"encoding/hex"
	"flag"
	"os"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/signing"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
)

var update = flag.Bool("update", false, "write the signed files under testdata anew")

// The signed files FuzzVerifyCertBytes changes. They are kept, so that
// what the fuzzer finds (in testdata/fuzz) names the same bytes on the
// next run; go test -run FuzzVerifyCertBytes -update writes them anew.
var certFiles = map[string]func(testing.TB) *identity.Identity{
	"testdata/signed-self.pdf": func(tb testing.TB) *identity.Identity {
		return signingtest.Identity(tb, "Anna Andersson", "Storstads kommun")
	},
	"testdata/signed-org.pdf": func(tb testing.TB) *identity.Identity {
		org := signingtest.NewOrg(tb, "Cecilia Chef")
		return &identity.Identity{Signer: org.LeafKey, Certificate: org.Leaf, Chain: []*x509.Certificate{org.Intermediate, org.Root}}
	},
}

// certFile is a signed file and where each of its signature's
// certificates lies in /Contents, as hex.
type certFile struct {
	data   []byte
	certs  []*x509.Certificate // the signer's, then its chain
	starts []int
}

func readCertFile(f testing.TB, path string, id func(testing.TB) *identity.Identity) certFile {
	if _, fuzz := f.(*testing.F); *update && fuzz {
		var out bytes.Buffer
		if err := signing.Sign(unsigned(f), &out, id(f), signing.SignOptions{Reason: "Justering"}); err != nil {
			f.Fatal(err)
		}
		if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
			f.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	r, err := signing.Verify(data)
	if err != nil || !r.OK() || len(r.Signatures) != 1 {
		f.Fatalf("%s does not verify: %v %s", path, err, r.Problems())
	}
	cf := certFile{data: data, certs: append([]*x509.Certificate{r.Signatures[0].Certificate}, r.Signatures[0].Chain...)}
	for _, c := range cf.certs {
		cf.starts = append(cf.starts, certInContents(f, data, c))
	}
	return cf
}

// FuzzVerifyCertBytes changes one byte inside a certificate that a
// signature carries (the signer's own, or an issuer's) in a signed file's
// /Contents, which the CMS signature does not cover. Verify must answer
// without panicking, and never call a signature valid whose certificates
// are not byte for byte those it was made with.
func FuzzVerifyCertBytes(f *testing.F) {
	var files []certFile
	for _, path := range []string{"testdata/signed-self.pdf", "testdata/signed-org.pdf"} {
		files = append(files, readCertFile(f, path, certFiles[path]))
	}
	for i, cf := range files {
		for j, c := range cf.certs {
			f.Add(uint8(i), uint8(j), uint16(0), byte(0))
			f.Add(uint8(i), uint8(j), uint16(len(c.Raw)/2), byte(0x41))
			f.Add(uint8(i), uint8(j), uint16(len(c.Raw)-1), byte(0xff))
		}
	}
	f.Fuzz(func(t *testing.T, file, cert uint8, off uint16, b byte) {
		cf := files[int(file)%len(files)]
		k := int(cert) % len(cf.certs)
		cf.changeCert(t, k, int(off)%len(cf.certs[k].Raw), b)
	})
}

// changeCert sets byte i of certificate k to b and verifies: Verify must
// not fail but with a domain error, and a signature it calls valid must
// carry exactly the certificates it was made with.
func (cf certFile) changeCert(t *testing.T, k, i int, b byte) {
	t.Helper()
	data := bytes.Clone(cf.data)
	hex.Encode(data[cf.starts[k]+2*i:], []byte{b})
	r, err := signing.Verify(data)
	if err != nil {
		if model.ErrorCode(err) != model.EInvalid {
			t.Fatalf("Verify = %v", err)
		}
		return
	}
	for _, s := range r.Signatures {
		if !s.Valid {
			continue
		}
		got := append([]*x509.Certificate{s.Certificate}, s.Chain...)
		if len(got) != len(cf.certs) {
			t.Fatalf("certificate %d, byte %d = %#x: valid with %d certificates, signed with %d", k, i, b, len(got), len(cf.certs))
		}
		for j, c := range got {
			if !bytes.Equal(c.Raw, cf.certs[j].Raw) {
				t.Fatalf("certificate %d, byte %d = %#x: valid with certificate %d changed: %s (%s), signed as %s (%s)", k, i, b, j,
					c.Subject, identity.Fingerprint(c), cf.certs[j].Subject, identity.Fingerprint(cf.certs[j]))
			}
		}
	}
}

// TestEveryCertificateByte changes every byte of every certificate in the
// fuzzer's files, flipping one bit of each, the next bit at the next.
func TestEveryCertificateByte(t *testing.T) {
	if testing.Short() {
		t.Skip("thousands of verifications")
	}
	for _, path := range []string{"testdata/signed-self.pdf", "testdata/signed-org.pdf"} {
		cf := readCertFile(t, path, certFiles[path])
		for k, c := range cf.certs {
			for i, orig := range c.Raw {
				cf.changeCert(t, k, i, orig^(1<<(i%8)))
			}
		}
	}
}
