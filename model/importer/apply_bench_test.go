package importer_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model/importer"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// BenchmarkApply10kCSV reads, plans and writes 10,000 interventions into
// an empty store: the whole import, as `styrgrupp import` does it.
func BenchmarkApply10kCSV(b *testing.B) {
	data := bigCSV(10000)
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		s, err := sqlite.Open(filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		r, err := importer.Read("big.csv", strings.NewReader(string(data)))
		if err != nil {
			b.Fatal(err)
		}
		plan, err := importer.MakePlan(ctx, s, r)
		if err != nil {
			b.Fatal(err)
		}
		if err := importer.Apply(ctx, s, plan, nil); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}
