package importer_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/styrgrupp/styrgrupp/model/importer"
)

// TestXLSXTempFolder: a read leaves nothing in the program's temporary
// folder; the folders a killed program left, also under this program's
// process id, go at the first read; RemoveTemp removes the program's own.
func TestXLSXTempFolder(t *testing.T) {
	root := t.TempDir()
	defer importer.UseTempRoot(root)()
	own := filepath.Join(root, strconv.Itoa(os.Getpid()))
	for _, dir := range []string{filepath.Join(root, "999999999", "xlsx-1"), filepath.Join(own, "xlsx-2")} {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "excelize-1"), make([]byte, 1000), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := importer.Read("f.xlsx", bytes.NewReader(bigXLSX(t, 3))); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(root)
	if len(entries) != 1 || entries[0].Name() != filepath.Base(own) {
		t.Errorf("left in the root: %v", entries)
	}
	if left, _ := os.ReadDir(own); len(left) != 0 {
		t.Errorf("left after the read: %v", left)
	}
	importer.RemoveTemp()
	if _, err := os.Stat(own); !os.IsNotExist(err) {
		t.Errorf("own folder after RemoveTemp: %v", err)
	}
}
