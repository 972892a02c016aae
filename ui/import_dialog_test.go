package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// writeFile writes a file for the test and returns its path.
func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// importWindow is the main window on the demo store with its background
// work run at once.
func importWindow(t *testing.T) *MainWindow {
	t.Helper()
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	w := NewMainWindow(a, demoStore(t))
	w.background = func(f func()) { f() }
	return w
}

func TestDroppedFileShowsThePlanAndImportsIt(t *testing.T) {
	w := importWindow(t)
	ctx := context.Background()
	old, err := w.store.ProposalByRef(ctx, "1.2")
	if err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "nya förslag.csv", "Ref;Titel;Sammanfattning\r\n1.5;Läxhjälp på fritidsgården;Stöd efter skoltid.\r\n"+
		"1.2;"+old.Title+" i hela kommunen;"+old.Summary+"\r\n")

	f := &importFlow{w: w}
	plan, err := importer.PlanFiles(w.ctx, w.store, path)
	if err != nil {
		t.Fatalf("reading the file: %v", err)
	}
	f.showPreview(plan)
	if got := f.summary.Text; !strings.Contains(got, "1 nya") || !strings.Contains(got, "1 ändrade") {
		t.Errorf("preview says %q, want 1 new and 1 changed", got)
	}
	if _, err := w.store.ProposalByRef(ctx, "1.5"); model.ErrorCode(err) != model.ENotFound {
		t.Fatalf("the preview wrote to the store: %v", err)
	}

	f.apply()
	p, err := w.store.ProposalByRef(ctx, "1.5")
	if err != nil {
		t.Fatalf("1.5 was not imported: %v", err)
	}
	if p.Title != "Läxhjälp på fritidsgården" {
		t.Errorf("1.5 is titled %q", p.Title)
	}
	if p, _ := w.store.ProposalByRef(ctx, "1.2"); p.Revision != old.Revision+1 {
		t.Errorf("1.2 is at revision %d, want %d", p.Revision, old.Revision+1)
	}
	if f.bar.Value != 1 {
		t.Errorf("the progress bar ended at %v", f.bar.Value)
	}
	under := strings.Join(w.tree.childUIDs("1"), ",")
	if !strings.Contains(under, "1.5") {
		t.Errorf("the list does not show the new proposal under area 1: %s", under)
	}
}

func TestABrokenFileImportsNothingAndSaysWhere(t *testing.T) {
	w := importWindow(t)
	path := writeFile(t, "trasig.csv", "Ref;Titel;Kostnad\r\n1.6;Ny insats;tusen kronor\r\n")
	f := &importFlow{w: w}
	_, err := importer.PlanFiles(w.ctx, w.store, path)
	if err == nil {
		t.Fatal("a cost of 'tusen kronor' was read")
	}
	msg := model.ErrorMessage(err, model.Swedish)
	if ps, ok := err.(interface{ Message(model.Language) string }); ok {
		msg = ps.Message(model.Swedish)
	}
	for _, want := range []string{"trasig.csv", "rad 2", "Kostnad"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q does not name %q", msg, want)
		}
	}
	f.showProblems(err)
	if _, err := w.store.ProposalByRef(context.Background(), "1.6"); model.ErrorCode(err) != model.ENotFound {
		t.Errorf("1.6 was stored: %v", err)
	}
}

func TestDroppingAFileStartsTheImport(t *testing.T) {
	w := importWindow(t)
	path := writeFile(t, "en.json", `{"format_version": 1, "proposals": [{"ref": "6.9", "title": "Uppföljning av trygghetsvandringar"}]}`)
	w.onDropped(fyne.NewPos(10, 10), nil)
	if len(w.win.Canvas().Overlays().List()) != 0 {
		t.Fatal("dropping nothing opened a dialog")
	}
	w.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(path)})
	overlays := w.win.Canvas().Overlays().List()
	if len(overlays) == 0 {
		t.Fatal("dropping a file opened no dialog")
	}
}
