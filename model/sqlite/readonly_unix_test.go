//go:build unix

package sqlite_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/testuser"

	"github.com/styrgrupp/styrgrupp/model"
)

// The store files that cannot be written: as root, for whom permissions
// do not hold, each test runs again as the user nobody (asNobody). Unix
// only: a Windows folder's read-only flag does not stop files being made
// in it, and root is a Unix notion.

// TestOpenRefusesAReadOnlyFile: a file without write permission, at
// today's schema or an older one (which is then neither migrated nor
// copied). As root, where permissions do not bind, the test runs again
// as nobody (asNobody).
func TestOpenRefusesAReadOnlyFile(t *testing.T) {
	if testuser.AsNobody(t) {
		return
	}
	current := filledStore(t)
	older := copyFile(t, filepath.Join(schemaDir, "v1.db"), t.TempDir())
	for _, path := range []string{current, older} {
		check(t, os.Chmod(path, 0o444))
		refused(t, path, model.EState, "store_file_readonly", path+" är skrivskyddad, och Styrgrupp behöver kunna spara i den. "+
			"Ändra filens behörighet, eller kopiera filen till en mapp där du får spara och öppna kopian.")
		check(t, os.Chmod(path, 0o644)) // so that the folder can be removed on Windows
	}
}

// TestOpenRefusesAStoreInAReadOnlyFolder: SQLite keeps its working files
// (-wal, -shm) beside the store, so the folder must be writable too.
func TestOpenRefusesAStoreInAReadOnlyFolder(t *testing.T) {
	if testuser.AsNobody(t) {
		return
	}
	path := filledStore(t)
	dir := filepath.Dir(path)
	check(t, os.Chmod(dir, 0o555))
	defer os.Chmod(dir, 0o755)
	refused(t, path, model.EState, "store_folder_readonly", path+" ligger i mappen "+dir+", som är skrivskyddad. "+
		"Styrgrupp sparar sina arbetsfiler bredvid databasen; flytta den till en mapp där du får spara filer.")
}
