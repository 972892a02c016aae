package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model/signing/signingtest"
)

// TestSignedMinutesOfTheDemoMeeting runs the whole chain a steering group
// runs: the demo's signed-off meeting's minutes written and signed by the
// chair (--sign), signed in turn by the adjuster (sign), then checked by
// pdfsig, qpdf, pdftotext and verify --store.
func TestSignedMinutesOfTheDemoMeeting(t *testing.T) {
	dir := t.TempDir()
	store := demoFile(t)
	chair, adjuster := sigIdentity(t, dir, "Anna Lindqvist"), sigIdentity(t, dir, "Johan Berggren")
	minutes := filepath.Join(dir, "protokoll-2026-10-14.pdf")
	out := mustRun(t, exitOK, "minutes", "--store", store, "--meeting", "2026-10-14", "--sign", chair, "-o", minutes)
	if !strings.Contains(out, "dokument-id") {
		t.Errorf("minutes says %q", out)
	}
	mustRun(t, exitOK, "sign", "--id", adjuster, minutes)

	sigs := signingtest.PdfsigSignatures(signingtest.Pdfsig(t, minutes))
	if len(sigs) != 2 || !strings.Contains(sigs[0], "Signature is Valid.") || !strings.Contains(sigs[1], "Signature is Valid.") ||
		!strings.Contains(sigs[1], "Total document signed") {
		t.Fatalf("pdfsig:\n%s", strings.Join(sigs, ""))
	}
	signingtest.QpdfCheck(t, minutes)
	out = mustRun(t, exitOK, "verify", "--store", store, minutes)
	if !strings.Contains(out, "Anna Lindqvist") || !strings.Contains(out, "Johan Berggren") || !strings.Contains(out, "Fingeravtrycken stämmer med databasen") {
		t.Errorf("verify --store says:\n%s", out)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed (poppler-utils)")
	}
	text, err := exec.Command("pdftotext", "-layout", minutes, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Protokoll", "§ 1", "Beslut", "Justerare", "Anna Lindqvist", "Johan Berggren", "Sida 1 av", "Protokollets fingeravtryck"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("pdftotext lacks %q", want)
		}
	}

	// A wrong passphrase for --sign writes nothing.
	t.Setenv(passphraseEnv, "fel")
	other := filepath.Join(dir, "utdrag.pdf")
	if code, _, stderr := runCLI("extract", "--store", store, "--meeting", "2026-10-14", "--item", "1", "--sign", chair, "-o", other); code != exitUsage || !strings.Contains(stderr, "fel:") {
		t.Errorf("extract with a wrong passphrase exited %d: %s", code, stderr)
	}
	if _, err := os.Stat(other); !os.IsNotExist(err) {
		t.Error("a file was written although the identity could not be opened")
	}
}
