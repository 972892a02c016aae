// Package testdemo gives tests a store holding the demo programme, on a
// temporary file that goes with the test. It is for tests only.
package testdemo

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// Store opens a new store in t's temporary folder with the demo programme
// in it, written at demo.StoryTime so its meetings are on the dates the
// demo files give; it is closed when the test ends.
func Store(t testing.TB) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ctx := model.WithClock(context.Background(), func() time.Time { return demo.StoryTime })
	if err := demo.Load(ctx, s, assets.Demo); err != nil {
		t.Fatal(err)
	}
	return s
}
