package ui

import (
	"archive/zip"
	"context"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/model"
)

// TestDocxExportFromTheFileMenu: Arkiv → Exportera … names Word among its
// formats and writes a Word document when the name ends in .docx.
func TestDocxExportFromTheFileMenu(t *testing.T) {
	w, _ := fileWindow(t)
	ps, err := w.store.Proposals(context.Background(), model.ProposalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	d := w.chooseExport()
	if !strings.Contains(strings.Join(texts(topOverlay(w)), " "), "Word-dokument") {
		t.Errorf("the export dialog does not name Word: %q", texts(topOverlay(w)))
	}
	if d.format == nil || !slices.Contains(d.format.Options, "Word (.docx)") || d.format.Selected != "CSV för Excel (.csv)" {
		t.Fatalf("the format list: %+v", d.format)
	}
	d.dir = dir
	d.name.SetText("förslag.csv")
	d.format.SetSelected("Word (.docx)")
	if d.name.Text != "förslag.docx" {
		t.Errorf("choosing Word named the file %q", d.name.Text)
	}
	d.name.SetText("förslag.json")
	if d.format.Selected != "JSON (.json)" {
		t.Errorf("a name ending in .json chose %q", d.format.Selected)
	}
	d.format.SetSelected("Word (.docx)")
	test.Tap(d.ok)
	path := filepath.Join(dir, "förslag.docx")
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("the export is no Word document: %v", err)
	}
	defer z.Close()
	f, err := z.Open("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(f)
	f.Close()
	if n := strings.Count(string(body), `<w:pStyle w:val="Heading`); n != len(ps) {
		t.Errorf("%d headings for %d proposals", n, len(ps))
	}
	if !strings.Contains(string(body), ">Sammanfattning:<") {
		t.Error("the labels are not in the window's language")
	}
	if shown := texts(topOverlay(w)); !contains(shown, "förslag.docx") || !contains(shown, "sparades som Word-dokument") || contains(shown, "beslut") {
		t.Errorf("the summary says %q", shown)
	}
}
