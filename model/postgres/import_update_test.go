package postgres_test

import (
	"context"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

// An import that revises thousands of stored proposals, with new ones
// among them, sends its updates (queued statements) and its new rows
// (COPY) a batch at a time while it gathers the next (flushAsync): every
// proposal ends at its new revision, search finds the new words and not
// the old, and Check passes.
func TestImportRevisingThousandsWhileSending(t *testing.T) {
	if testing.Short() {
		t.Skip("thousands of rows")
	}
	w := newWorld(t)
	ctx := context.Background()
	const n = 2700 // more than one batch (flushEvery)
	check(t, w.s.Import(w.Ctx(), importArea("5", n), nil))
	ps, err := w.s.Proposals(ctx, model.ProposalFilter{})
	check(t, err)
	var items []model.ImportItem
	for _, p := range ps {
		if p.Kind != model.KindIntervention {
			continue
		}
		c := p.Content
		c.Summary = "Läxhjälp på biblioteket"
		items = append(items, model.ImportItem{ID: p.ID, BaseRevision: p.Revision, Content: c})
	}
	if len(items) != n-1 {
		t.Fatalf("%d interventions, want %d", len(items), n-1)
	}
	items = append(items, importArea("6", 300)...)
	check(t, w.s.Import(w.Ctx(), items, nil))
	after, err := w.s.Proposals(ctx, model.ProposalFilter{})
	check(t, err)
	revised := 0
	for _, p := range after {
		if p.Kind == model.KindIntervention && p.Ref[:2] == "5." {
			if p.Revision != 2 || p.Summary != "Läxhjälp på biblioteket" {
				t.Fatalf("%s: revision %d, summary %q", p.Ref, p.Revision, p.Summary)
			}
			revised++
		}
	}
	if revised != n-1 || len(after) != len(ps)+300 {
		t.Errorf("%d revised of %d; %d proposals, want %d", revised, n-1, len(after), len(ps)+300)
	}
	for q, want := range map[string]int{"läxhjälp biblioteket": n - 1, "föräldrar": 299} {
		hits, err := w.s.Search(ctx, q)
		check(t, err)
		if len(hits) != want {
			t.Errorf("search %q: %d hits, want %d", q, len(hits), want)
		}
	}
	r, err := w.s.Check(ctx)
	check(t, err)
	if !r.OK() {
		t.Errorf("check: %s", reportText(r))
	}
}
