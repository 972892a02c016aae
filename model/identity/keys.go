package identity

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"errors"
	"fmt"

	"github.com/styrgrupp/styrgrupp/model"
)

// MinRSABits is the smallest RSA key Styrgrupp signs with or accepts in a
// signature.
const MinRSABits = 2048

// strongCurves are the elliptic curves Styrgrupp accepts for ECDSA keys.
var strongCurves = map[string]bool{"P-256": true, "P-384": true, "P-521": true}

// KeySize names a public key's algorithm and size, as in "RSA 2048 bits"
// or "ECDSA P-256". As an argument of a model.Error it is written in the
// message's language.
type KeySize struct {
	// Algorithm is "RSA", "ECDSA", "Ed25519", or the Go type of any
	// other key.
	Algorithm string
	// Bits is the RSA modulus's or the curve's size in bits; 0 when
	// unknown.
	Bits int
	// Curve is the ECDSA curve's name, such as "P-256".
	Curve string
}

// KeySizeOf describes a public key.
func KeySizeOf(pub crypto.PublicKey) KeySize {
	switch k := pub.(type) {
	case *rsa.PublicKey:
		if k == nil || k.N == nil {
			return KeySize{Algorithm: "RSA"}
		}
		return KeySize{Algorithm: "RSA", Bits: k.N.BitLen()}
	case *ecdsa.PublicKey:
		if k == nil || k.Curve == nil {
			return KeySize{Algorithm: "ECDSA"}
		}
		p := k.Curve.Params()
		return KeySize{Algorithm: "ECDSA", Bits: p.BitSize, Curve: p.Name}
	case ed25519.PublicKey:
		return KeySize{Algorithm: "Ed25519", Bits: 256}
	}
	return KeySize{Algorithm: fmt.Sprintf("%T", pub)}
}

// Label writes the key as "RSA 1024 bitar" (Swedish), "RSA 1024 bits"
// (English) or "ECDSA P-224".
func (k KeySize) Label(l model.Language) string {
	switch {
	case k.Algorithm == "RSA" && k.Bits > 0:
		if l == model.Swedish {
			return fmt.Sprintf("RSA %d bitar", k.Bits)
		}
		return fmt.Sprintf("RSA %d bits", k.Bits)
	case k.Algorithm == "ECDSA" && k.Curve != "":
		return "ECDSA " + k.Curve
	}
	return k.Algorithm
}

// String is the English label, for logs.
func (k KeySize) String() string { return k.Label(model.English) }

// CheckKey is the one rule on signing keys: RSA of at least MinRSABits
// bits, or ECDSA on P-256, P-384 or P-521. A weaker RSA or ECDSA key gives
// an error with the key "identity_key_weak" (see IsWeakKey), any other
// kind of key "identity_key_unsupported". Loading an identity, signing and
// verifying a signature all apply it.
func CheckKey(pub crypto.PublicKey) error {
	k := KeySizeOf(pub)
	switch k.Algorithm {
	case "RSA":
		if k.Bits >= MinRSABits {
			return nil
		}
	case "ECDSA":
		if strongCurves[k.Curve] {
			return nil
		}
	default:
		return model.Errorf(model.EInvalid, "identity_key_unsupported", k.Algorithm)
	}
	return model.Errorf(model.EInvalid, "identity_key_weak", k)
}

// IsWeakKey tells whether err says a key was refused by CheckKey, weak or
// of a kind that cannot sign.
func IsWeakKey(err error) bool {
	var e *model.Error
	return errors.As(err, &e) && (e.Key == "identity_key_weak" || e.Key == "identity_key_unsupported")
}
