package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/document"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// signedDemoMinutes writes the minutes of the demo store's first meeting
// with items, signed by Leila Rahimi, and returns the file's bytes.
func signedDemoMinutes(t *testing.T, w *MainWindow) []byte {
	t.Helper()
	ms, err := w.store.Meetings(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	var mt model.Meeting
	for _, m := range ms {
		if len(m.Items) > 0 && !m.SignedOff() {
			mt = m
			break
		}
	}
	if mt.ID == 0 {
		t.Fatal("the demo has no meeting with items that is not signed off")
	}
	id, err := identity.New("Leila Rahimi", "Älvstads kommun", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "protokoll.pdf")
	req := document.Request{Kind: pdf.KindMinutes, Meeting: mt.ID, Signer: id, Out: outfile.Target{Path: path}}
	if _, err := document.Write(w.ctx, w.store, req); err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestPDFCheckShowsSignaturesAndFingerprints: Kontrollera PDF … shows the
// signature and that the fingerprints match the store the minutes came
// from; the same file against another store, or a tampered file, shows
// that it does not hold.
func TestPDFCheckShowsSignaturesAndFingerprints(t *testing.T) {
	w, _ := fileWindow(t)
	doc := signedDemoMinutes(t, w)

	c := w.showPDFCheck("protokoll.pdf", doc)
	report := c.report.Text
	if !strings.Contains(report, "Signatur 1: Leila Rahimi (Älvstads kommun)") || !strings.Contains(report, "giltig") {
		t.Errorf("the signature is not shown:\n%s", report)
	}
	if !strings.Contains(report, "Fingeravtrycken stämmer med databasen") || strings.Contains(report, "STÄMMER INTE") {
		t.Errorf("the fingerprints do not match the store they came from:\n%s", report)
	}
	if c.verdict.Text != "ok: alla signaturer håller" {
		t.Errorf("verdict %q", c.verdict.Text)
	}

	other, err := sqlite.Open(otherStore(t, "annan.db", "Annat område"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	c = newPDFCheck(context.Background(), other, func(f func()) { f() })
	test.NewTempWindow(t, c.buildUI())
	c.check("protokoll.pdf", doc)
	if !strings.Contains(c.report.Text, "STÄMMER INTE") || c.verdict.Text != "KONTROLLEN MISSLYCKADES" {
		t.Errorf("against another store:\n%s\n%s", c.report.Text, c.verdict.Text)
	}

	tampered := append([]byte(nil), doc...)
	i := strings.Index(string(tampered), "Rahimi")
	tampered[i] = 'X'
	c = w.showPDFCheck("protokoll.pdf", tampered)
	if !strings.Contains(c.report.Text, "OGILTIG") || c.verdict.Text != "KONTROLLEN MISSLYCKADES" {
		t.Errorf("a tampered file:\n%s\n%s", c.report.Text, c.verdict.Text)
	}
}

// TestPDFCheckSaysWhyAFileCannotBeChecked: a file that is not a signed
// PDF is said so on the screen.
func TestPDFCheckSaysWhyAFileCannotBeChecked(t *testing.T) {
	w, _ := fileWindow(t)
	c := w.showPDFCheck("x.pdf", []byte("not a pdf"))
	if c.verdict.Text != "Filen kunde inte kontrolleras" || c.report.Text == "" {
		t.Errorf("verdict %q, report %q", c.verdict.Text, c.report.Text)
	}
}

// TestArkivHasKontrolleraPDF: the file menu offers the check.
func TestArkivHasKontrolleraPDF(t *testing.T) {
	w, _ := fileWindow(t)
	if menuItem(t, w.win.MainMenu(), "Arkiv", "Kontrollera PDF …").Action == nil {
		t.Error("Kontrollera PDF … does nothing")
	}
}
