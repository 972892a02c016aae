package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoFyneLocaleErrorUnderAnyLocale is issue 11's hole 11 and issue
// 13's: with LANG=C (C.UTF-8 in most containers), or a locale Fyne cannot
// parse, every command printed "Fyne error: Error parsing user locale C"
// lines. The built program runs each command under each locale.
func TestNoFyneLocaleErrorUnderAnyLocale(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program")
	}
	bin := realBinary(t)
	dir := t.TempDir()
	missing := filepath.Join(dir, "saknas.db")
	commands := [][]string{
		{"--version"},
		{"--help"},
		{"export", "--store", missing},
		{"check", "--store", missing},
		{"backup", "--store", missing, "-o", filepath.Join(dir, "kopia.db")},
		{"import", "--store", missing},
		{"verify", filepath.Join(dir, "saknas.pdf")},
		{"okänt"},
	}
	locales := [][]string{
		{"LANG=C.UTF-8"}, {"LANG=C"}, {"LANG=POSIX"}, {"LANG=POSIX.UTF-8"},
		{"LC_ALL=C"}, {"LC_ALL=C.UTF-8", "LANG=sv_SE.UTF-8"}, {"LC_MESSAGES=C.UTF-8"},
		{}, // nothing set
		{"LANG="},
		{"LANGUAGE=C.UTF-8"}, {"LANG=en_GB.UTF-8", "LANGUAGE=C:en"},
		{"LANG=xx_XX.UTF-8"},
	}
	var clean []string
	for _, kv := range os.Environ() {
		switch k, _, _ := strings.Cut(kv, "="); k {
		case "LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE":
		default:
			clean = append(clean, kv)
		}
	}
	for _, env := range locales {
		for _, args := range commands {
			cmd := exec.Command(bin, args...)
			cmd.Env = append(append([]string{}, clean...), env...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				if _, exited := err.(*exec.ExitError); !exited {
					t.Fatalf("%v %v: %v", env, args, err)
				}
			}
			if s := stderr.String(); strings.Contains(s, "Fyne error") || strings.Contains(s, "user locale") {
				t.Errorf("%v styrgrupp %v:\n%s", env, strings.Join(args, " "), s)
			}
		}
	}
}
