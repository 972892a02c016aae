package main

import (
	"bytes"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// checkRefuses runs check --store path and wants exit 2 with want on
// stderr, nothing on stdout, and the file as it was.
func checkRefuses(t *testing.T, path, want string) {
	t.Helper()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI("check", "--store", path)
	if code != exitUsage || stdout != "" || stderr != want {
		t.Errorf("check exited %d, stdout %q, stderr\n got %q\nwant %q", code, stdout, stderr, want)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the file was changed")
	}
}

func TestCheckRefusesAFileThatIsNotSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "förslag.db")
	if err := os.WriteFile(path, []byte("Ref;Titel\n1;Tidiga insatser\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	checkRefuses(t, path, "fel: "+path+" är ingen Styrgrupp-databas.\n")
}

func TestCheckRefusesATruncatedStore(t *testing.T) {
	full, err := os.ReadFile(demoFile(t))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "halv.db")
	if err := os.WriteFile(path, full[:len(full)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	checkRefuses(t, path, fmt.Sprintf("fel: %s är skadad: filen är kortare än databasen den ska rymma (%d av %d byte), "+
		"kanske för att en kopiering avbröts. Filen är inte ändrad. Öppna en säkerhetskopia i stället.\n", path, len(full)/2, len(full)))
}

func TestCheckRefusesAStoreFromANewerVersion(t *testing.T) {
	path := demoFile(t)
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (99, '2030-01-01T00:00:00Z'); PRAGMA user_version = 99`)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	checkRefuses(t, path, fmt.Sprintf("fel: %s är skapad av en nyare version av Styrgrupp (schema 99; den här versionen kan %d). "+
		"Uppdatera programmet.\n", path, sqlite.SchemaVersion()))
}
