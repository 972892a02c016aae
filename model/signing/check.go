package signing

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/digitorus/pdf"
	"github.com/digitorus/pkcs7"
)

// The SubFilters whose /Contents is a detached CMS signature over the
// byte range; Styrgrupp writes the first.
var detachedSubFilters = map[string]bool{
	"adbe.pkcs7.detached": true,
	"ETSI.CAdES.detached": true,
}

// check verifies one signature dictionary against the file's bytes.
func check(data []byte, o sigObject, ends [][2]int64) (s Signature) {
	v := o.value
	s.Field = o.field
	s.Claimed = v.Key("Name").Text()
	s.Reason = v.Key("Reason").Text()
	s.Location = v.Key("Location").Text()
	if t, ok := pdfDate(v.Key("M").Text()); ok {
		s.Time = t
	}
	contents := []byte(v.Key("Contents").RawString())
	br, err := byteRange(v.Key("ByteRange"), int64(len(data)))
	if err != nil {
		s.Problems = append(s.Problems, err.Error())
		return s
	}
	s.SignedEnd = br[2] + br[3]
	if err := gapIsContents(data, br, contents); err != nil {
		s.Problems = append(s.Problems, err.Error())
	} else {
		s.Revision = revisionAt(ends, s.SignedEnd)
		s.CoversRevision = s.Revision > 0
		if !s.CoversRevision {
			s.Problems = append(s.Problems, fmt.Sprintf("the signed bytes end at %d, which is not the end of a revision", s.SignedEnd))
		}
	}
	if sf := v.Key("SubFilter").Name(); !detachedSubFilters[sf] {
		s.Problems = append(s.Problems, fmt.Sprintf("SubFilter %q is not a detached CMS signature", sf))
		return s
	}
	signed := make([]byte, 0, br[1]+br[3])
	signed = append(signed, data[br[0]:br[0]+br[1]]...)
	signed = append(signed, data[br[2]:br[2]+br[3]]...)
	if err := s.verifyCMS(contents, signed); err != nil {
		s.Problems = append(s.Problems, err.Error())
		return s
	}
	s.Valid = true
	return s
}

// verifyCMS checks the CMS signature in contents over signed, and the
// signer's certificate and key, and fills in the signer and the signing
// time.
func (s *Signature) verifyCMS(contents, signed []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the signature cannot be read: %v", r)
		}
	}()
	p7, err := pkcs7.Parse(contents)
	if err != nil {
		return fmt.Errorf("the signature cannot be read: %w", err)
	}
	if len(p7.Signers) != 1 {
		return fmt.Errorf("the signature has %d signers, not one", len(p7.Signers))
	}
	cert := p7.GetOnlySigner()
	if cert == nil {
		return fmt.Errorf("the signature lacks its signer's certificate")
	}
	certErr := s.describe(cert, p7.Certificates)
	var t time.Time
	if p7.UnmarshalSignedAttribute(pkcs7.OIDAttributeSigningTime, &t) == nil && !t.IsZero() {
		s.Time = t
	}
	p7.Content = signed
	if err := p7.Verify(); err != nil {
		var mismatch *pkcs7.MessageDigestMismatchError
		s.Altered = errors.As(err, &mismatch)
		return fmt.Errorf("the signature does not verify: %w", err)
	}
	return certErr
}

// byteRange reads /ByteRange: it must be [0 a b c] with the two ranges in
// order inside the file and a gap between them.
func byteRange(v pdf.Value, size int64) ([4]int64, error) {
	var br [4]int64
	if v.Kind() != pdf.Array || v.Len() != 4 {
		return br, fmt.Errorf("/ByteRange is not four numbers: %v", v)
	}
	for i := range br {
		if v.Index(i).Kind() != pdf.Integer {
			return br, fmt.Errorf("/ByteRange is not four numbers: %v", v)
		}
		br[i] = v.Index(i).Int64()
	}
	if br[0] != 0 || br[1] <= 0 || br[2] <= br[1] || br[3] < 0 || br[2]+br[3] > size {
		return br, fmt.Errorf("/ByteRange %v does not start at the file's start or lies outside the file (%d bytes)", br, size)
	}
	return br, nil
}

// gapIsContents checks that the bytes the range leaves out are exactly the
// signature's own /Contents, as a hex string in angle brackets.
func gapIsContents(data []byte, br [4]int64, contents []byte) error {
	gap := data[br[1]:br[2]]
	if len(gap) < 2 || gap[0] != '<' || gap[len(gap)-1] != '>' {
		return fmt.Errorf("the unsigned gap %d–%d is not a hex string", br[1], br[2])
	}
	inner := gap[1 : len(gap)-1]
	if len(inner)%2 == 1 {
		inner = append(bytes.Clone(inner), '0')
	}
	decoded := make([]byte, hex.DecodedLen(len(inner)))
	if _, err := hex.Decode(decoded, inner); err != nil {
		return fmt.Errorf("the unsigned gap %d–%d is not a hex string", br[1], br[2])
	}
	if !bytes.Equal(decoded, contents) {
		return fmt.Errorf("the unsigned gap %d–%d is not this signature's /Contents", br[1], br[2])
	}
	return nil
}

// revisionAt returns the number (from 1) of the revision that ends at
// end, or 0.
func revisionAt(ends [][2]int64, end int64) int {
	for i, e := range ends {
		if end == e[0] || end == e[1] {
			return i + 1
		}
	}
	return 0
}

// pdfDate reads a PDF date such as "D:20260315143000+01'00'", with or
// without the time zone and the seconds.
func pdfDate(s string) (time.Time, bool) {
	for _, layout := range []string{"D:20060102150405Z07'00'", "D:20060102150405Z07'00", "D:20060102150405Z", "D:20060102150405", "D:200601021504"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
