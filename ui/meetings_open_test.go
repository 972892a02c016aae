package ui

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/signing"
)

// meetingsWindowOf returns the app's window titled Möten, if open.
func meetingsWindowOf(a fyne.App) fyne.Window {
	for _, win := range a.Driver().AllWindows() {
		if win.Title() == lang.L("meetings.title") {
			return win
		}
	}
	return nil
}

func TestTheMainWindowOpensOneMeetingsWindow(t *testing.T) {
	a := testapp.New(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	w := NewMainWindow(a, demoStore(t))
	w.background = func(f func()) { f() }
	w.showMeetings()
	first := w.meetings
	if first == nil || !first.Uses(w.store) {
		t.Fatal("Möten did not open the meetings window on the window's store")
	}
	if win := meetingsWindowOf(a); win == nil || !contains(labelsOf(win.Content()), "Justerat") {
		t.Fatal("the meetings window does not list the demo's signed-off meeting")
	}
	w.showMeetings()
	if w.meetings != first {
		t.Error("a second Möten opened another window")
	}
	first.Close()
	if w.meetings != nil {
		t.Error("closing the meetings window is not noticed")
	}
}

func TestTheDecisionBasisIsWrittenWithItsFingerprint(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	p, err := s.ProposalByRef(ctx, "1.1")
	if err != nil {
		t.Fatal(err)
	}
	id, err := identity.New("Leila Rahimi", "Älvstads kommun", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "beslutsunderlag.pdf")
	if err := writeBasisPDF(s, ctx, path, "1.1", pdf.Options{Comments: true}, id); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	report, err := signing.Verify(data)
	if err != nil || len(report.Signatures) != 1 || !report.WhollySigned {
		t.Fatalf("signatures: %+v, %v", report, err)
	}
	man, ok, err := pdf.ParseManifest(report.Keywords)
	if !ok || err != nil || man.Kind != pdf.KindBasis || len(man.Entries) != 1 ||
		man.Entries[0].Ref != "1.1" || man.Entries[0].Revision != p.Revision {
		t.Fatalf("manifest %+v (%v, %v)", man, ok, err)
	}
	rev, err := s.Revision(ctx, p.ID, p.Revision)
	if err != nil || man.Entries[0].Fingerprint != rev.Fingerprint {
		t.Errorf("the basis prints fingerprint %s, the store has %s (%v)", man.Entries[0].Fingerprint, rev.Fingerprint, err)
	}
}

func TestTheBasisDialogOpensAndWrites(t *testing.T) {
	a := testapp.New(t)
	w := NewMainWindow(a, demoStore(t))
	if w.exportBasis() != nil {
		t.Fatal("the dialog opened without a proposal shown")
	}
	w.Select("1.1")
	e := w.exportBasis()
	e.comments.SetChecked(true)
	e.chooseFile()
	e.file.dir = t.TempDir()
	e.file.accept()
	entries, _ := os.ReadDir(e.file.dir)
	if len(entries) != 1 || filepath.Ext(entries[0].Name()) != ".pdf" {
		t.Fatalf("the folder holds %v", entries)
	}
}

// A meeting made elsewhere shows in the open meetings window at the next
// look at the store.
func TestTheMeetingsWindowFollowsTheStore(t *testing.T) {
	w, s := editWindow(t)
	w.showMeetings()
	var st storeWatch
	w.checkStore(context.Background(), &st) // the first look notes where the store is
	ctx := model.WithActor(context.Background(), "Test")
	if _, err := s.CreateMeeting(ctx, model.Meeting{Title: "Extra", Place: "Rum 2",
		StartsAt: time.Date(2027, 3, 1, 13, 0, 0, 0, time.Local)}); err != nil {
		t.Fatal(err)
	}
	w.checkStore(context.Background(), &st)
	if win := meetingsWindowOf(w.app); win == nil || !contains(labelsOf(win.Content()), "1 mars 2027 13:00") {
		t.Error("the meetings window does not show the meeting made meanwhile")
	}
}

// The file dialog of a PDF offers a free name in the documents folder and
// adds ".pdf" to a name without it.
func TestAskNewPDFAddsTheEnding(t *testing.T) {
	a := testapp.New(t)
	w := NewMainWindow(a, demoStore(t))
	var got string
	d := w.askNewPDF("PDF", "utdrag-2027-3", func(path string) { got = path })
	if d.name.Text != "utdrag-2027-3.pdf" {
		t.Errorf("the dialog offers %q", d.name.Text)
	}
	d.dir = t.TempDir()
	d.name.SetText("utdrag")
	d.accept()
	if want := filepath.Join(d.dir, "utdrag.pdf"); got != want {
		t.Errorf("the path chosen is %q, want %q", got, want)
	}
}
