package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// openFollowUps returns the follow-ups of the store at path that are not
// over yet.
func openFollowUps(t *testing.T, path string) []model.FollowUpEntry {
	t.Helper()
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	es, err := s.FollowUps(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var open []model.FollowUpEntry
	for _, e := range es {
		if !e.FollowUp.Final() {
			open = append(open, e)
		}
	}
	if len(open) == 0 {
		t.Fatal("the demo store has no follow-up to report on")
	}
	return open
}

// swedishExcelFollowUp writes a follow-up workbook as Swedish Excel saves
// it, reporting ref in progress at 40 %: a sheet Uppföljning with Swedish
// headers, the date a serial number formatted as a date, the progress a
// number formatted as a percentage.
func swedishExcelFollowUp(t *testing.T, ref string) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", "Uppföljning"))
	const s = "Uppföljning"
	date, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	must(err)
	percent, err := f.NewStyle(&excelize.Style{NumFmt: 9})
	must(err)
	must(f.SetSheetRow(s, "A1", &[]any{"Ref", "Status", "Andel klar (%)", "Kommentar", "Datum"}))
	serial := time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
	must(f.SetSheetRow(s, "A2", &[]any{ref, "Pågår", 0.4, "Två grupper i gång.", serial}))
	must(f.SetCellStyle(s, "C2", "C2", percent))
	must(f.SetCellStyle(s, "E2", "E2", date))
	path := filepath.Join(t.TempDir(), "uppföljning.xlsx")
	must(f.SaveAs(path))
	return path
}

// The follow-up sheet through the command line: the dry run previews
// what changes at which row and writes nothing, the import writes it, a
// second import changes nothing, and a bad row refuses the file with its
// place.
func TestImportFollowUpSheet(t *testing.T) {
	path := demoFile(t)
	e := openFollowUps(t, path)[0]
	ref := e.Proposal.Ref
	file := swedishExcelFollowUp(t, ref)
	before := dump(t, path)

	code, stdout, stderr := runCLI("import", "--store", path, "--dry-run", file)
	if code != exitOK {
		t.Fatalf("dry run: exit %d\n%s%s", code, stdout, stderr)
	}
	wantLines := []string{
		"Torrkörning, inget sparat: Uppföljning: 1 ändrade, 0 oförändrade",
		"  ändrad   " + ref,
		"uppföljning.xlsx, blad Uppföljning, rad 2, 2027-03-01: ",
		"andel klar " + strconv.Itoa(e.FollowUp.Progress) + " → 40 %, ny anteckning",
	}
	for _, want := range wantLines {
		if !strings.Contains(stdout, want) {
			t.Errorf("the preview lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "nya, ") {
		t.Errorf("the preview counts proposals of a follow-up sheet:\n%s", stdout)
	}
	if dump(t, path) != before {
		t.Fatal("a dry run changed the store")
	}

	if code, stdout, stderr = runCLI("import", "--store", path, file); code != exitOK || !strings.Contains(stdout, "Importerat: Uppföljning: 1 ändrade") {
		t.Fatalf("import: exit %d\n%s%s", code, stdout, stderr)
	}
	for _, f := range openFollowUps(t, path) {
		if f.Proposal.Ref == ref && (f.FollowUp.Status != model.FollowUpInProgress || f.FollowUp.Progress != 40 ||
			f.FollowUp.Notes[len(f.FollowUp.Notes)-1].Text != "Två grupper i gång.") {
			t.Fatalf("saved %+v", f.FollowUp)
		}
	}
	if code, stdout, _ = runCLI("import", "--store", path, file); code != exitOK || !strings.Contains(stdout, "Uppföljning: 0 ändrade, 1 oförändrade") {
		t.Fatalf("again: exit %d\n%s", code, stdout)
	}

	before = dump(t, path)
	for text, want := range map[string]string{
		"9.99;Pågår;;;2027-04-01":         "uppföljning.csv, rad 3, kolumn Ref: det finns inget förslag 9.99 i databasen",
		ref + ";Klar?;;;2027-05-01":       `uppföljning.csv, rad 3, kolumn Status: "Klar?" är ingen status`,
		ref + ";Pågår;120;;2027-05-01":    `uppföljning.csv, rad 3, kolumn Andel klar: "120" ligger utanför 0–100 %`,
		ref + ";Ej påbörjad;;;2027-05-01": "uppföljning.csv, rad 3, kolumn Status: Uppföljningen kan inte gå från pågår till ej påbörjad",
	} {
		bad := filepath.Join(t.TempDir(), "uppföljning.csv")
		text = "Ref;Status;Andel klar;Kommentar;Datum\r\n" + ref + ";Pågår;50;Bra.;2027-04-01\r\n" + text + "\r\n"
		if err := os.WriteFile(bad, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		code, stdout, stderr = runCLI("import", "--store", path, bad)
		if code != exitUsage || !strings.Contains(stderr, want) || !strings.Contains(stderr, "Inget importerades: 1 fel.") {
			t.Errorf("bad row: exit %d\n%s%s\nwant %s", code, stdout, stderr, want)
		}
	}
	if dump(t, path) != before {
		t.Fatal("a refused import changed the store")
	}

	code, stdout, stderr = runCLI("import", "--lang", "en", "--store", path, "--dry-run", file)
	if code != exitOK || !strings.Contains(stdout, "Dry run, nothing saved: Follow-up: 0 changed, 1 unchanged") {
		t.Fatalf("in English: exit %d\n%s%s", code, stdout, stderr)
	}
}
