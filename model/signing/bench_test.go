package signing_test

import (
	"bytes"
	"testing"

	"github.com/styrgrupp/styrgrupp/model/signing"
	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
)

// BenchmarkSignTwice signs a 30-page PDF as the chair and then as the
// adjuster, as the minutes of a meeting are signed (each Sign verifies
// its result too). The identities are made before the clock starts.
func BenchmarkSignTwice(b *testing.B) {
	doc, err := signingtest.PDF(30, manifest)
	if err != nil {
		b.Fatal(err)
	}
	chair := signingtest.Identity(b, "Anna Ordförande", "Kommunen")
	adjuster := signingtest.Identity(b, "Bo Justerare", "Kommunen")
	opts := signing.SignOptions{Reason: "Justering", Location: "Kommunhuset"}
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	var first, second bytes.Buffer
	for b.Loop() {
		first.Reset()
		second.Reset()
		if err := signing.Sign(doc, &first, chair, opts); err != nil {
			b.Fatal(err)
		}
		if err := signing.Sign(first.Bytes(), &second, adjuster, opts); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if r, err := signing.Verify(second.Bytes()); err != nil || !r.OK() || len(r.Signatures) != 2 {
		b.Fatalf("the result does not verify: %v %+v", err, r)
	}
}
