// Package testdemo gives tests a store holding the demo programme, on a
// temporary file that goes with the test. It is for tests only.
package testdemo

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// Store opens a new store in t's temporary folder with the demo programme
// in it, written at demo.StoryTime so its meetings are on the dates the
// demo files give; it is closed when the test ends. The demo is loaded
// once per test binary; each store is a copy of that file.
func Store(t testing.TB) *sqlite.Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.db")
	if err := WriteFile(path); err != nil {
		t.Fatal(err)
	}
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// WriteFile writes a store file holding the demo programme to path, as
// Store opens it.
func WriteFile(path string) error {
	b, err := built()
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o600)
}

var (
	buildOnce sync.Once
	demoFile  []byte
	buildErr  error
)

// built returns the bytes of a closed store file with the demo in it,
// loading the demo the first time in a folder of its own.
func built() ([]byte, error) {
	buildOnce.Do(func() { demoFile, buildErr = build() })
	return demoFile, buildErr
}

func build() ([]byte, error) {
	dir, err := os.MkdirTemp("", "testdemo")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "demo.db")
	s, err := sqlite.Open(path)
	if err != nil {
		return nil, err
	}
	ctx := model.WithClock(context.Background(), func() time.Time { return demo.StoryTime })
	if err := demo.Load(ctx, s, assets.Demo); err != nil {
		s.Close()
		return nil, err
	}
	// Closing folds the write-ahead log into the file, so the file alone
	// is the store.
	if err := s.Close(); err != nil {
		return nil, err
	}
	return os.ReadFile(path)
}
