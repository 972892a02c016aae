//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestImportRefusesAFIFO is issue 11's hole 11: a named pipe given to
// import hung forever; it is refused with exit 2 and the store untouched.
func TestImportRefusesAFIFO(t *testing.T) {
	store := demoFile(t)
	fifo := filepath.Join(t.TempDir(), "förslag.csv")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("mkfifo:", err)
	}
	before := snapshot(t, store)
	done := make(chan struct{})
	var code int
	var stderr string
	go func() {
		code, _, stderr = runCLI("import", "--store", store, fifo)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("import still waits on the named pipe")
	}
	if code != exitUsage || !strings.Contains(stderr, "förslag.csv: filen är ingen vanlig fil") {
		t.Errorf("import exited %d: %q", code, stderr)
	}
	if after := snapshot(t, store); string(before) != string(after) {
		t.Error("the store was changed")
	}
}
