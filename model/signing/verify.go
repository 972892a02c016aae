package signing

import (
	"crypto/x509"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
)

// Signature is one signature of a PDF as Verify found it.
type Signature struct {
	// Field is the name of the signature's form field, such as
	// "Signature 1"; empty when no field holds it.
	Field string
	// Name and Org name the signer as the certificate does (CN and O).
	Name, Org string
	// Claimed is the name written in the signature dictionary (/Name),
	// which the signer chose; Name is the one to show.
	Claimed string
	// Reason and Location are the signature dictionary's, if any.
	Reason, Location string
	// Time is the signing time: the CMS signing-time attribute, or else
	// the dictionary's /M; zero when neither is there. It is the signer's
	// clock, not a time stamp.
	Time time.Time
	// Certificate is the signer's certificate; nil when the signature
	// could not be read.
	Certificate *x509.Certificate
	// Fingerprint is the certificate's SHA-256 in hex, which a reader can
	// compare with the one its holder handed out.
	Fingerprint string
	// SelfSigned is set for a certificate that is its own issuer, as the
	// ones `styrgrupp identity new` makes; no one vouches for its name.
	SelfSigned bool
	// Chain holds the certificates that vouch for Certificate, as the
	// signature carries them: its issuer first, a self-signed root last;
	// empty for a self-signed certificate.
	Chain []*x509.Certificate
	// Key names the signer's public key, such as RSA 2048 bits.
	Key identity.KeySize
	// Weak is set when that key is weaker than identity.CheckKey allows:
	// RSA below 2048 bits, or ECDSA on a curve other than P-256, P-384 or
	// P-521. Such a signature is not valid.
	Weak bool
	// CertProblem says why the certificates do not hold
	// (identity.CheckChain): one was changed after it was made, or the
	// chain stops short of its root. Such a signature is not valid. It is
	// a *model.Error, whose message can be shown to the user.
	CertProblem error
	// Valid is set when the signature is cryptographically valid: the CMS
	// signature verifies with the certificate, over exactly the bytes its
	// byte range names; every certificate of the chain verifies; and the
	// key is not weak.
	Valid bool
	// Altered is set when the signature is not valid because the signed
	// bytes are not those that were signed: the file was changed.
	Altered bool
	// SignedEnd is where the signed bytes end (the offset past the last).
	SignedEnd int64
	// Revision is the revision the signed bytes end with, from 1 for the
	// document as first written; 0 when they end elsewhere.
	Revision int
	// CoversRevision is set when the signed bytes are the whole file from
	// its first byte to the end of Revision, but for the signature's own
	// /Contents: nothing in that part was left unsigned.
	CoversRevision bool
	// Problems say what is wrong, in English, for the log; empty when the
	// signature is valid and covers its revision.
	Problems []string
}

// OK tells whether the signature is valid and covers its revision.
func (s Signature) OK() bool { return s.Valid && s.CoversRevision }

// Report is what Verify found in a PDF.
type Report struct {
	// Signatures in the order they were made (by where they end).
	Signatures []Signature
	// Size is the file's length in bytes.
	Size int64
	// Revisions is how many revisions the file has: the first writing and
	// one per incremental update.
	Revisions int
	// Keywords are the document information's Keywords in the latest
	// revision, where Styrgrupp keeps its manifest.
	Keywords string
	// Attachments are the files embedded in the latest revision, by name.
	Attachments map[string][]byte
	// WhollySigned is set when the last signature is valid and covers the
	// whole file: nothing was added after it.
	WhollySigned bool
}

// OK tells whether every signature is valid and covers its revision, and
// the last one covers the whole file.
func (r Report) OK() bool {
	for _, s := range r.Signatures {
		if !s.OK() {
			return false
		}
	}
	return len(r.Signatures) > 0 && r.WhollySigned
}

// Problems joins every signature's problems, and says so when the file
// goes on after its last signature.
func (r Report) Problems() string {
	var all []string
	for i, s := range r.Signatures {
		for _, p := range s.Problems {
			all = append(all, "signature "+strconv.Itoa(i+1)+": "+p)
		}
	}
	if !r.WhollySigned && len(r.Signatures) > 0 {
		all = append(all, "the last signature does not cover the whole file")
	}
	return strings.Join(all, "; ")
}

// Verify checks every signature of a PDF. It returns an error with the key
// "signing_not_pdf" when data is not a PDF and "signing_no_signature" when
// the PDF has no signature; otherwise the Report says what holds, and
// Report.OK whether all of it does.
func Verify(data []byte) (Report, error) {
	rdr, err := open(data)
	if err != nil {
		return Report{}, err
	}
	objs := findSignatures(rdr)
	if len(objs) == 0 {
		return Report{}, model.Errorf(model.EInvalid, "signing_no_signature")
	}
	ends := revisionEnds(data)
	r := Report{Size: int64(len(data)), Revisions: len(ends), Keywords: keywords(rdr), Attachments: attachments(rdr)}
	for _, o := range objs {
		r.Signatures = append(r.Signatures, check(data, o, ends))
	}
	sort.SliceStable(r.Signatures, func(i, j int) bool { return r.Signatures[i].SignedEnd < r.Signatures[j].SignedEnd })
	last := r.Signatures[len(r.Signatures)-1]
	r.WhollySigned = last.OK() && last.SignedEnd == r.Size
	return r, nil
}

// describe fills in the signer from the certificate, checks the
// certificate and its chain among those the signature carries, and the
// key's strength, and returns what does not hold.
func (s *Signature) describe(c *x509.Certificate, carried []*x509.Certificate) error {
	s.Certificate = c
	s.Name = c.Subject.CommonName
	s.Org = strings.Join(c.Subject.Organization, ", ")
	s.Fingerprint = identity.Fingerprint(c)
	s.SelfSigned = identity.IsSelfSigned(c)
	s.Key = identity.KeySizeOf(c.PublicKey)
	s.Chain, s.CertProblem = identity.CheckChain(c, carried)
	if s.CertProblem != nil {
		return s.CertProblem
	}
	err := identity.CheckKey(c.PublicKey)
	s.Weak = err != nil
	return err
}
