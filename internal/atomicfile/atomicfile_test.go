package atomicfile_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/styrgrupp/styrgrupp/internal/atomicfile"
)

func TestWriteReplacesWholeAndLeavesNothingBehind(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "protokoll.pdf")
	if err := os.WriteFile(path, []byte("gammalt"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := atomicfile.Write(path, []byte("nytt"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "nytt" {
		t.Fatalf("read %q, %v", got, err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", st.Mode().Perm())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left in the folder: %v", entries)
	}
}

func TestAFailedWriteLeavesNoFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "saknas", "protokoll.pdf")
	if err := atomicfile.Write(path, []byte("x"), 0o644); err == nil {
		t.Fatal("writing into a missing folder succeeded")
	}
	if _, err := os.Stat(filepath.Dir(path)); !os.IsNotExist(err) {
		t.Error("something was made")
	}
}
