package ui

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/signing"
)

// Arkiv → Exportera uppföljningsrapport … asks for the file and writes
// the follow-up report there; signed, it carries the report's manifest
// with the approved interventions.
func TestTheFollowUpReportIsExportedFromArkiv(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	w := NewMainWindow(a, s)
	w.background = func(f func()) { f() }
	item := menuItem(t, w.win.MainMenu(), "Arkiv", "Exportera uppföljningsrapport …")
	if item.Disabled || item.Action == nil {
		t.Fatal("the menu item is disabled")
	}
	e := w.exportFollowUpReport()
	if e.sign.Checked {
		t.Error("the report is signed unless asked")
	}
	e.chooseFile()
	e.file.dir = t.TempDir()
	e.file.accept()
	entries, _ := os.ReadDir(e.file.dir)
	if len(entries) != 1 || filepath.Ext(entries[0].Name()) != ".pdf" {
		t.Fatalf("the folder holds %v", entries)
	}

	id, err := identity.New("Leila Rahimi", "Älvstads kommun", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "uppfoljning.pdf")
	if err := writeFollowUpPDF(context.Background(), s, path, pdf.Options{}, id); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	report, err := signing.Verify(data)
	if err != nil || !report.OK() {
		t.Fatalf("signatures: %+v, %v", report, err)
	}
	es, err := s.FollowUps(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	man, ok, err := pdf.ParseManifest(report.Keywords)
	if !ok || err != nil || man.Kind != pdf.KindFollowUp || len(man.Entries) == 0 || len(man.Entries) > len(es) {
		t.Fatalf("manifest %+v (%v, %v) of %d follow-ups", man, ok, err, len(es))
	}
}

func TestTheFollowUpReportMenuItemInEnglish(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.English); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = SetLanguage(model.Swedish) })
	w := NewMainWindow(a, demoStore(t))
	menuItem(t, w.win.MainMenu(), "File", "Export follow-up report …")
}
