package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
)

// A Word document saved by LibreOffice Writer, dropped on the window,
// opens the same preview as a workbook, naming its proposals.
func TestDroppingAWordDocumentShowsThePreview(t *testing.T) {
	w := importWindow(t)
	path, err := filepath.Abs(filepath.Join("..", "model", "importer", "testdata", "docx", "team_sv.docx"))
	if err != nil {
		t.Fatal(err)
	}
	w.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(path)})
	text := strings.Join(texts(topOverlay(w)), "\n")
	for _, want := range []string{"Trygghetsnod vid resecentrum", "Nattvandring"} {
		if !strings.Contains(text, want) {
			t.Errorf("the preview does not show %q:\n%s", want, text)
		}
	}
}
