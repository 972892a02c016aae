package identity

import (
	"crypto"
	"crypto/x509"
	"errors"
	"fmt"
	"os"

	pkcs12 "software.sslmate.com/src/go-pkcs12"

	"github.com/styrgrupp/styrgrupp/model"
)

// iterations is the number of PBKDF2 rounds that derive the file's keys
// from the passphrase. go-pkcs12's Modern encoder uses 2048, which leaves
// a chosen passphrase easy to guess at; this many makes each guess cost
// about a tenth of a second's work while OpenSSL, Windows and Java still
// read the file.
const iterations = 200_000

// Encode writes the identity as a PKCS#12 file protected by passphrase,
// with go-pkcs12's Modern encoder (PBES2 with PBKDF2-HMAC-SHA-256 and
// AES-256-CBC, an HMAC-SHA-256 MAC), readable by OpenSSL 1.1.1 and later.
func (id *Identity) Encode(passphrase string) ([]byte, error) {
	if passphrase == "" {
		return nil, model.FieldError("passphrase", "identity_passphrase_required")
	}
	if err := CheckKey(id.Signer.Public()); err != nil {
		return nil, err
	}
	data, err := pkcs12.Modern.WithIterations(iterations).Encode(id.Signer, id.Certificate, id.Chain, passphrase)
	if err != nil {
		return nil, model.Wrap(err, "internal")
	}
	return data, nil
}

// Load reads the identity in the PKCS#12 file at path (.p12 or .pfx).
func Load(path, passphrase string) (*Identity, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		e := model.Wrap(err, "identity_read", path)
		if errors.Is(err, os.ErrNotExist) {
			e.Code = model.ENotFound
		}
		return nil, e
	}
	return Decode(data, passphrase)
}

// Decode reads an identity from PKCS#12 data: a key, its certificate and
// any issuers' certificates. The certificate is the one whose public key
// is the key's, wherever it stands in the file; the others become the
// Chain, the issuer path first. A wrong passphrase gives an error with the
// key "identity_wrong_passphrase" (see IsWrongPassphrase); a weak key one
// from CheckKey (see IsWeakKey), and a certificate whose chain does not
// verify up to a root one from CheckChain (see IsBrokenChain).
func Decode(data []byte, passphrase string) (*Identity, error) {
	key, cert, rest, err := pkcs12.DecodeChain(data, passphrase)
	if errors.Is(err, pkcs12.ErrIncorrectPassword) || errors.Is(err, pkcs12.ErrDecryption) {
		return nil, model.Errorf(model.EInvalid, "identity_wrong_passphrase")
	}
	if err != nil {
		return nil, &model.Error{Code: model.EInvalid, Key: "identity_unreadable", Err: err}
	}
	signer, ok := key.(crypto.Signer)
	if !ok {
		return nil, model.Errorf(model.EInvalid, "identity_key_unsupported", fmt.Sprintf("%T", key))
	}
	if err := CheckKey(signer.Public()); err != nil {
		return nil, err
	}
	all := append([]*x509.Certificate{cert}, rest...)
	id := &Identity{Signer: signer}
	for i, c := range all {
		if pub, ok := c.PublicKey.(interface{ Equal(crypto.PublicKey) bool }); ok && pub.Equal(signer.Public()) {
			id.Certificate = c
			all = append(all[:i:i], all[i+1:]...)
			break
		}
	}
	if id.Certificate == nil {
		return nil, model.Errorf(model.EInvalid, "identity_cert_mismatch")
	}
	path, err := CheckChain(id.Certificate, all)
	if err != nil {
		return nil, err
	}
	id.Chain = append(path, others(all, path)...)
	return id, nil
}

// others returns the certificates of all that are not in path, in order.
func others(all, path []*x509.Certificate) []*x509.Certificate {
	var out []*x509.Certificate
	for _, c := range all {
		found := false
		for _, p := range path {
			found = found || p == c
		}
		if !found {
			out = append(out, c)
		}
	}
	return out
}

// IsWrongPassphrase tells whether err says the passphrase was wrong, so a
// prompt can ask again.
func IsWrongPassphrase(err error) bool {
	var e *model.Error
	return errors.As(err, &e) && e.Key == "identity_wrong_passphrase"
}
