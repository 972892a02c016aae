package signing_test

import (
	"bytes"
	"crypto/elliptic"
	"errors"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/signing"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
)

// Issue 11, hole 8: RSA-1024 keys signed and verified, though the README
// promises RSA-2048 or ECDSA. Sign refuses a key weaker than that, and a
// file signed with one anyway (by pdfsign directly) is reported weak, not
// valid.
func TestWeakKeysAreRefusedAndReported(t *testing.T) {
	for _, c := range []struct {
		id    *identity.Identity
		label string
	}{
		{signingtest.RSAIdentity(t, "Svag Rsa", 1024), "RSA 1024 bitar"},
		{signingtest.ECDSAIdentity(t, "Svag Kurva", elliptic.P224()), "ECDSA P-224"},
	} {
		t.Run(c.label, func(t *testing.T) {
			err := signing.Sign(unsigned(t), &bytes.Buffer{}, c.id, signing.SignOptions{})
			if !identity.IsWeakKey(err) {
				t.Fatalf("Sign = %v", err)
			}
			weak := signingtest.SignUnchecked(t, unsigned(t), c.id)
			r := mustVerify(t, weak)
			s := r.Signatures[0]
			if r.OK() || s.Valid || !s.Weak || s.Altered || s.CertProblem != nil || s.Key.Label(model.Swedish) != c.label {
				t.Errorf("Verify: valid %v, weak %v, altered %v, key %v, %v", s.Valid, s.Weak, s.Altered, s.Key, s.Problems)
			}
			// Nothing is signed on top of it either.
			err = signing.Sign(weak, &bytes.Buffer{}, signingtest.Identity(t, "Bo Justerare", "Kommunen"), signing.SignOptions{})
			if e := (*model.Error)(nil); !errors.As(err, &e) || e.Key != "signing_earlier_invalid" {
				t.Errorf("signing on top: %v", err)
			}
		})
	}
	// The bounds themselves are accepted.
	for _, id := range []*identity.Identity{signingtest.RSAIdentity(t, "Rsa", 2048), signingtest.ECDSAIdentity(t, "Kurva", elliptic.P384()),
		signingtest.ECDSAIdentity(t, "Kurva", elliptic.P521())} {
		var out bytes.Buffer
		if err := signing.Sign(unsigned(t), &out, id, signing.SignOptions{}); err != nil {
			t.Errorf("%s: %v", identity.KeySizeOf(id.Signer.Public()), err)
		} else if r := mustVerify(t, out.Bytes()); !r.OK() {
			t.Errorf("%s: %s", identity.KeySizeOf(id.Signer.Public()), r.Problems())
		}
	}
}
