package importer_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// docxTestSoffice returns LibreOffice's soffice; without it the test is
// skipped, but fails in CI, where it is installed.
func docxTestSoffice(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("soffice")
	switch {
	case err == nil:
		return path
	case os.Getenv("CI") != "":
		t.Fatalf("soffice (libreoffice-writer-nogui) is needed in CI: %v", err)
	}
	t.Skip("soffice is not installed")
	return ""
}

// docxTestConvert converts the flat ODF files of testdata/docx to .docx
// with LibreOffice Writer, in one run, and returns the paths of the
// results.
func docxTestConvert(t *testing.T, names ...string) []string {
	t.Helper()
	soffice := docxTestSoffice(t)
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	args := []string{"-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(dir, "profile")), "--headless", "--convert-to", "docx", "--outdir", dir}
	var out []string
	for _, n := range names {
		src, err := filepath.Abs(filepath.Join("testdata/docx", n+".fodt"))
		if err != nil {
			t.Fatal(err)
		}
		args = append(args, src)
		out = append(out, filepath.Join(dir, n+".docx"))
	}
	cmd := exec.CommandContext(ctx, soffice, args...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	for _, p := range out {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("soffice wrote no %s", p)
		}
	}
	return out
}

// TestDocxFromLibreOffice: documents written in LibreOffice Writer, one
// with Swedish styles (Rubrik 1, Rubrik 2) and numbered headings, one with
// English styles, outline numbering and English labels, import as the
// team wrote them, and a second import changes nothing.
func TestDocxFromLibreOffice(t *testing.T) {
	paths := docxTestConvert(t, "team_sv", "team_en")
	want := map[string][]model.Content{
		"team_sv.docx": {
			{Ref: "2", Title: "Trygg i centrum", Summary: "Ett tryggare centrum.", Description: "Området samlar insatserna i centrum."},
			{
				Ref: "2.3", Title: "Trygghetsnod vid resecentrum",
				Description: "En bemannad nod vid resecentrum, öppen kvällar och helger.",
				Rationale:   "Otryggheten är störst kvällstid.",
				Evidence: []model.Evidence{
					{Kind: model.EvidenceResearch, Citation: "Brå 2024", URL: "https://bra.se/rapport-2024"},
					{Kind: model.EvidenceExperience, Citation: "Nattvandring i Malmö"},
				},
				RiskFactors:  []string{"Otrygga miljöer", "Alkohol i offentlig miljö"},
				ProblemAreas: []model.ProblemArea{model.Violence, model.Crime},
				Responsible:  "Kommunpolis",
				Cost:         model.Kronor(1_250_000),
			},
			{Ref: "2.4", Title: "Nattvandring", Description: "Vuxna på stan fredagar."},
		},
		"team_en.docx": {
			{Ref: "1", Title: "Safe school", Summary: "Safer schools for all pupils."},
			{
				Ref: "1.1", Title: "School counsellors", Description: "More counsellors in grades 7 to 9.",
				Evidence:        []model.Evidence{{Kind: model.EvidenceStatistics, Citation: "https://www.skolverket.se/statistik"}},
				RiskFactors:     []string{"Truancy", "Bullying"},
				PreventionLevel: model.Selective, Responsible: "Head of schools",
			},
			{Ref: "1.2", Title: "Homework club", Cost: model.Kronor(120_000)},
			{Ref: "2", Title: "Leisure", Description: "Open youth centres."},
		},
	}
	for _, p := range paths {
		res, err := importer.ReadFile(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if len(res.Warnings) > 0 {
			t.Errorf("warnings: %s", importer.Problems(res.Warnings).Message(model.Swedish))
		}
		w := want[filepath.Base(p)]
		if len(res.Records) != len(w) {
			t.Fatalf("%s: %d records, want %d", p, len(res.Records), len(w))
		}
		for i, c := range w {
			c.Kind = model.KindFromRef(c.Ref)
			if got := res.Records[i].Content; !reflect.DeepEqual(got, c.Normalize()) {
				t.Errorf("%s, record %d:\n got %+v\nwant %+v", filepath.Base(p), i, got, c.Normalize())
			}
		}
	}

	ctx := context.Background()
	s := docxTestStore(t)
	for _, p := range paths {
		plan, err := importer.PlanFiles(ctx, s, p)
		if err != nil {
			t.Fatal(err)
		}
		if err := importer.Apply(ctx, s, plan, nil); err != nil {
			t.Fatal(err)
		}
		again, err := importer.PlanFiles(ctx, s, p)
		if err != nil || again.Count(importer.Unchanged) != len(again.Changes) {
			t.Errorf("%s again: %+v %v", p, again.Changes, err)
		}
	}
}
