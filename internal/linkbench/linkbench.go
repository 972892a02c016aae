// Package linkbench is the harness of issue 14's link benchmark (`make
// bench`, .ci/bench-link): the window's main actions on SQLite and on
// PostgreSQL reached through internal/pgproxy with Delay on each way of
// the link, on a small store (the demo) and a large one (the demo and
// Large more proposals), in the same run. Each action is timed and its
// round trips counted (pgproxy.RoundTrips before and after); the figures
// go, a line each, to the file Env names, which .ci/bench-link turns into
// its table. The benchmarks that use it drive the real window code on
// Fyne's test driver (ui/linkbench_test.go, ui/meeting/linkbench_test.go,
// built with -tags linkbench). It is for those benchmarks only.
package linkbench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/internal/pgproxy"
	"github.com/styrgrupp/styrgrupp/internal/pgtest"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/model/postgres"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// Delay is what the proxy adds to each way of the link.
const Delay = 10 * time.Millisecond

// Environment of a run (.ci/bench-link sets them).
const (
	Env      = "STYRGRUPP_LINKBENCH_OUT"   // the file the figures are appended to
	RunsEnv  = "STYRGRUPP_LINKBENCH_RUNS"  // timed runs of each action (default 5)
	LargeEnv = "STYRGRUPP_LINKBENCH_LARGE" // proposals the large store adds to the demo (default 2000)
	CSVEnv   = "STYRGRUPP_LINKBENCH_CSV"   // the file of 10,000 rows the import action reads
)

// Kinds of store.
const (
	SQLite   = "sqlite"
	Postgres = "pg-10ms"
)

// Sizes of store.
const (
	Small = "demo"
	Large = "large"
)

// Fixture is one store an action runs on.
type Fixture struct {
	Kind, Size string
	Store      model.Store
	proxy      *pgproxy.Proxy // nil on SQLite
}

// Name is kind/size, for subtests.
func (f *Fixture) Name() string { return f.Kind + "/" + f.Size }

// RoundTrips is the round trips made through the proxy so far; 0 on
// SQLite.
func (f *Fixture) RoundTrips() int64 {
	if f.proxy == nil {
		return 0
	}
	return f.proxy.RoundTrips()
}

// StoryCtx is a context at the demo's story time, as the demo is written.
func StoryCtx() context.Context {
	return model.WithClock(context.Background(), func() time.Time { return demo.StoryTime })
}

// Fixtures returns the four stores, filled: SQLite and PostgreSQL, each
// small and large. Every store is closed when t ends.
func Fixtures(t testing.TB) []*Fixture {
	t.Helper()
	var out []*Fixture
	for _, size := range []string{Small, Large} {
		for _, kind := range []string{SQLite, Postgres} {
			out = append(out, Open(t, kind, size))
		}
	}
	return out
}

// Open returns a store of kind holding the demo, and Large more
// proposals when size is Large; an empty store when size is "".
func Open(t testing.TB, kind, size string) *Fixture {
	t.Helper()
	f := &Fixture{Kind: kind, Size: size}
	fill := func(s model.Store) {
		if size == "" {
			return
		}
		ctx := StoryCtx()
		must(t, demo.Load(ctx, s, assets.Demo))
		if size == Large {
			must(t, s.Import(ctx, Items(envInt(LargeEnv, 2000), 100), nil))
		}
	}
	switch kind {
	case SQLite:
		s, err := sqlite.Open(filepath.Join(t.TempDir(), "store.db"))
		must(t, err)
		t.Cleanup(func() { s.Close() })
		fill(s)
		f.Store = s
	case Postgres:
		url := pgtest.URL(t)
		direct, err := postgres.Open(context.Background(), url)
		must(t, err)
		fill(direct)
		direct.Close()
		f.proxy, err = pgproxy.Start(hostPort(t, url))
		must(t, err)
		f.proxy.Delay = Delay
		t.Cleanup(func() { f.proxy.Close() })
		via, err := f.proxy.URL(url)
		must(t, err)
		s, err := postgres.Open(context.Background(), via)
		must(t, err)
		t.Cleanup(func() { s.Close() })
		f.Store = s
	default:
		t.Fatalf("linkbench: no store kind %q", kind)
	}
	return f
}

// Items returns n new proposals for an import: areas from ref firstArea
// up, each with 49 interventions, areas first.
func Items(n, firstArea int) []model.ImportItem {
	var items []model.ImportItem
	for a := firstArea; len(items) < n; a++ {
		ref := strconv.Itoa(a)
		items = append(items, model.ImportItem{Content: model.Content{Ref: ref, Kind: model.KindArea, Title: "Område " + ref}})
		for i := 1; i < 50 && len(items) < n; i++ {
			items = append(items, model.ImportItem{Content: model.Content{
				Ref: fmt.Sprintf("%s.%d", ref, i), Kind: model.KindIntervention,
				Title:       fmt.Sprintf("Insats %d i område %s", i, ref),
				Summary:     "Stöd till föräldrar med små barn.",
				Description: "Vägledande samtal i grupp, åtta träffar.",
				Rationale:   "Forskning visar att tidigt stöd minskar risken för våld.",
				Evidence:    []model.Evidence{{Kind: model.EvidenceResearch, Citation: "Folkhälsomyndigheten 2023"}},
				RiskFactors: []string{"Konflikter i familjen"}, ProtectiveFactors: []string{"Trygg anknytning"},
				ProblemAreas: []model.ProblemArea{model.Violence}, PreventionLevel: model.Universal,
				TargetGroup: "Föräldrar till barn 0–5 år", Responsible: "Socialförvaltningen",
				Partners: []string{"Förskolan"}, Cost: model.Money{Ore: 125000050, Set: true},
			}})
		}
	}
	return items
}

// Runs is the number of timed runs of each action.
func Runs() int { return envInt(RunsEnv, 5) }

// Measure runs action once to warm the connection and the statement
// caches up, then Runs() times timed, run(i) being given the run's
// number; it reports the median time and the median round trips.
func (f *Fixture) Measure(t testing.TB, action string, run func(i int)) {
	t.Helper()
	f.MeasureWith(t, action, nil, run)
}

// MeasureWith is Measure with setup(i) run before each run, untimed.
func (f *Fixture) MeasureWith(t testing.TB, action string, setup func(i int), run func(i int)) {
	t.Helper()
	var ms []float64
	var rts []int64
	for i := 0; i <= Runs(); i++ {
		if setup != nil {
			setup(i)
		}
		rt := f.RoundTrips()
		began := time.Now()
		run(i)
		d := time.Since(began)
		if i > 0 {
			ms = append(ms, float64(d.Microseconds())/1000)
			rts = append(rts, f.RoundTrips()-rt)
		}
	}
	Report(t, action, f.Kind, f.Size, median(ms), median(rts))
}

var outMu sync.Mutex

// Report writes one action's figures: to the file Env names, and to the
// test's log.
func Report(t testing.TB, action, kind, size string, ms float64, roundTrips int64) {
	t.Helper()
	line := fmt.Sprintf("%s\t%s\t%s\t%.1f\t%d\n", action, kind, size, ms, roundTrips)
	t.Logf("%s", line)
	path := os.Getenv(Env)
	if path == "" {
		return
	}
	outMu.Lock()
	defer outMu.Unlock()
	out, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	must(t, err)
	defer out.Close()
	_, err = out.WriteString(line)
	must(t, err)
}

func median[T int64 | float64](v []T) T {
	slices.Sort(v)
	if len(v) == 0 {
		return 0
	}
	return v[len(v)/2]
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
