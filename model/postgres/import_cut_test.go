package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// importArea is an import of area ref and n-1 new interventions in it,
// whose summary holds what COPY's text format escapes (tab, newline,
// backslash).
func importArea(ref string, n int) []model.ImportItem {
	items := []model.ImportItem{{Content: model.Content{Ref: ref, Kind: model.KindArea, Title: "Område " + ref}}}
	for i := range n - 1 {
		items = append(items, model.ImportItem{Content: model.Content{
			Ref: fmt.Sprintf("%s.%d", ref, i+1), Kind: model.KindIntervention,
			Title:   fmt.Sprintf("Insats %d", i+1),
			Summary: "Stöd till föräldrar\tmed små barn.\nRad två \\N",
		}})
	}
	return items
}

// An import whose link goes away, or whose context is cancelled, while
// its batches are sent on their own goroutine (flushAsync) fails, leaves
// nothing of itself in the store, and leaves the store usable: the same
// import then goes through whole on the same Store.
func TestImportCutMidwayLeavesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("thousands of rows, several times")
	}
	w := newWorld(t)
	ctx := context.Background()
	s, proxy := openThrough(t, w.url)
	db := rawDB(t, w.url)

	before, err := w.s.Proposals(ctx, model.ProposalFilter{})
	check(t, err)
	audit, err := w.s.Audit(ctx, "", "", 0)
	check(t, err)
	const n = 5100 // sent on their own at 2500 and 5000, the last at 5100
	cases := []struct {
		name   string
		cutAt  int   // progress at which the link is cut, or 0
		after  int64 // CutAfter this many round trips, or -1
		cancel bool  // cancel the context instead of cutting
	}{
		{"cut after 2 round trips", 0, 2, false},
		{"cut after 3 round trips", 0, 3, false},
		{"cut at 2500", 2500, -1, false},
		{"cut at 3000", 3000, -1, false},
		{"cut at the end", n, -1, false},
		{"cancel at 2500", 2500, -1, true}, // while the first batch is sent
		{"cancel at 3000", 3000, -1, true},
	}
	for i, c := range cases {
		ref := fmt.Sprint(i + 2)
		ictx, cancel := context.WithCancel(w.Ctx())
		if c.after >= 0 {
			proxy.CutAfter(c.after)
		}
		err := s.Import(ictx, importArea(ref, n), func(done, _ int) {
			if done == c.cutAt {
				if c.cancel {
					cancel()
				} else {
					proxy.Cut()
				}
			}
		})
		cancel()
		t.Logf("%s: %v", c.name, err)
		if err == nil && (proxy.Down() || c.cancel) {
			t.Errorf("%s: the import reported no error", c.name)
		}
		if c.cancel && !errors.Is(err, context.Canceled) {
			t.Errorf("%s: %v, want context.Canceled", c.name, err)
		}
		proxy.Resume()
		ps, perr := w.s.Proposals(ctx, model.ProposalFilter{})
		check(t, perr)
		if err != nil && len(ps) != len(before) {
			t.Errorf("%s: %v, and %d proposals are stored, want the %d there were", c.name, err, len(ps), len(before))
		}
		if err == nil {
			before = ps
			audit, perr = w.s.Audit(ctx, "", "", 0)
			check(t, perr)
			continue
		}
		got, perr := w.s.Audit(ctx, "", "", 0)
		check(t, perr)
		if len(got) != len(audit) {
			t.Errorf("%s: %d audit rows, want %d", c.name, len(got), len(audit))
		}
		var search int
		check(t, db.QueryRow(ctx, `SELECT count(*) FROM proposal_search`).Scan(&search))
		if search != len(before) {
			t.Errorf("%s: %d search rows, want %d", c.name, search, len(before))
		}
		// The same Store, on the link back, takes the whole import.
		if err := s.Import(w.Ctx(), importArea(ref, n), nil); err != nil {
			t.Fatalf("%s: the import again: %v", c.name, err)
		}
		if before, err = w.s.Proposals(ctx, model.ProposalFilter{}); err != nil {
			t.Fatal(err)
		}
		audit, err = w.s.Audit(ctx, "", "", 0)
		check(t, err)
	}
	r, err := w.s.Check(ctx)
	check(t, err)
	if !r.OK() {
		t.Errorf("check: %s", reportText(r))
	}
	// No transaction of the store is left open on the server.
	deadline := time.Now().Add(5 * time.Second)
	for {
		var open int
		check(t, db.QueryRow(ctx, `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()
			AND state LIKE 'idle in transaction%'`).Scan(&open))
		if open == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d transactions left open", open)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
