package importer_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/docx"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// docxPlan reads a Word document written by the export's writer and
// plans its import into s.
func docxPlan(t *testing.T, s model.Store, doc []byte) importer.Plan {
	t.Helper()
	res, err := importer.Read("program.docx", bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	plan, err := importer.MakePlan(context.Background(), s, res)
	if err != nil {
		t.Fatal(err)
	}
	return plan
}

// docxDemoContents returns the proposals of s and their contents.
func docxDemoContents(t *testing.T, s model.Store) ([]model.Proposal, []model.Content) {
	t.Helper()
	ps, err := s.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var contents []model.Content
	for _, p := range ps {
		contents = append(contents, p.Content)
	}
	return ps, contents
}

// TestDocxDemoRoundTrip: the demo programme exported to the template's
// form (docx.Write, what `export --format docx` writes) reads back as
// unchanged, every proposal, with the labels in either language.
func TestDocxDemoRoundTrip(t *testing.T) {
	s := demoStore(t)
	ps, contents := docxDemoContents(t, s)
	for _, l := range []model.Language{model.Swedish, model.English} {
		var doc bytes.Buffer
		opts := docx.Options{Language: l, Title: docx.ExportTitle(l), Created: time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)}
		if err := docx.Write(&doc, contents, opts); err != nil {
			t.Fatal(err)
		}
		plan := docxPlan(t, s, doc.Bytes())
		if len(ps) < 5 || plan.Count(importer.Unchanged) != len(ps) {
			for _, c := range plan.Changes {
				if c.Kind != importer.Unchanged {
					t.Errorf("%s: %s: %s %v", l, c.Record.Content.Ref, c.Kind, c.Fields)
				}
			}
			t.Fatalf("%s: %d of %d unchanged", l, plan.Count(importer.Unchanged), len(ps))
		}
	}
}

// TestDocxTemplateRoundTrip: the template a team starts from reads back
// as its example proposals.
func TestDocxTemplateRoundTrip(t *testing.T) {
	s := demoStore(t)
	_, contents := docxDemoContents(t, s)
	example := docx.TemplateExample(contents)
	var doc bytes.Buffer
	if err := docx.WriteTemplate(&doc, example, model.Swedish, time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	plan := docxPlan(t, s, doc.Bytes())
	if len(example) != 2 || plan.Count(importer.Unchanged) != 2 || len(plan.Changes) != 2 {
		t.Fatalf("the template's %d examples plan as %d unchanged of %d", len(example), plan.Count(importer.Unchanged), len(plan.Changes))
	}
	for i, c := range plan.Changes {
		if c.Record.Content.Ref != example[i].Ref || c.Record.Content.Title != example[i].Title {
			t.Errorf("change %d is %s %q; want %s %q", i, c.Record.Content.Ref, c.Record.Content.Title, example[i].Ref, example[i].Title)
		}
	}
}

// TestDocxDemoSavedAgainByLibreOffice: the demo's export opened and saved
// again by LibreOffice Writer (which rewrites every part, and adds a "/"
// to a link's target) still reads back unchanged, every proposal.
func TestDocxDemoSavedAgainByLibreOffice(t *testing.T) {
	soffice := docxTestSoffice(t)
	s := demoStore(t)
	ps, contents := docxDemoContents(t, s)
	dir := t.TempDir()
	src := filepath.Join(dir, "program.docx")
	var doc bytes.Buffer
	if err := docx.Write(&doc, contents, docx.Options{Language: model.Swedish, Title: docx.ExportTitle(model.Swedish)}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(src, doc.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "saved")
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(dir, "profile")),
		"--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", out, src)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	saved, err := os.ReadFile(filepath.Join(out, "program.docx"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(saved, doc.Bytes()) {
		t.Fatal("LibreOffice gave the file back unchanged: the test would test nothing")
	}
	plan := docxPlan(t, s, saved)
	if plan.Count(importer.Unchanged) != len(ps) {
		for _, c := range plan.Changes {
			if c.Kind != importer.Unchanged {
				t.Errorf("%s: %s %v", c.Record.Content.Ref, c.Kind, c.Fields)
			}
		}
		t.Fatalf("%d of %d unchanged after LibreOffice saved the document", plan.Count(importer.Unchanged), len(ps))
	}
}
