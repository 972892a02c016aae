package main

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// docxBody returns word/document.xml of the Word document at path.
func docxBody(t *testing.T, path string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("%s is no zip: %v", path, err)
	}
	defer z.Close()
	f, err := z.Open("word/document.xml")
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestTemplateWritesAWordDocumentOnce(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mall.docx")
	if code, _, stderr := runCLI("template", "--format", "docx", "-o", path); code != exitOK {
		t.Fatalf("template exited %d: %s", code, stderr)
	}
	body := docxBody(t, path)
	for _, want := range []string{"Tidiga insatser och föräldraskapsstöd", `<w:pStyle w:val="Heading2"/>`, ">Sammanfattning:<", ">Evidens:<"} {
		if !strings.Contains(body, want) {
			t.Errorf("the template lacks %q", want)
		}
	}
	before, _ := os.ReadFile(path)
	if code, _, stderr := runCLI("template", "--format", "docx", "-o", path); code != exitUsage || !strings.Contains(stderr, "finns redan") {
		t.Errorf("a second template over the first: exit %d, %q", code, stderr)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the existing template was changed")
	}

	en := filepath.Join(dir, "template.docx")
	if code, _, stderr := runCLI("--lang", "en", "template", "--format", "docx", "-o", en); code != exitOK {
		t.Fatalf("template --lang en exited %d: %s", code, stderr)
	}
	if body := docxBody(t, en); !strings.Contains(body, ">Summary:<") || strings.Contains(body, ">Sammanfattning:<") {
		t.Error("the English template does not have the English labels")
	}
	if code, _, stderr := runCLI("template", "--format", "xlsx", "-o", filepath.Join(dir, "m.xlsx")); code != exitUsage || !strings.Contains(stderr, `"xlsx"`) {
		t.Errorf("an unknown template format: exit %d, %q", code, stderr)
	}
}

func TestExportDocxHeadsEveryProposalAndIsTheSameTwice(t *testing.T) {
	store := demoFile(t)
	clock = func() time.Time { return demo.StoryTime }
	defer func() { clock = time.Now }()
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.docx"), filepath.Join(dir, "b.docx")
	for _, out := range []string{a, b} {
		if code, _, stderr := runCLI("export", "--store", store, "--format", "docx", "-o", out); code != exitOK {
			t.Fatalf("export exited %d: %s", code, stderr)
		}
	}
	s, err := sqlite.Open(store)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := s.Proposals(context.Background(), model.ProposalFilter{})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	body := docxBody(t, a)
	if n := strings.Count(body, `<w:pStyle w:val="Heading`); n != len(ps) || len(ps) == 0 {
		t.Errorf("%d headings for %d proposals", n, len(ps))
	}
	for _, p := range ps {
		if !strings.Contains(body, ">"+p.Ref+" "+p.Title+"<") {
			t.Errorf("no heading %s %s", p.Ref, p.Title)
		}
	}
	ba, _ := os.ReadFile(a)
	bb, _ := os.ReadFile(b)
	if !bytes.Equal(ba, bb) {
		t.Error("the same store exported twice gave different documents")
	}

	csvPath := filepath.Join(dir, "x.csv")
	if err := os.WriteFile(csvPath, []byte("Ref;Titel\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI("export", "--store", store, "--format", "docx", "-o", csvPath); code != exitUsage || !strings.Contains(stderr, "DOCX-fil") {
		t.Errorf("a Word export over a CSV file: exit %d, %q", code, stderr)
	}
	if code, _, stderr := runCLI("export", "--store", store, "--format", "docx", "-o", a); code != exitOK {
		t.Errorf("a Word export over an earlier one: exit %d, %q", code, stderr)
	}
}
