package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
	"github.com/styrgrupp/styrgrupp/model/storetest"
)

// followUpFile writes a store.FollowUpWorld to a file, sets the
// command's clock to its day, and returns the file's path.
func followUpFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "f.db")
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	storetest.FollowUpWorld(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	clock = func() time.Time { return storetest.FollowUpToday.Time().Add(9 * time.Hour) }
	t.Cleanup(func() { clock = time.Now })
	return path
}

// The report signed with --sign: pdfsig finds the signature valid, qpdf
// the file sound, verify --store the fingerprints those of the store,
// and its text the interventions, overdue ones marked, in Swedish and in
// English.
func TestFollowUpReportCommandSigned(t *testing.T) {
	store := followUpFile(t)
	dir := t.TempDir()
	id := sigIdentity(t, dir, "Bo Ek")
	out := filepath.Join(dir, "uppfoljning.pdf")
	said := mustRun(t, exitOK, "followup-report", "--store", store, "--sign", id, "-o", out)
	if !strings.Contains(said, "Uppföljningsrapporten är skriven till "+out+" (godkända insatser: 4, dokument-id ") {
		t.Errorf("followup-report says %q", said)
	}
	sigs := signingtest.PdfsigSignatures(signingtest.Pdfsig(t, out))
	if len(sigs) != 1 || !strings.Contains(sigs[0], "Signature is Valid.") || !strings.Contains(sigs[0], "Total document signed") ||
		!strings.Contains(sigs[0], "Signer Certificate Common Name: Bo Ek") {
		t.Fatalf("pdfsig:\n%s", strings.Join(sigs, ""))
	}
	signingtest.QpdfCheck(t, out)
	if said := mustRun(t, exitOK, "verify", "--store", store, out); !strings.Contains(said, "Dokument: uppföljningsrapport") ||
		!strings.Contains(said, "Fingeravtrycken stämmer med databasen") {
		t.Errorf("verify --store says:\n%s", said)
	}
	text := pdfTextOf(t, out)
	for _, w := range []string{"Uppföljningsrapport", "Läget den 15 april 2027", "Område 1 – Tidiga insatser",
		"KS 2026/124", "Andel klar 40 %", "Ej uppfyllt", "Uppfyllt 10 december 2026 av Dan Åström",
		"FÖRSENAD Avstämningsdatumet 1 februari 2027 har passerat."} {
		if !strings.Contains(text, w) {
			t.Errorf("the report lacks %q", w)
		}
	}

	en := filepath.Join(dir, "followup.pdf")
	said = mustRun(t, exitOK, "followup-report", "--store", store, "--lang", "en", "-o", en)
	if !strings.Contains(said, "The follow-up report is written to "+en+" (approved interventions: 4, document id ") {
		t.Errorf("followup-report --lang en says %q", said)
	}
	text = pdfTextOf(t, en)
	for _, w := range []string{"Follow-up report", "As of 15 April 2027", "Area 2 – Trygg skolmiljö", "Progress 100 %",
		"OVERDUE No note for more than 6 months."} {
		if !strings.Contains(text, w) {
			t.Errorf("the English report lacks %q", w)
		}
	}
}

// The report is never written over the store, an input or the identity,
// and wants -o, a store that exists and a known language.
func TestFollowUpReportCommandRefuses(t *testing.T) {
	store := followUpFile(t)
	before, err := os.ReadFile(store)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "r.pdf")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"followup-report", "--store", store, "-o", store}, store},
		{[]string{"followup-report", "--store", store}, "-o"},
		{[]string{"followup-report", "--store", store, "--lang", "de", "-o", out}, "okänt språk"},
		{[]string{"followup-report", "--store", filepath.Join(dir, "saknas.db"), "-o", out}, "hittar inte"},
		{[]string{"followup-report", "--store", store, "-o", filepath.Join(dir, "saknas", "r.pdf")}, "finns inte"},
		{[]string{"followup-report", "--store", store, "--lang", "en", "-o", store}, "error:"},
	} {
		code, _, stderr := runCLI(c.args...)
		if code != exitUsage || !strings.Contains(stderr, c.want) {
			t.Errorf("%s: exit %d, %q; want %d and %q", strings.Join(c.args, " "), code, stderr, exitUsage, c.want)
		}
	}
	onlyFiles(t, dir)
	if after, _ := os.ReadFile(store); !bytes.Equal(before, after) {
		t.Error("the store was changed")
	}
}
