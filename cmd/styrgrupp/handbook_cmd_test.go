package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// styrgrupp handbook -o writes the handbook's PDF in the language asked
// for, with its sections and the Swedish letters readable by pdftotext.
func TestHandbookCommandWritesThePDF(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		lang, file string
		want       []string
	}{
		{"sv", "handbok.pdf", []string{"Styrgrupp – handbok", "Justera protokollet och skicka utdrag", "Beslutsförhet", "Sida 1 av"}},
		{"en", "handbook.pdf", []string{"Styrgrupp – handbook", "Sign off the minutes and send extracts", "Page 1 of"}},
	} {
		out := filepath.Join(dir, c.file)
		said := mustRun(t, exitOK, "handbook", "-o", out, "--lang", c.lang)
		if !strings.Contains(said, out) {
			t.Errorf("handbook --lang %s says %q", c.lang, said)
		}
		st, err := os.Stat(out)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != 0o600 {
			t.Errorf("the handbook is written with mode %v", st.Mode().Perm())
		}
		text, err := exec.Command("pdftotext", out, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range c.want {
			if !strings.Contains(string(text), w) {
				t.Errorf("%s lacks %q", c.file, w)
			}
		}
	}
}

// The handbook is never written over the store, and -o is required.
func TestHandbookCommandRefusesTheStore(t *testing.T) {
	store := demoFile(t)
	before, err := os.ReadFile(store)
	if err != nil {
		t.Fatal(err)
	}
	said := mustRun(t, exitUsage, "handbook", "-o", store)
	if !strings.Contains(said, store) {
		t.Errorf("the refusal does not name the store: %q", said)
	}
	after, err := os.ReadFile(store)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("the store was changed")
	}
	if said := mustRun(t, exitUsage, "handbook"); !strings.Contains(said, "-o") {
		t.Errorf("without -o: %q", said)
	}
	if said := mustRun(t, exitUsage, "handbook", "-o", filepath.Join(t.TempDir(), "h.pdf"), "--lang", "de"); !strings.Contains(said, "de") {
		t.Errorf("with --lang de: %q", said)
	}
}
