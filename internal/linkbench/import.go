package linkbench

import (
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model/importer"
)

// hostPort is the host:port of a postgres:// URL.
func hostPort(t testing.TB, raw string) string {
	t.Helper()
	u, err := url.Parse(raw)
	must(t, err)
	return u.Host
}

// MeasureImport times the import of the file CSVEnv names into a new,
// empty store of each kind, as the window's Importera and the command
// line's import do it: the plan (importer.PlanFiles), then its apply.
// Each run gets a store of its own; the median time and round trips are
// reported as action.
func MeasureImport(t *testing.T, action string) {
	t.Helper()
	path := os.Getenv(CSVEnv)
	if path == "" {
		t.Fatalf("linkbench: %s names no file of 10,000 rows (.ci/bench-link writes one with .ci/benchgen)", CSVEnv)
	}
	for _, kind := range []string{SQLite, Postgres} {
		var ms []float64
		var rts []int64
		for i := 0; i <= Runs(); i++ {
			f := Open(t, kind, "")
			ctx := StoryCtx()
			rt := f.RoundTrips()
			began := time.Now()
			plan, err := importer.PlanFiles(ctx, f.Store, path)
			must(t, err)
			must(t, importer.Apply(ctx, f.Store, plan, nil))
			d := time.Since(began)
			if i > 0 {
				ms = append(ms, float64(d.Microseconds())/1000)
				rts = append(rts, f.RoundTrips()-rt)
			}
			must(t, f.Store.Close())
		}
		Report(t, action, kind, "empty", median(ms), median(rts))
	}
}
