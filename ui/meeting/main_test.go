package meeting

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/internal/testdemo"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
)

// clock is the time the tests' windows act at (testCtx).
var clock = time.Now

// TestMain runs the windows' clock from demo.StoryTime, just after the
// demo's open meeting, so the demo's meetings are where the tests expect
// them in time whatever day the tests run.
func TestMain(m *testing.M) {
	began := time.Now()
	clock = func() time.Time { return demo.StoryTime.Add(time.Since(began)) }
	os.Exit(m.Run())
}

// demoStore opens a copy of the demo store, built once for the test
// binary, in t's temporary folder; it is closed when the test ends.
func demoStore(t *testing.T) model.Store { return testdemo.Store(t) }

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
	// member makes the login a member's, not the secretary's.
	member bool
	// signedIn makes me the server's word.
	signedIn bool
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
func (s *fakeShell) Rights() model.Rights       { return model.Rights{Secretary: !s.member} }
func (s *fakeShell) SignedIn() bool             { return s.signedIn }
func (s *fakeShell) AskNewPDF(_, name string, done func(string)) {
	s.pdfName, s.pdfDone = name, done
}

// labelsOf returns the text of every label, button and rich text under
// root.
var labelsOf = testapp.Labels

// contains tells whether one of list holds sub.
var contains = testapp.Contains
