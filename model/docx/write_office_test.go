package docx

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// officeTool finds an outside program the test needs: missing, the test
// is skipped on a developer's machine but fails in CI (CI set), where
// it is installed.
func officeTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is needed in CI: %v", name, err)
		}
		t.Skipf("%s is not installed: %v", name, err)
	}
	return path
}

// TestTemplateAndExportOpenInLibreOffice converts the template and the
// demo programme's document to PDF with LibreOffice, headless, and reads
// the PDFs' text back with pdftotext.
func TestTemplateAndExportOpenInLibreOffice(t *testing.T) {
	soffice, pdftotext := officeTool(t, "soffice"), officeTool(t, "pdftotext")
	dir := t.TempDir()
	ps := writeDemoProgramme(t)
	example := TemplateExample(ps)
	template, err := os.Create(filepath.Join(dir, "mall.docx"))
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteTemplate(template, example, model.Swedish, time.Now()); err != nil {
		t.Fatal(err)
	}
	template.Close()
	_, doc := writeDemo(t, model.Swedish)
	if err := os.WriteFile(filepath.Join(dir, "export.docx"), doc, 0o600); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	profile := url.URL{Scheme: "file", Path: filepath.Join(dir, "profile")}
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation="+profile.String(), "--headless",
		"--convert-to", "pdf", "--outdir", dir, filepath.Join(dir, "mall.docx"), filepath.Join(dir, "export.docx"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	last := ps[len(ps)-1]
	for name, want := range map[string][]string{
		"mall.pdf":   {model.Message(model.Swedish, "docx.template_title"), "1 " + example[0].Title, "1.1 " + example[1].Title, "Sammanfattning:"},
		"export.pdf": {"1 " + ps[0].Title, last.Ref + " " + last.Title, "Preventionsnivå:"},
	} {
		out, err := exec.CommandContext(ctx, pdftotext, filepath.Join(dir, name), "-").Output()
		if err != nil {
			t.Fatalf("LibreOffice made no readable %s: %v", name, err)
		}
		text := strings.Join(strings.Fields(string(out)), " ")
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s does not show %q", name, w)
			}
		}
	}
}
