package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

func TestBackupCommandWritesACopyThatPassesCheck(t *testing.T) {
	store := demoFile(t)
	out := filepath.Join(t.TempDir(), "kopia.db")
	code, stdout, stderr := runCLI("backup", "--store", store, "-o", out)
	if code != exitOK {
		t.Fatalf("backup exited %d: %s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "Säkerhetskopian är skriven till "+out+" (") || stderr != "" {
		t.Errorf("backup says %q, %q", stdout, stderr)
	}
	code, stdout, stderr = runCLI("check", "--store", out)
	if code != exitOK || !strings.Contains(stdout, "ok:") {
		t.Fatalf("check of the copy exited %d: %s%s", code, stdout, stderr)
	}
	_, want, _ := runCLI("export", "--store", store, "--format", "json")
	_, got, _ := runCLI("export", "--store", out, "--format", "json")
	stamp := regexp.MustCompile(`"exported_at": "[^"]*"`)
	if got, want = stamp.ReplaceAllString(got, ""), stamp.ReplaceAllString(want, ""); got != want || len(got) < 1000 {
		t.Errorf("the copy exports %d bytes, the store %d, and they differ", len(got), len(want))
	}
}

func TestBackupCommandRefusesBadInput(t *testing.T) {
	store := demoFile(t)
	dir := t.TempDir()
	existing := filepath.Join(dir, "finns.db")
	if err := os.WriteFile(existing, []byte("viktigt"), 0o600); err != nil {
		t.Fatal(err)
	}
	missingStore := filepath.Join(dir, "saknas.db")
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"no store", []string{"-o", filepath.Join(dir, "a.db")}, "fel: ange databasen med --store FIL\n"},
		{"no copy", []string{"--store", store}, "fel: ange kopians fil med -o KOPIA\n"},
		{"extra argument", []string{"--store", store, filepath.Join(dir, "b.db")}, "fel: okänt argument"},
		{"store not there", []string{"--store", missingStore, "-o", filepath.Join(dir, "c.db")}, "fel: hittar inte " + missingStore + "\n"},
		{"copy exists", []string{"--store", store, "-o", existing},
			"fel: " + existing + " finns redan. En säkerhetskopia skrivs bara till en ny fil, så att ingenting skrivs över.\n"},
		{"the store itself", []string{"--store", store, "-o", store}, "fel: " + store + " är databasen och skrivs inte över"},
		{"no such folder", []string{"--store", store, "-o", filepath.Join(dir, "saknas", "d.db")},
			"fel: Säkerhetskopian " + filepath.Join(dir, "saknas", "d.db") + " kunde inte skrivas."},
	} {
		t.Run(c.name, func(t *testing.T) {
			before, _ := os.ReadFile(store)
			code, stdout, stderr := runCLI(append([]string{"backup"}, c.args...)...)
			if code != exitUsage || !strings.HasPrefix(stderr, c.want) || stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d and %q", code, stdout, stderr, exitUsage, c.want)
			}
			if after, _ := os.ReadFile(store); !bytes.Equal(before, after) {
				t.Error("the store was changed")
			}
		})
	}
	if b, _ := os.ReadFile(existing); string(b) != "viktigt" {
		t.Errorf("the existing file became %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder holds %d files, want only the one that was there", len(entries))
	}
}

// TestOpeningAnOlderStoreSaysWhereTheCopyIs: a command that writes and
// opens a store from an older schema migrates it, after copying it, and
// says where the copy is (the commands that only read refuse it:
// TestReadOnlyCommandsRefuseAnOlderSchema).
func TestOpeningAnOlderStoreSaysWhereTheCopyIs(t *testing.T) {
	v := sqlite.SchemaVersion() - 1
	b, err := os.ReadFile(filepath.Join("..", "..", "model", "sqlite", "testdata", "schema", fmt.Sprintf("v%d.db", v)))
	if err != nil {
		t.Fatal(err)
	}
	store := filepath.Join(t.TempDir(), "gammal.db")
	if err := os.WriteFile(store, b, 0o600); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(t.TempDir(), "inget.csv")
	if err := os.WriteFile(in, []byte("Ref;Titel\n1;Tidiga insatser\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI("import", "--dry-run", "--store", store, in)
	if code != exitOK {
		t.Fatalf("import exited %d: %s%s", code, stdout, stderr)
	}
	backup := fmt.Sprintf("%s.schema%d.bak", store, v)
	want := fmt.Sprintf("obs: %s var från en äldre version av Styrgrupp (schema %d) och är nu uppgraderad till schema %d. "+
		"En kopia av filen som den var finns i %s\n", store, v, sqlite.SchemaVersion(), backup)
	if stderr != want {
		t.Errorf("stderr\n got %q\nwant %q", stderr, want)
	}
	if copied, err := os.ReadFile(backup); err != nil || !bytes.HasPrefix(copied, []byte("SQLite format 3\x00")) {
		t.Errorf("the copy: %v", err)
	}
	if _, _, stderr := runCLI("check", "--store", store); stderr != "" {
		t.Errorf("the second run says %q", stderr)
	}
}
