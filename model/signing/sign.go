// Package signing signs PDFs and verifies their signatures. Each signer
// adds one approval signature: a detached CMS (PKCS #7) signature with the
// SubFilter adbe.pkcs7.detached, appended as an incremental update with
// github.com/digitorus/pdfsign, so that the signatures made before stay
// valid and several signers can sign in turn. Adobe Reader and poppler's
// pdfsig check these signatures. They are not PAdES baseline signatures
// (ETSI.CAdES.detached) and carry no time stamp from a time-stamp
// authority: the signing time is the signer's clock.
package signing

import (
	"bytes"
	"crypto/rsa"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/digitorus/pdf"
	"github.com/digitorus/pdfsign/sign"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
)

// SignOptions describe one signature. All are optional.
type SignOptions struct {
	// Name is the signer's name written in the signature; the certificate's
	// name when empty. Verifiers show the certificate's name regardless.
	Name string
	// Reason says why the signer signs, such as "Justering".
	Reason string
	// Location says where, such as the municipality's name.
	Location string
	// Time is the signing time written in the signature dictionary (/M);
	// now when zero. The CMS signature carries the computer's clock too.
	Time time.Time
}

// Sign writes in to out with one more signature, made by id. in may be
// signed already: the new signature is added as an incremental update
// that leaves the earlier ones valid, and covers the whole file. Sign
// refuses a weak key (identity.CheckKey) and a certificate whose chain
// does not verify (identity.CheckChain), and checks the result with
// Verify before it writes anything.
func Sign(in []byte, out io.Writer, id *identity.Identity, opts SignOptions) error {
	if id == nil || id.Certificate == nil || id.Signer == nil {
		return model.Wrap(errors.New("no signing identity"), "signing_failed")
	}
	now := time.Now()
	if !id.ValidAt(now) {
		c := id.Certificate
		return model.Errorf(model.EInvalid, "signing_cert_not_valid", id.Name(),
			c.NotBefore.Local().Format(time.DateOnly), c.NotAfter.Local().Format(time.DateOnly))
	}
	if err := identity.CheckKey(id.Signer.Public()); err != nil {
		return err
	}
	if k, ok := id.Signer.(*rsa.PrivateKey); ok && k.N.BitLen() > maxRSABits {
		return model.Errorf(model.EInvalid, "signing_key_too_large", k.N.BitLen())
	}
	path, err := identity.CheckChain(id.Certificate, id.Chain)
	if err != nil {
		return err
	}
	rdr, err := open(in)
	if err != nil {
		return err
	}
	if !rdr.Trailer().Key("Encrypt").IsNull() {
		return model.Errorf(model.EInvalid, "signing_encrypted")
	}
	if rdr.XrefInformation.Type == "stream" && !rdr.Trailer().Key("Info").IsNull() {
		// pdfsign writes a cross-reference stream without /Info, so the
		// signed file would lose its title, author and manifest.
		return model.Errorf(model.EInvalid, "signing_info_lost")
	}
	before := countSignatures(rdr)
	if before > 0 {
		if err := earlierHold(in); err != nil {
			return err
		}
	}
	kw := keywords(rdr)
	keepVersion(rdr)
	if opts.Name == "" {
		opts.Name = id.Name()
	}
	if opts.Time.IsZero() {
		opts.Time = now
	}
	data := sign.SignData{
		Signature: sign.SignDataSignature{
			CertType: sign.ApprovalSignature,
			Info: sign.SignDataSignatureInfo{
				Name:     nameSafe(opts.Name),
				Reason:   textSafe(opts.Reason),
				Location: textSafe(opts.Location),
				Date:     opts.Time,
			},
		},
		Signer:            id.Signer,
		Certificate:       id.Certificate,
		CertificateChains: [][]*x509.Certificate{append([]*x509.Certificate{id.Certificate}, path...)},
	}
	var buf lastWrite
	if err := signSafely(in, &buf, rdr, data); err != nil {
		return model.Wrap(err, "signing_failed")
	}
	if buf.writes != 1 {
		return model.Wrap(fmt.Errorf("pdfsign wrote the file %d times", buf.writes), "signing_failed")
	}
	signed := buf.b
	if err := selfCheck(signed, before, kw); err != nil {
		return &model.Error{Code: model.EInternal, Key: "signing_self_check", Err: err}
	}
	if _, err := out.Write(signed); err != nil {
		return model.Wrap(err, "signing_failed")
	}
	return nil
}

