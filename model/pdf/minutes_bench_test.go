package pdf_test

import (
	"bytes"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/signing"
)

// BenchmarkMinutes writes the minutes of generated meetings of 10, 100
// and 500 items, made in memory (no store); the time should grow
// linearly with the items.
func BenchmarkMinutes(b *testing.B) {
	for _, n := range []int{10, 100, 500} {
		in := generated(n, "")
		opts := options(model.Swedish)
		b.Run(fmt.Sprintf("items=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := pdf.Minutes(io.Discard, in, opts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/item")
		})
	}
}

// BenchmarkSignedMinutes writes the minutes of 10, 100 and 500 items and
// has two signers sign them in turn, as a steering group's chair and
// adjuster do: the whole cost of a signed document.
func BenchmarkSignedMinutes(b *testing.B) {
	chair, err := identity.New("Anna Lindqvist", "Älvstads kommun", time.Now())
	if err != nil {
		b.Fatal(err)
	}
	adjuster, err := identity.New("Johan Berggren", "Älvstads kommun", time.Now())
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{10, 100, 500} {
		in := generated(n, "")
		opts := options(model.Swedish)
		b.Run(fmt.Sprintf("items=%d", n), func(b *testing.B) {
			for b.Loop() {
				var doc, first, second bytes.Buffer
				if _, err := pdf.Minutes(&doc, in, opts); err != nil {
					b.Fatal(err)
				}
				if err := signing.Sign(doc.Bytes(), &first, chair, signing.SignOptions{Reason: "Justering"}); err != nil {
					b.Fatal(err)
				}
				if err := signing.Sign(first.Bytes(), &second, adjuster, signing.SignOptions{Reason: "Justering"}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/item")
		})
	}
}
