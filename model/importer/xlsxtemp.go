package importer

import (
	"os"
	"path/filepath"
	"strconv"
	"sync"
)

// excelize writes a large sheet or string table to temporary files. They
// go in a folder of ours, one per running program, named by its process
// id, under tempRoot: each read removes its own files, RemoveTemp the
// program's folder as it exits, and CleanTemp what a killed program left.

// tempRoot returns the folder of the programs' temporary folders.
var tempRoot = func() string {
	if dir, err := os.UserCacheDir(); err == nil {
		return filepath.Join(dir, "styrgrupp", "tmp")
	}
	return filepath.Join(os.TempDir(), "styrgrupp-tmp")
}

var cleanOnce sync.Once

// ownTemp is this program's temporary folder.
func ownTemp() string { return filepath.Join(tempRoot(), strconv.Itoa(os.Getpid())) }

// newWorkDir makes a folder for the temporary files of one read, which
// the caller removes; the first call cleans up after killed programs.
func newWorkDir() (string, error) {
	CleanTemp()
	if err := os.MkdirAll(ownTemp(), 0o700); err != nil {
		return "", err
	}
	return os.MkdirTemp(ownTemp(), "xlsx-")
}

// CleanTemp removes, once, the temporary folders of programs that no
// longer run: what one killed while reading a workbook left, also under
// this program's process id, which is not yet in use. The program calls
// it as it starts.
func CleanTemp() {
	cleanOnce.Do(func() {
		entries, _ := os.ReadDir(tempRoot())
		for _, e := range entries {
			pid, err := strconv.Atoi(e.Name())
			if err != nil || pid == os.Getpid() || !running(pid) {
				os.RemoveAll(filepath.Join(tempRoot(), e.Name()))
			}
		}
	})
}

// RemoveTemp removes this program's temporary folder; the program calls
// it as it exits.
func RemoveTemp() { os.RemoveAll(ownTemp()) }
