package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// Store files that cannot be opened: each is refused with a message that
// says what is wrong with it, and is left byte for byte as it was, with
// nothing added beside it (no -wal, -shm or copy).

// refused opens path, expecting the error code/key and the Swedish
// message sv, and checks that neither the file nor its folder changed.
func refused(t *testing.T, path string, code model.Code, key, sv string) {
	t.Helper()
	dir := entries(t, filepath.Dir(path))
	e := wantUntouched(t, path, code, key)
	if got := e.Message(model.Swedish); got != sv {
		t.Errorf("message\n got %q\nwant %q", got, sv)
	}
	if after := entries(t, filepath.Dir(path)); !slices.Equal(after, dir) {
		t.Errorf("the folder held %v, now %v", dir, after)
	}
}

// filledStore writes a closed store file with some proposals in a new
// folder and returns its path.
func filledStore(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "styrgrupp.db")
	s, err := sqlite.Open(path)
	check(t, err)
	ctx := context.Background()
	for i := 1; i <= 20; i++ {
		_, err := s.CreateProposal(ctx, model.Content{Ref: fmt.Sprint(i), Kind: model.KindArea,
			Title: fmt.Sprintf("Område %d", i), Description: fmt.Sprintf("Beskrivning %d av ett område som fyller sidan.", i)})
		check(t, err)
	}
	check(t, s.Close())
	return path
}

func TestOpenRefusesAFileThatIsNotSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "förslag.db")
	check(t, os.WriteFile(path, []byte("Ref;Titel\n1;Tidiga insatser\n"), 0o644))
	refused(t, path, model.EInvalid, "store_not_sqlite", path+" är ingen Styrgrupp-databas.")
}

// TestOpenRefusesATruncatedStore: a real store cut short, as a copy that
// stopped half-way leaves it, is damaged, not "no database".
func TestOpenRefusesATruncatedStore(t *testing.T) {
	full, err := os.ReadFile(filledStore(t))
	check(t, err)
	if len(full) < 4*8192 {
		t.Fatalf("the store is only %d bytes", len(full))
	}
	for name, size := range map[string]int{"half": len(full) / 2, "one page short": len(full) - 8192,
		"one byte short": len(full) - 1, "header only": 100} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "avkortad.db")
			check(t, os.WriteFile(path, full[:size], 0o644))
			refused(t, path, model.EInvalid, "store_damaged", fmt.Sprintf("%s är skadad: filen är kortare än databasen den ska rymma "+
				"(%d av %d byte), kanske för att en kopiering avbröts. Filen är inte ändrad. Öppna en säkerhetskopia i stället.", path, size, len(full)))
		})
	}
}

func TestOpenRefusesAStoreFromANewerVersion(t *testing.T) {
	path := filledStore(t)
	db := rawDB(t, path)
	_, err := db.Exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (99, '2030-01-01T00:00:00Z');
		PRAGMA user_version = 99`)
	check(t, err)
	check(t, db.Close())
	refused(t, path, model.EInvalid, "store_newer", fmt.Sprintf("%s är skapad av en nyare version av Styrgrupp "+
		"(schema 99; den här versionen kan %d). Uppdatera programmet.", path, sqlite.SchemaVersion()))
}
