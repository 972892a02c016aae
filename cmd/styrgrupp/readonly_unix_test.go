//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/testuser"
)

// A store file that cannot be written, through the command line: as
// root, for whom permissions do not hold, the test runs again as the user
// nobody (asNobody). Unix only, as root is a Unix notion.

// TestReadOnlyCommandsWorkOnAWriteProtectedCopy is issue 11's hole 7: an
// auditor handed a copy (a 0444 file in a 0555 folder) can check it,
// export it, write its documents, verify against it and back it up; the
// file stays byte for byte as it was and nothing appears beside it.
func TestReadOnlyCommandsWorkOnAWriteProtectedCopy(t *testing.T) {
	if testuser.AsNobody(t) {
		return
	}
	store, signed, _ := demoMeetings(t)
	dir := filepath.Dir(store)
	out := t.TempDir()
	doc := filepath.Join(out, "protokoll.pdf")
	id := sigIdentity(t, out, "Anna Lindqvist")
	meeting := strconv.FormatInt(signed, 10)
	if err := os.Chmod(store, 0o444); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	before := snapshot(t, store)
	for _, args := range [][]string{
		{"check", "--store", store},
		{"export", "--store", store, "--format", "json", "-o", filepath.Join(out, "e.json")},
		{"minutes", "--store", store, "--meeting", meeting, "-o", doc, "--sign", id},
		{"extract", "--store", store, "--meeting", meeting, "--item", "1", "-o", filepath.Join(out, "u.pdf")},
		{"basis", "--store", store, "--proposal", "1", "-o", filepath.Join(out, "b.pdf")},
		{"backup", "--store", store, "-o", filepath.Join(out, "kopia.db")},
	} {
		code, stdout, stderr := runCLI(args...)
		if code != exitOK {
			t.Errorf("%s exited %d: %s%s", args[0], code, stdout, stderr)
		}
	}
	if _, stdout, stderr := runCLI("verify", doc, "--store", store); !strings.Contains(stdout, "Fingeravtrycken stämmer") {
		t.Errorf("verify --store: %s%s", stdout, stderr)
	}
	if after := snapshot(t, store); string(before) != string(after) {
		t.Error("the store file was changed")
	}
	onlyFiles(t, dir, "d.db")
}

// TestImportRefusesAReadOnlyFile: a command that writes still says why it
// cannot.
func TestImportRefusesAReadOnlyFile(t *testing.T) {
	if testuser.AsNobody(t) {
		return
	}
	path := demoFile(t)
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(path, 0o644)
	in := filepath.Join(t.TempDir(), "f.csv")
	if err := os.WriteFile(in, []byte("Ref;Titel\n9;Nytt område\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI("import", "--store", path, in)
	want := "fel: " + path + " är skrivskyddad, och Styrgrupp behöver kunna spara i den."
	if code != exitUsage || !strings.HasPrefix(stderr, want) {
		t.Errorf("import exited %d: %q", code, stderr)
	}
}
