package signing_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/signing"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
)

// flip returns a copy of data with the byte at i changed.
func flip(data []byte, i int) []byte {
	out := bytes.Clone(data)
	out[i] ^= 0x01
	return out
}

// dateByte is the offset of a digit of the document's creation date,
// which lies in the first revision, outside every signature's /Contents.
func dateByte(t *testing.T, data []byte) int {
	t.Helper()
	i := bytes.Index(data, []byte("/CreationDate (D:2026"))
	if i < 0 {
		t.Fatal("no creation date in the PDF")
	}
	return i + len("/CreationDate (D:202")
}

func TestTamperedByteIsCaughtByPdfsigAndVerify(t *testing.T) {
	first := signAs(t, unsigned(t), "Anna Ordförande")
	second := signAs(t, first, "Bo Justerare")
	// In the first revision, both signatures break; in the second
	// signature's own update (its /Reason), only the second.
	reason := bytes.LastIndex(second, []byte("/Reason (Justering)")) + len("/Reason (J")
	for _, c := range []struct {
		name   string
		data   []byte
		broken []bool
	}{
		{"one signer, first revision", flip(first, dateByte(t, first)), []bool{true}},
		{"two signers, first revision", flip(second, dateByte(t, second)), []bool{true, true}},
		{"two signers, second update", flip(second, reason), []bool{false, true}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := signingtest.Pdfsig(t, signingtest.WriteTemp(t, "t.pdf", c.data))
			sigs := signingtest.PdfsigSignatures(out)
			if len(sigs) != len(c.broken) {
				t.Fatalf("pdfsig sees %d signatures:\n%s", len(sigs), out)
			}
			r, err := signing.Verify(c.data)
			if err != nil {
				t.Fatal(err)
			}
			if r.OK() || len(r.Signatures) != len(c.broken) {
				t.Fatalf("Verify passes a tampered file: %+v", r)
			}
			for i, broken := range c.broken {
				pdfsigValid := strings.Contains(sigs[i], "Signature is Valid.")
				if pdfsigValid == broken {
					t.Errorf("pdfsig, signature %d: valid=%v, want %v:\n%s", i+1, pdfsigValid, !broken, sigs[i])
				}
				if broken && !strings.Contains(sigs[i], "Digest Mismatch") {
					t.Errorf("pdfsig, signature %d, does not say Digest Mismatch:\n%s", i+1, sigs[i])
				}
				if r.Signatures[i].Valid == broken || r.Signatures[i].Altered != broken {
					t.Errorf("Verify, signature %d: valid=%v, want %v (%v)", i+1, r.Signatures[i].Valid, !broken, r.Signatures[i].Problems)
				}
			}
		})
	}
}

func TestBytesAppendedAfterTheLastSignature(t *testing.T) {
	signed := signAs(t, unsigned(t), "Anna Ordförande")
	// The last lines again make a new, empty revision that readers accept.
	last := signed[bytes.LastIndex(signed, []byte("startxref")):]
	for name, tail := range map[string]string{
		"comment":      "% tillägg\n",
		"new revision": "\n" + string(last),
		"a newline":    "\n",
	} {
		data := append(bytes.Clone(signed), tail...)
		out := signingtest.Pdfsig(t, signingtest.WriteTemp(t, "a.pdf", data))
		if !strings.Contains(out, "Not total document signed") || !strings.Contains(out, "Signature is Valid.") {
			t.Errorf("%s: pdfsig says:\n%s", name, out)
		}
		r, err := signing.Verify(data)
		if err != nil {
			t.Fatal(err)
		}
		if r.WhollySigned || r.OK() || !r.Signatures[0].Valid || !r.Signatures[0].CoversRevision {
			t.Errorf("%s: Verify = %+v", name, r)
		}
	}
}

func TestSignatureOverSomethingElse(t *testing.T) {
	signed := signAs(t, unsigned(t), "Anna Ordförande")
	// Point the byte range's end at an earlier place: the signature then
	// no longer covers its revision (and no longer verifies).
	i := bytes.Index(signed, []byte("/ByteRange ["))
	j := i + bytes.IndexByte(signed[i:], ']')
	fields := strings.Fields(string(signed[i+len("/ByteRange [") : j]))
	short := "/ByteRange [" + strings.Join([]string{fields[0], fields[1], fields[2], "10"}, " ") + "]"
	data := bytes.Clone(signed)
	copy(data[i:], short+strings.Repeat(" ", j+1-i-len(short)))
	r, err := signing.Verify(data)
	if err != nil {
		t.Fatal(err)
	}
	if s := r.Signatures[0]; r.OK() || s.CoversRevision || s.Valid || len(s.Problems) == 0 {
		t.Errorf("Verify = %+v", s)
	}
}

// A file whose signature no longer holds is not signed further.
func TestNoSigningOnABrokenSignature(t *testing.T) {
	first := signAs(t, unsigned(t), "Anna Ordförande")
	broken := flip(first, dateByte(t, first))
	err := signing.Sign(broken, &bytes.Buffer{}, signingtest.Identity(t, "Bo", "K"), signing.SignOptions{})
	if e := (*model.Error)(nil); !errors.As(err, &e) || e.Key != "signing_earlier_invalid" {
		t.Fatalf("Sign = %v", err)
	}
	if msg := model.ErrorMessage(err, model.Swedish); msg != "Signatur 1 i PDF-filen håller inte (se styrgrupp verify), så filen signeras inte vidare." {
		t.Errorf("message = %q", msg)
	}
	// Bytes added after a valid signature do not stop the next signer,
	// whose signature then covers them.
	added := append(bytes.Clone(first), "% tillägg\n"...)
	var out bytes.Buffer
	if err := signing.Sign(added, &out, signingtest.Identity(t, "Bo", "K"), signing.SignOptions{}); err != nil {
		t.Fatal(err)
	}
	if r, err := signing.Verify(out.Bytes()); err != nil || !r.OK() {
		t.Errorf("Verify: %v %+v", err, r)
	}
}
