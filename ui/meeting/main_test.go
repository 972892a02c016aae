package meeting

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// clock is the time the tests' windows act at (testCtx).
var clock = time.Now

// demoBytes is the demo store's SQLite file, built once for the test
// binary; demoStore opens a copy of it for each test.
var demoBytes []byte

// TestMain builds the demo store once, and runs the windows' clock from
// demo.StoryTime, just after the demo's open meeting, so the demo's
// meetings are where the tests expect them in time whatever day the tests
// run.
func TestMain(m *testing.M) {
	began := time.Now()
	clock = func() time.Time { return demo.StoryTime.Add(time.Since(began)) }
	var err error
	if demoBytes, err = buildDemo(); err != nil {
		println("building the demo store:", err.Error())
		os.Exit(2)
	}
	os.Exit(m.Run())
}

// buildDemo writes the demo programme into a new store, at
// demo.StoryTime so its meetings are on the dates the demo files give,
// and returns the store's file.
func buildDemo() ([]byte, error) {
	dir, err := os.MkdirTemp("", "styrgrupp-meeting-test")
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
	if err := s.Close(); err != nil {
		return nil, err
	}
	return os.ReadFile(path)
}

// demoStore opens a copy of the demo store in t's temporary folder; it is
// closed when the test ends.
func demoStore(t *testing.T) model.Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.db")
	if err := os.WriteFile(path, demoBytes, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// testCtx is a context acting as actor at the windows' clock, as the main
// window's own context does.
func testCtx(actor string) context.Context {
	return model.WithActor(model.WithClock(context.Background(), func() time.Time { return clock() }), actor)
}

// fakeShell records what the meetings window asks of the main window.
type fakeShell struct {
	changed  int
	settings int          // Inställningar opened
	closed   func()       // what OpenSettings was told to call when it closes
	me       int64        // the member the user said they are
	pdfName  string       // the name AskNewPDF offered last
	pdfDone  func(string) // what AskNewPDF hands the path to
	// ctx is the context of the writes, testCtx("Test") when nil.
	ctx context.Context
}

func (s *fakeShell) Context() context.Context {
	if s.ctx == nil {
		return testCtx("Test")
	}
	return s.ctx
}

func (s *fakeShell) OpenSettings(closed func()) { s.settings++; s.closed = closed }
func (s *fakeShell) Changed()                   { s.changed++ }
func (s *fakeShell) Me() int64                  { return s.me }
func (s *fakeShell) AskNewPDF(_, name string, done func(string)) {
	s.pdfName, s.pdfDone = name, done
}

// labelsOf returns the text of every label, button and rich text under
// root.
func labelsOf(root fyne.CanvasObject) []string {
	var out []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Label:
			out = append(out, v.Text)
		case *widget.Button:
			out = append(out, v.Text)
		case *widget.RichText:
			out = append(out, v.String())
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, child := range c.Objects {
				walk(child)
			}
		}
		if wd, ok := o.(fyne.Widget); ok {
			for _, child := range test.WidgetRenderer(wd).Objects() {
				walk(child)
			}
		}
	}
	walk(root)
	return out
}

// contains tells whether one of list holds sub.
func contains(list []string, sub string) bool {
	for _, s := range list {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
