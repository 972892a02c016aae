package postgres_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// An import of 10,000 proposals goes to the server in batches, in one
// transaction: every proposal is there with its revision, search entry
// and audit row, and Check passes. The time is logged, not asserted
// (make bench compares it with SQLite).
func TestImportTenThousand(t *testing.T) {
	if testing.Short() {
		t.Skip("10,000 rows")
	}
	w := newWorld(t)
	const areas, each = 20, 500
	var items []model.ImportItem
	for a := range areas {
		ref := fmt.Sprint(a + 2)
		items = append(items, model.ImportItem{Content: model.Content{Ref: ref, Kind: model.KindArea, Title: "Område " + ref}})
		for i := range each - 1 {
			items = append(items, model.ImportItem{Content: model.Content{
				Ref: fmt.Sprintf("%s.%d", ref, i+1), Kind: model.KindIntervention,
				Title:       fmt.Sprintf("Insats %d i område %s", i+1, ref),
				Summary:     "Stöd till föräldrar med små barn.",
				Description: "Vägledande samtal i grupp, åtta träffar.",
				Rationale:   "Forskning visar att tidigt stöd minskar risken för våld.",
				Evidence:    []model.Evidence{{Kind: model.EvidenceResearch, Citation: "Folkhälsomyndigheten 2023", URL: "https://example.org/fohm"}},
				RiskFactors: []string{"Konflikter i familjen"}, ProtectiveFactors: []string{"Trygg anknytning"},
				ProblemAreas: []model.ProblemArea{model.Violence}, PreventionLevel: model.Universal,
				TargetGroup: "Föräldrar till barn 0–5 år", Responsible: "Socialförvaltningen",
				Partners: []string{"Förskolan"}, Cost: model.Money{Ore: 125000050, Set: true},
			}})
		}
	}
	ctx := context.Background()
	before, err := w.s.Audit(ctx, "", "", 0)
	check(t, err)
	var last [2]int
	began := time.Now()
	check(t, w.s.Import(w.Ctx(), items, func(done, total int) { last = [2]int{done, total} }))
	t.Logf("imported %d proposals in %v", len(items), time.Since(began))
	if last != [2]int{len(items), len(items)} {
		t.Errorf("last progress %v", last)
	}
	ps, err := w.s.Proposals(ctx, model.ProposalFilter{})
	check(t, err)
	if len(ps) != len(items)+1 {
		t.Fatalf("%d proposals, want %d", len(ps), len(items)+1)
	}
	r, err := w.s.Check(ctx)
	check(t, err)
	if !r.OK() || r.AuditRows != int64(len(before)+len(items)) {
		t.Fatalf("check: %d audit rows, want %d; %s", r.AuditRows, len(before)+len(items), reportText(r))
	}
	hits, err := w.s.Search(ctx, "insats 499 område 21")
	check(t, err)
	if len(hits) != 1 {
		t.Errorf("search in the imported rows: %+v", hits)
	}
}
