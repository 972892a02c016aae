package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestNoFyneLocaleErrorUnderCLocale is issue 11's hole 11: with LANG=C
// (C.UTF-8 in most containers) every command printed three "Fyne error:
// Error parsing user locale C" lines.
func TestNoFyneLocaleErrorUnderCLocale(t *testing.T) {
	bin := realBinary(t)
	for _, lang := range []string{"C.UTF-8", "C", "POSIX"} {
		cmd := exec.Command(bin, "--version")
		cmd.Env = append(os.Environ(), "LANG="+lang, "LC_ALL=", "LC_MESSAGES=", "LANGUAGE=")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("LANG=%s: %v", lang, err)
		}
		if strings.Contains(stderr.String(), "Fyne error") {
			t.Errorf("LANG=%s: %s", lang, stderr.String())
		}
	}
}
