package signing_test

import (
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/signing"
)

// FuzzVerify feeds Verify damaged PDFs: it must answer with a report or a
// domain error, never panic, and never call a changed file wholly signed
// by a signature that does not verify.
func FuzzVerify(f *testing.F) {
	signed := signAs(f, unsigned(f), "Anna Ordförande")
	f.Add(signed)
	f.Add(signAs(f, signed, "Bo Justerare"))
	f.Add(unsigned(f))
	f.Add([]byte("%PDF-1.7\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := signing.Verify(data)
		if err != nil {
			if model.ErrorCode(err) != model.EInvalid {
				t.Fatalf("Verify = %v", err)
			}
			return
		}
		if len(r.Signatures) == 0 {
			t.Fatal("a report without signatures")
		}
		last := r.Signatures[len(r.Signatures)-1]
		if r.WhollySigned && (!last.Valid || last.SignedEnd != int64(len(data))) {
			t.Fatalf("wholly signed by %+v", last)
		}
	})
}
