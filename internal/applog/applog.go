// Package applog is the program's log file, styrgrupp.log in the user's
// data folder (beside the default store): unexpected errors are written
// there, so that the message a user sees can name where the details are.
package applog

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// maxSize is the size past which the log starts over, keeping the
// previous one as styrgrupp.log.1.
const maxSize = 1 << 20

// DataDir returns (and makes) the user's data folder:
// %LOCALAPPDATA%\Styrgrupp on Windows, $XDG_DATA_HOME/styrgrupp or
// ~/.local/share/styrgrupp elsewhere.
func DataDir() (string, error) {
	var base string
	switch {
	case os.Getenv("LOCALAPPDATA") != "":
		base = filepath.Join(os.Getenv("LOCALAPPDATA"), "Styrgrupp")
	case os.Getenv("XDG_DATA_HOME") != "":
		base = filepath.Join(os.Getenv("XDG_DATA_HOME"), "styrgrupp")
	default:
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		base = filepath.Join(home, ".local", "share", "styrgrupp")
	}
	return base, os.MkdirAll(base, 0o700)
}

var mu sync.Mutex

// Error appends err, with the time, to the log and returns the log's
// path; "" when the log cannot be written.
func Error(err error) string {
	mu.Lock()
	defer mu.Unlock()
	dir, derr := DataDir()
	if derr != nil {
		return ""
	}
	path := filepath.Join(dir, "styrgrupp.log")
	if st, err := os.Stat(path); err == nil && st.Size() > maxSize {
		_ = os.Rename(path, path+".1")
	}
	f, ferr := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if ferr != nil {
		return ""
	}
	_, werr := fmt.Fprintf(f, "%s %v\n", time.Now().Format(time.RFC3339), err)
	if cerr := f.Close(); werr != nil || cerr != nil {
		return ""
	}
	return path
}
