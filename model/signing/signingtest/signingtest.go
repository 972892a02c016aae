// Package signingtest helps tests of signing: it writes small PDFs with
// gofpdf, makes identities and runs the outside verifiers (poppler's
// pdfsig and qpdf), skipping the test when one is not installed.
package signingtest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jung-kurt/gofpdf"

	"github.com/styrgrupp/styrgrupp/model/identity"
)

// PDF writes a PDF of pages pages of plain text, whose document
// information carries keywords (a manifest, say) as UTF-16.
func PDF(pages int, keywords string) ([]byte, error) {
	f := gofpdf.New("P", "mm", "A4", "")
	f.SetTitle("Protokoll", true)
	f.SetAuthor("Styrgrupp", true)
	f.SetKeywords(keywords, true)
	f.SetCreationDate(time.Date(2026, 3, 15, 14, 0, 0, 0, time.UTC))
	f.SetFont("Helvetica", "", 11)
	for p := 1; p <= pages; p++ {
		f.AddPage()
		f.Cell(0, 8, fmt.Sprintf("Sammantrade 2026-03-15, sida %d av %d", p, pages))
		f.Ln(10)
		for i := 0; i < 30; i++ {
			f.Cell(0, 6, fmt.Sprintf("Paragraf %d.%d: Styrgruppen beslutar att godkanna forslaget.", p, i+1))
			f.Ln(7)
		}
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Identity makes a self-signed identity or stops the test.
func Identity(tb testing.TB, name, org string) *identity.Identity {
	tb.Helper()
	id, err := identity.New(name, org, time.Now())
	if err != nil {
		tb.Fatal(err)
	}
	return id
}

// Need skips the test unless tool is on the PATH. CI installs poppler-utils
// and qpdf, so there the tests run.
func Need(tb testing.TB, tool string) {
	tb.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		tb.Skipf("%s is not installed (apt-get install poppler-utils qpdf); skipping the check with it", tool)
	}
}

// WriteTemp writes data to a new file named name in a temporary directory
// and returns its path.
func WriteTemp(tb testing.TB, name string, data []byte) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		tb.Fatal(err)
	}
	return path
}

// Pdfsig runs poppler's pdfsig on the file and returns what it printed.
// pdfsig exits 0 even when a signature does not verify, so its output is
// what tells; a failure to run at all stops the test.
func Pdfsig(tb testing.TB, path string) string {
	tb.Helper()
	Need(tb, "pdfsig")
	out, err := exec.Command("pdfsig", path).CombinedOutput()
	if err != nil && len(out) == 0 {
		tb.Fatalf("pdfsig %s: %v", path, err)
	}
	return string(out)
}

// PdfsigSignatures splits pdfsig's output into one block per signature,
// from "Signature #n:" to the next.
func PdfsigSignatures(out string) []string {
	parts := strings.Split(out, "Signature #")
	if len(parts) < 2 {
		return nil
	}
	return parts[1:]
}

// QpdfCheck runs `qpdf --check` and fails the test unless it reports no
// errors and no warnings.
func QpdfCheck(tb testing.TB, path string) {
	tb.Helper()
	Need(tb, "qpdf")
	out, err := exec.Command("qpdf", "--check", path).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "No syntax or stream encoding errors found") {
		tb.Errorf("qpdf --check %s: %v\n%s", filepath.Base(path), err, out)
	}
}
