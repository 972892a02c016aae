package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestOutputNeverDestroysTheStoreAKeyOrAnInput is issue 11's hole 1: every
// command with -o refuses, with exit 2 and before anything is written, an
// output that is the store (also by another name or a link), its working
// files, an input, a signing identity, another database or a file of
// another kind; each file stays byte for byte as it was.
func TestOutputNeverDestroysTheStoreAKeyOrAnInput(t *testing.T) {
	store, signed, _ := demoMeetings(t)
	dir := filepath.Dir(store)
	id := sigIdentity(t, dir, "Anna Lindqvist")
	other := demoFile(t)
	link := filepath.Join(dir, "länk.db")
	if err := os.Symlink(store, link); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(dir, "anteckningar.txt")
	if err := os.WriteFile(text, []byte("viktiga anteckningar\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// An OpenSSH private key: text that an export would otherwise take
	// for a CSV file it may replace.
	sshKey := filepath.Join(dir, "id_ed25519")
	if err := os.WriteFile(sshKey, []byte("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n-----END OPENSSH PRIVATE KEY-----\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(dir, "protokoll.pdf")
	mustRun(t, exitOK, "minutes", "--store", store, "--meeting", strconv.FormatInt(signed, 10), "-o", doc)
	wal := store + "-wal"
	if err := os.WriteFile(wal, nil, 0o600); err != nil { // as while the window has the store open
		t.Fatal(err)
	}
	meeting := strconv.FormatInt(signed, 10)
	commands := map[string][]string{
		"minutes":     {"minutes", "--store", store, "--meeting", meeting, "--sign", id},
		"extract":     {"extract", "--store", store, "--meeting", meeting, "--item", "1"},
		"basis":       {"basis", "--store", store, "--proposal", "1"},
		"export json": {"export", "--store", store, "--format", "json"},
		"export csv":  {"export", "--store", store, "--format", "csv"},
		"sign":        {"sign", "--id", id, doc},
		"backup":      {"backup", "--store", store},
	}
	targets := []struct {
		name, path, want string
		skip             map[string]bool
	}{
		{"the store", store, "är databasen och skrivs inte över", map[string]bool{"sign": true}},
		{"the store by another name", filepath.Join(dir, ".", "..", filepath.Base(dir), "d.db"), "är databasen", map[string]bool{"sign": true}},
		{"a link to the store", link, "är databasen", map[string]bool{"sign": true}},
		{"the store's -wal", wal, "är en arbetsfil till databasen", map[string]bool{"sign": true}},
		{"the store's -shm", store + "-shm", "är en arbetsfil till databasen", map[string]bool{"sign": true}},
		{"the identity", id, "är en av filerna som kommandot läser", map[string]bool{"extract": true, "basis": true, "export json": true, "export csv": true, "backup": true}},
		{"an identity", id, "är en signeringsidentitet eller privat nyckel", map[string]bool{"minutes": true, "sign": true}},
		{"another store", other, "är en SQLite-databas och skrivs inte över", map[string]bool{"backup": true}}, // backup: "finns redan"
		{"a text file", text, "finns redan och är ingen PDF-fil", map[string]bool{"export csv": true, "export json": true, "backup": true}},
		{"a PDF", doc, "finns redan och är ingen JSON-fil", map[string]bool{"minutes": true, "extract": true, "basis": true, "sign": true, "export csv": true, "backup": true}},
		{"a PDF", doc, "finns redan och är ingen CSV-fil", map[string]bool{"minutes": true, "extract": true, "basis": true, "sign": true, "export json": true, "backup": true}},
		{"a private key", sshKey, "är en signeringsidentitet", map[string]bool{"sign": true}},
		{"a folder", dir, "är ingen vanlig fil", map[string]bool{"sign": true}},
	}
	for name, args := range commands {
		for _, c := range targets {
			if c.skip[name] {
				continue
			}
			t.Run(name+" -o "+c.name, func(t *testing.T) {
				before := snapshot(t, store, wal, other, id, text, doc, sshKey)
				code, stdout, stderr := runCLI(append(args, "-o", c.path)...)
				if code != exitUsage || !strings.HasPrefix(stderr, "fel: "+c.path+" ") || !strings.Contains(stderr, c.want) {
					t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", code, stdout, stderr, c.want)
				}
				if after := snapshot(t, store, wal, other, id, text, doc, sshKey); !bytes.Equal(before, after) {
					t.Error("a file was changed")
				}
			})
		}
	}
}

// snapshot is the content of the files, one after another.
func snapshot(t *testing.T, paths ...string) []byte {
	t.Helper()
	var all []byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		all = append(append(all, b...), 0xff)
	}
	return all
}

// TestOutputReplacesAFileOfItsKind: the documents and exports replace an
// earlier file of the same kind (README, Command line); a new file is its
// owner's only, a replaced one keeps its permissions.
func TestOutputReplacesAFileOfItsKind(t *testing.T) {
	store := demoFile(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "export.json")
	mustRun(t, exitOK, "export", "--store", store, "--format", "json", "-o", out)
	if st, err := os.Stat(out); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("a new export: %v %v", st, err)
	}
	if err := os.Chmod(out, 0o640); err != nil {
		t.Fatal(err)
	}
	mustRun(t, exitOK, "export", "--store", store, "--format", "json", "-o", out)
	if st, err := os.Stat(out); err != nil || st.Mode().Perm() != 0o640 {
		t.Errorf("a replaced export: %v %v", st, err)
	}
	csv := filepath.Join(dir, "export.csv")
	if err := os.WriteFile(csv, []byte("Ref;Titel\n1;Gammal\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	mustRun(t, exitOK, "export", "--store", store, "--format", "csv", "-o", csv)
	if b, _ := os.ReadFile(csv); bytes.Contains(b, []byte("Gammal")) {
		t.Error("the old CSV file is still there")
	}
}
