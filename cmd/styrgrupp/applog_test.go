package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUnexpectedErrorNamesTheLog is issue 11's hole 11: "Detaljerna finns
// i loggen" named a log that did not exist. The details are now written
// to styrgrupp.log in the user's data folder, and the message names it.
func TestUnexpectedErrorNamesTheLog(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	t.Setenv("LOCALAPPDATA", "")
	runCLI("--version") // sets the log, as every run does
	var stderr bytes.Buffer
	if code := fail(&stderr, errors.New("sql: ett fel med detaljer")); code != exitUsage {
		t.Errorf("fail returned %d", code)
	}
	log := filepath.Join(data, "styrgrupp", "styrgrupp.log")
	want := "fel: Ett oväntat fel inträffade. Detaljerna finns i loggen " + log + ".\n"
	if !strings.HasPrefix(stderr.String(), want) {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}
	b, err := os.ReadFile(log)
	if err != nil || !strings.Contains(string(b), "sql: ett fel med detaljer") {
		t.Errorf("the log holds %q (%v)", b, err)
	}
	if st, err := os.Stat(log); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("the log: %v %v", st, err)
	}
}
