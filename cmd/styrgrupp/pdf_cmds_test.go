package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// demoMeetings writes a demo store and returns its path and the ids of
// its signed-off and open meetings.
func demoMeetings(t *testing.T) (path string, signed, open int64) {
	t.Helper()
	path = demoFile(t)
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ms, err := s.Meetings(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.SignedOff() {
			signed = m.ID
		} else {
			open = m.ID
		}
	}
	if signed == 0 || open == 0 {
		t.Fatal("the demo lacks a signed-off or an open meeting")
	}
	return path, signed, open
}

// pdfTextOf returns the text of a PDF as pdftotext gives it, flattened;
// it skips the test when poppler-utils are missing.
func pdfTextOf(t *testing.T, path string) string {
	t.Helper()
	for _, tool := range []string{"pdftotext", "qpdf"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (apt-get install poppler-utils qpdf); CI installs it", tool)
		}
	}
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check %s: %v\n%s", path, err, out)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// onlyFiles fails unless dir holds exactly the named files: no temporary
// file is left behind.
func onlyFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, " ") != strings.Join(names, " ") {
		t.Errorf("%s holds %q, want %q", dir, got, names)
	}
}

func TestMinutesCommand(t *testing.T) {
	store, signed, _ := demoMeetings(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "protokoll.pdf")
	code, stdout, stderr := runCLI("minutes", "--store", store, "--meeting", strconv.FormatInt(signed, 10), "-o", out)
	if code != exitOK {
		t.Fatalf("minutes exited %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, out) || !strings.Contains(stdout, "dokument-id") {
		t.Errorf("minutes says %q", stdout)
	}
	onlyFiles(t, dir, "protokoll.pdf")
	if info, err := os.Stat(out); err != nil || info.Mode().Perm() != outfile.Mode {
		t.Errorf("the minutes' file: %v, %v", info, err)
	}
	text := pdfTextOf(t, out)
	for _, w := range []string{"Protokoll", pdf.DefaultBody, "Justerare", "Sida 1 av", "Beslut – godkänt med villkor"} {
		if !strings.Contains(text, w) {
			t.Errorf("the minutes lack %q", w)
		}
	}

	// By the meeting's date, in English, with the body's name.
	code, _, stderr = runCLI("minutes", "--store", store, "--meeting", "2026-12-09", "--lang", "en",
		"--body", "Kommunchefens ledningsgrupp", "-o", out)
	if code != exitOK {
		t.Fatalf("minutes of the open meeting by date exited %d: %s", code, stderr)
	}
	text = pdfTextOf(t, out)
	for _, w := range []string{"Minutes", "DRAFT – not signed off", "Kommunchefens ledningsgrupp", "9 December 2026"} {
		if !strings.Contains(text, w) {
			t.Errorf("the English draft minutes lack %q", w)
		}
	}
}

func TestMinutesCommandRefusesBadInput(t *testing.T) {
	store, signed, _ := demoMeetings(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "p.pdf")
	id := strconv.FormatInt(signed, 10)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"minutes", "--store", store, "--meeting", "99", "-o", out}, "inget sammanträde med nummer 99"},
		{[]string{"minutes", "--store", store, "--meeting", "2026-10-15", "-o", out}, "inget sammanträde den 2026-10-15"},
		{[]string{"minutes", "--store", store, "--meeting", "nästa", "-o", out}, "varken"},
		{[]string{"minutes", "--store", store, "-o", out}, "--meeting"},
		{[]string{"minutes", "--store", store, "--meeting", id}, "-o"},
		{[]string{"minutes", "--store", store, "--meeting", id, "--lang", "de", "-o", out}, "okänt språk"},
		{[]string{"minutes", "--store", filepath.Join(dir, "saknas.db"), "--meeting", id, "-o", out}, "hittar inte"},
		{[]string{"minutes", "--store", store, "--meeting", id, "-o", filepath.Join(dir, "saknas", "p.pdf")}, "finns inte"},
		{[]string{"extract", "--store", store, "--meeting", id, "--item", "99", "-o", out}, "ingen § 99"},
		{[]string{"extract", "--store", store, "--meeting", id, "-o", out}, "--item"},
		{[]string{"basis", "--store", store, "--proposal", "9.9", "-o", out}, "inget förslag med referensen 9.9"},
		{[]string{"basis", "--store", store, "-o", out}, "--proposal"},
	} {
		code, _, stderr := runCLI(c.args...)
		if code != exitUsage || !strings.Contains(stderr, c.want) {
			t.Errorf("%s: exit %d, %q; want %d and %q", strings.Join(c.args, " "), code, stderr, exitUsage, c.want)
		}
	}
	onlyFiles(t, dir) // nothing written, not even an empty database
}

func TestExtractCommand(t *testing.T) {
	store, signed, _ := demoMeetings(t)
	out := filepath.Join(t.TempDir(), "utdrag.pdf")
	code, stdout, stderr := runCLI("extract", "--store", store, "--meeting", strconv.FormatInt(signed, 10), "--item", "5", "-o", out)
	if code != exitOK {
		t.Fatalf("extract exited %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "§ 5") {
		t.Errorf("extract says %q", stdout)
	}
	text := pdfTextOf(t, out)
	for _, w := range []string{"Protokollsutdrag", "Rätt utdraget betygar", "Beslut – återremitterat"} {
		if !strings.Contains(text, w) {
			t.Errorf("the extract lacks %q", w)
		}
	}
	if strings.Contains(text, "Beslut – avslag") {
		t.Error("the extract of § 5 holds another §'s decision")
	}
}

func TestBasisCommand(t *testing.T) {
	store := demoFile(t)
	dir := t.TempDir()
	plain, withComments := filepath.Join(dir, "b.pdf"), filepath.Join(dir, "bc.pdf")
	if code, _, stderr := runCLI("basis", "--store", store, "--proposal", "1.1", "-o", plain); code != exitOK {
		t.Fatalf("basis exited %d: %s", code, stderr)
	}
	if code, _, stderr := runCLI("basis", "--store", store, "--proposal", "1.1", "--comments", "-o", withComments); code != exitOK {
		t.Fatalf("basis --comments exited %d: %s", code, stderr)
	}
	a, b := pdfTextOf(t, plain), pdfTextOf(t, withComments)
	if !strings.Contains(a, "Beslutsunderlag") || strings.Contains(a, "Kommentarer") || !strings.Contains(b, "Kommentarer") {
		t.Error("the decision basis has comments only with --comments")
	}
}
