package pdf_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
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
