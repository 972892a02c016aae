package main

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// holdStore opens a connection of its own to the store at path, as
// another program would, and runs sql on it; release ends what it holds.
func holdStore(t *testing.T, path, dsnQuery, stmt string) (release func()) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.ToSlash(path)+dsnQuery)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(context.Background(), stmt); err != nil {
		t.Fatal(err)
	}
	return func() {
		conn.ExecContext(context.Background(), "ROLLBACK")
		conn.Close()
		db.Close()
	}
}

// TestReadOnlyCommandsDoNotWaitForTheWriteLock is issue 11's hole 7:
// while another program holds the write lock, the commands that only read
// go ahead at once (they gave up after 5 s in the migration step).
func TestReadOnlyCommandsDoNotWaitForTheWriteLock(t *testing.T) {
	store, signed, _ := demoMeetings(t)
	out := t.TempDir()
	doc := filepath.Join(out, "p.pdf")
	id := sigIdentity(t, out, "Anna Lindqvist")
	meeting := strconv.FormatInt(signed, 10)
	release := holdStore(t, store, "?_pragma=journal_mode(WAL)", "BEGIN IMMEDIATE; UPDATE members SET name = name WHERE id = 1")
	defer release()
	// Each gave up with store_busy (exit 2) before; how fast they are is
	// the machine's business.
	for _, args := range [][]string{
		{"check", "--store", store},
		{"export", "--store", store, "--format", "csv", "-o", filepath.Join(out, "e.csv")},
		{"minutes", "--store", store, "--meeting", meeting, "-o", doc, "--sign", id},
		{"basis", "--store", store, "--proposal", "1", "-o", filepath.Join(out, "b.pdf")},
		{"backup", "--store", store, "-o", filepath.Join(out, "kopia.db")},
	} {
		if code, stdout, stderr := runCLI(args...); code != exitOK {
			t.Errorf("%s exited %d: %s%s", args[0], code, stdout, stderr)
		}
	}
	if _, stdout, stderr := runCLI("verify", doc, "--store", store); !strings.Contains(stdout, "Fingeravtrycken stämmer") {
		t.Errorf("verify --store: %s%s", stdout, stderr)
	}
}

// TestReadOnlyOpenWaitsForAnExclusiveWriter: where a reader must wait (a
// writer that holds the whole file), it waits up to 15 s, as the README
// says, not 5.
func TestReadOnlyOpenWaitsForAnExclusiveWriter(t *testing.T) {
	if testing.Short() {
		t.Skip("waits 6 s")
	}
	store := demoFile(t)
	release := holdStore(t, store, "?_pragma=locking_mode(EXCLUSIVE)", "BEGIN EXCLUSIVE; UPDATE members SET name = name WHERE id = 1")
	time.AfterFunc(6*time.Second, release)
	start := time.Now()
	code, stdout, stderr := runCLI("check", "--store", store)
	if code != exitOK || time.Since(start) < 5*time.Second {
		t.Errorf("check exited %d after %v: %s%s", code, time.Since(start), stdout, stderr)
	}
}

// TestReadOnlyCommandsRefuseAnOlderSchema: a store from an older version
// is neither migrated nor copied by a command that only reads; it says
// so and exits 2.
func TestReadOnlyCommandsRefuseAnOlderSchema(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "model", "sqlite", "testdata", "schema", "v1.db"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	store := filepath.Join(dir, "gammal.db")
	if err := os.WriteFile(store, src, 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI("check", "--store", store)
	want := "fel: " + store + " är från en äldre version av Styrgrupp (schema 1; den här versionen läser schema " +
		strconv.Itoa(sqlite.SchemaVersion()) + "). Kommandot bara läser och uppgraderar inte filen"
	if code != exitUsage || stdout != "" || !strings.HasPrefix(stderr, want) {
		t.Errorf("check exited %d: %q %q", code, stdout, stderr)
	}
	if after, _ := os.ReadFile(store); string(after) != string(src) {
		t.Error("the file was changed")
	}
	onlyFiles(t, dir, "gammal.db")
}