// earlierHold refuses to sign on top of a signature that does not hold:
// the new signature would vouch for a file already broken.
func earlierHold(in []byte) error {
	r, err := Verify(in)
	if err != nil {
		return err
	}
	for i, s := range r.Signatures {
		if !s.OK() {
			return &model.Error{Code: model.EInvalid, Key: "signing_earlier_invalid", Args: []any{i + 1},
				Err: errors.New(strings.Join(s.Problems, "; "))}
		}
	}
	return nil
}

// signSafely runs pdfsign, which panics on some malformed input, and
// turns a panic into an error.
func signSafely(in []byte, out io.Writer, rdr *pdf.Reader, data sign.SignData) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdfsign: %v", r)
		}
	}()
	return sign.Sign(bytes.NewReader(in), out, rdr, int64(len(in)), data)
}

// lastWrite keeps what the last Write gave it and counts the writes.
// pdfsign writes the signed file in one Write. When its first guess at the
// size of the signature is too small (RSA keys over 2048 bits), it starts
// again without clearing what the first attempt added, so the objects of
// the second are numbered wrong, and then writes the file twice over; two
// writes mean that happened.
type lastWrite struct {
	b      []byte
	writes int
}

func (w *lastWrite) Write(p []byte) (int, error) {
	w.b = append(w.b[:0], p...)
	w.writes++
	return len(p), nil
}

// maxRSABits is the largest RSA key whose signature fits the space pdfsign
// reserves for it at the first attempt (see lastWrite).
const maxRSABits = 2048

// selfCheck verifies a freshly signed file: it must have one signature
// more than before, every signature valid, the last covering the whole
// file, and the same keywords (the manifest) as before. pdfsign finds its placeholder by searching for a run of zeros, so
// a file that had such a run already would come out wrong; this catches
// that and any other slip before the file is written.
func selfCheck(signed []byte, before int, keywords string) error {
	r, err := Verify(signed)
	if err != nil {
		return err
	}
	if len(r.Signatures) != before+1 {
		return fmt.Errorf("%d signatures after signing, %d before", len(r.Signatures), before)
	}
	if !r.OK() {
		return fmt.Errorf("the signed file does not verify: %s", r.Problems())
	}
	if r.Keywords != keywords {
		return fmt.Errorf("the keywords changed from %q to %q", keywords, r.Keywords)
	}
	return nil
}

// keepVersion stops pdfsign from writing a second /Version into the
// catalog. pdfsign adds "/Version /1.5" whenever the file's header says
// less than 1.5, and also copies the catalog's own entries, so the second
// signer of a PDF 1.3 file would leave the key twice (qpdf warns). When
// the catalog already declares 1.5 or later, the reader is told so.
func keepVersion(rdr *pdf.Reader) {
	v := rdr.Trailer().Key("Root").Key("Version").Name()
	declared, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return
	}
	if header, err := strconv.ParseFloat(rdr.PDFVersion, 64); err == nil && header < 1.5 && declared >= 1.5 {
		rdr.PDFVersion = v
	}
}

// textSafe readies s for pdfsign, which writes text with non-ASCII
// characters as UTF-16 in a literal string without escaping its bytes: a
// byte that is "(", ")", "\" or a carriage return would end or change the
// string. Such characters become "?" (and brackets of ASCII text become
// square ones) so the dictionary stays well formed.
func textSafe(s string) string {
	ascii := true
	for _, r := range s {
		ascii = ascii && r < 0x80
	}
	if ascii {
		return s // pdfsign escapes ASCII text itself
	}
	out := []rune(s)
	for i, r := range out {
		switch r {
		case '(':
			out[i] = '['
			continue
		case ')':
			out[i] = ']'
			continue
		case '\\':
			out[i] = '/'
			continue
		}
		for _, u := range utf16.Encode([]rune{r}) {
			if unsafeByte(byte(u>>8)) || unsafeByte(byte(u)) {
				out[i] = '?'
			}
		}
	}
	return string(out)
}

// nameSafe is textSafe for the signer's name, except that a name it would
// change is left out: the certificate names the signer anyway.
func nameSafe(s string) string {
	if textSafe(s) != s {
		return ""
	}
	return s
}

func unsafeByte(b byte) bool { return b == '(' || b == ')' || b == '\\' || b == '\r' }
