//go:build unix

// Package testuser lets a test that needs file permissions to hold run
// as the user nobody when the tests run as root, for whom they do not.
// It is for tests only.
package testuser

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// AsNobody runs the calling test again, in a child process of the test
// binary, as the user nobody, when this process runs as root: file
// permissions do not bind root, so a read-only file is only read-only to
// someone else. It reports whether it did; the caller then stops, the
// child's verdict being the test's. As anyone but root it returns false
// and the caller tests in this process. When root cannot switch users
// (a container without the capability), the test is skipped.
func AsNobody(t *testing.T) bool {
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
