//go:build unix

package sqlite_test

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

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
	if asNobody(t) {
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
	if asNobody(t) {
		return
	}
	path := filledStore(t)
	dir := filepath.Dir(path)
	check(t, os.Chmod(dir, 0o555))
	defer os.Chmod(dir, 0o755)
	refused(t, path, model.EState, "store_folder_readonly", path+" ligger i mappen "+dir+", som är skrivskyddad. "+
		"Styrgrupp sparar sina arbetsfiler bredvid databasen; flytta den till en mapp där du får spara filer.")
}

// asNobody runs the calling test again, in a child process of the test
// binary, as the user nobody, when this process runs as root: file
// permissions do not bind root, so a read-only file is only read-only to
// someone else. It reports whether it did; the caller then stops, the
// child's verdict being the test's. As anyone but root it returns false
// and the caller tests in this process. When root cannot switch users
// (a container without the capability), the test is skipped.
func asNobody(t *testing.T) bool {
	t.Helper()
	if os.Geteuid() != 0 {
		return false
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skipf("as root, and the test binary cannot be found: %v", err)
	}
	dir, err := os.MkdirTemp("", "styrgrupp-nobody-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "test.bin")
	if err := copyExecutable(exe, bin); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run=^"+t.Name()+"$", "-test.count=1", "-test.v")
	cmd.Dir, err = os.Getwd() // the package's folder, for its testdata
	if err != nil {
		t.Fatal(err)
	}
	cmd.Env = []string{"HOME=" + dir, "TMPDIR=" + sharedTemp(), "PATH=/usr/bin:/bin"}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	switch {
	case err != nil && !errors.As(err, &exit):
		t.Skipf("as root, and cannot run the test as nobody: %v", err)
	case strings.Contains(string(out), "--- SKIP"):
		t.Skipf("skipped as nobody:\n%s", out)
	case err != nil:
		t.Fatalf("as nobody: %v\n%s", err, out)
	}
	t.Logf("as root: ran the test again as nobody, where permissions hold:\n%s", out)
	return true
}

// copyExecutable copies the file src to dst, executable by all.
func copyExecutable(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// sharedTemp returns the temporary folder when everyone may write in it,
// and /tmp otherwise.
func sharedTemp() string {
	if st, err := os.Stat(os.TempDir()); err == nil && st.Mode().Perm()&0o002 != 0 {
		return os.TempDir()
	}
	return "/tmp"
}
