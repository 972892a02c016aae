package help

import (
	"encoding/json"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/handbook"
	"github.com/styrgrupp/styrgrupp/ui/async"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// helpURLApp is a test app that records the addresses it is asked to
// open instead of opening them.
type helpURLApp struct {
	fyne.App
	mu     sync.Mutex
	opened []*url.URL
	fail   error // what OpenURL returns: no viewer to start
}

func (a *helpURLApp) OpenURL(u *url.URL) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.opened = append(a.opened, u)
	return a.fail
}

// helpSetup makes a recording app speaking l, a window, and a cache
// folder of the test's own; the handbook is written at once.
func helpSetup(t *testing.T, l model.Language) (*helpURLApp, fyne.Window, string) {
	t.Helper()
	a := &helpURLApp{App: testapp.New(t)}
	if err := uikit.SetLanguage(l); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	oldDir, oldRun := cacheDir, run
	cacheDir, run = func() (string, error) { return dir, nil }, async.Now
	t.Cleanup(func() { cacheDir, run = oldDir, oldRun })
	w := a.NewWindow("test")
	w.Resize(fyne.NewSize(800, 600))
	return a, w, dir
}

// Hjälp → Handbok and a dialog's link write the handbook in the
// interface's language to the cache folder, one file per topic, and hand
// its file URL to the system's viewer.
func TestOpenWritesTheHandbookAndOpensIt(t *testing.T) {
	for _, c := range []struct {
		lang  model.Language
		topic handbook.Topic
		file  string
	}{
		{model.Swedish, handbook.Start, "handbok.pdf"},
		{model.English, handbook.Recusal, "handbook-recusal.pdf"},
	} {
		a, w, dir := helpSetup(t, c.lang)
		Open(a, w, c.topic)
		want := filepath.Join(dir, "styrgrupp", c.file)
		if len(a.opened) != 1 || a.opened[0].Scheme != "file" || filepath.FromSlash(a.opened[0].Path) != want {
			t.Fatalf("%s: opened %v, want file://%s", c.lang, a.opened, want)
		}
		st, err := os.Stat(want)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != 0o600 || st.Size() < 10000 {
			t.Errorf("%s is %v, %d bytes", want, st.Mode().Perm(), st.Size())
		}
		head, _ := os.ReadFile(want)
		if !strings.HasPrefix(string(head), "%PDF-") {
			t.Errorf("%s is no PDF", want)
		}
		if o := w.Canvas().Overlays().Top(); o != nil {
			t.Errorf("%s: a dialog is shown: %v", c.lang, testapp.Labels(o))
		}
	}
}

// When the handbook cannot be written, the window says so and nothing
// is opened.
func TestOpenSaysWhyItFailed(t *testing.T) {
	a, w, _ := helpSetup(t, model.Swedish)
	cacheDir = func() (string, error) { return "", errors.New("ingen cachemapp") }
	Open(a, w, handbook.Justering)
	if len(a.opened) != 0 {
		t.Errorf("opened %v", a.opened)
	}
	o := w.Canvas().Overlays().Top()
	if o == nil {
		t.Fatal("no message")
	}
	text := strings.Join(testapp.Labels(o), "\n")
	if !strings.Contains(text, "Handboken kunde inte öppnas") || !strings.Contains(text, "ingen cachemapp") {
		t.Errorf("the message says:\n%s", text)
	}
}

// When no viewer can be started, the window says where the handbook is,
// so that the user can open it.
func TestOpenWithoutAViewerSaysWhereTheFileIs(t *testing.T) {
	a, w, dir := helpSetup(t, model.Swedish)
	a.fail = errors.New(`exec: "xdg-open": executable file not found in $PATH`)
	Open(a, w, handbook.Start)
	o := w.Canvas().Overlays().Top()
	if o == nil {
		t.Fatal("no message")
	}
	text := strings.Join(testapp.Labels(o), "\n")
	file := filepath.Join(dir, "styrgrupp", "handbok.pdf")
	if !strings.Contains(text, file) || !strings.Contains(text, "xdg-open") {
		t.Errorf("the message does not name %s and the cause:\n%s", file, text)
	}
	if _, err := os.Stat(file); err != nil {
		t.Error(err)
	}
}

// A dialog's link says what it explains and opens the handbook there.
func TestLinkOpensTheHandbookAtItsTopic(t *testing.T) {
	a, w, dir := helpSetup(t, model.Swedish)
	l := Link(a, w, handbook.Justering)
	if l.Text != "Vad betyder justering?" {
		t.Errorf("the link says %q", l.Text)
	}
	test.Tap(l)
	want := filepath.Join(dir, "styrgrupp", "handbok-justering.pdf")
	if len(a.opened) != 1 || filepath.FromSlash(a.opened[0].Path) != want {
		t.Errorf("opened %v, want %s", a.opened, want)
	}
}

// Every topic has its link's text in both languages.
func TestEveryTopicHasItsLinkText(t *testing.T) {
	for _, l := range []string{"sv", "en"} {
		b, err := assets.Translations.ReadFile("translations/help." + l + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		for _, topic := range handbook.Topics() {
			if m[LinkKey(topic)] == "" {
				t.Errorf("help.%s.json lacks %s", l, LinkKey(topic))
			}
		}
	}
}

// The window opens the handbook only through Open and Link, and always
// names a topic by its constant (handbook.Justering), never by a string
// that could name no section; the constants' sections are tested in
// model/handbook.
func TestScreensLinkOnlyThroughTopics(t *testing.T) {
	calls := 0
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := fn.X.(*ast.Ident); !ok || pkg.Name != "help" || (fn.Sel.Name != "Open" && fn.Sel.Name != "Link") {
				return true
			}
			calls++
			arg, ok := call.Args[len(call.Args)-1].(*ast.SelectorExpr)
			if pkg, isPkg := arg.X.(*ast.Ident); !ok || !isPkg || pkg.Name != "handbook" {
				t.Errorf("%s: help.%s is not given a handbook.Topic constant", path, fn.Sel.Name)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if calls < 4 {
		t.Errorf("%d calls of help.Open and help.Link in ui; the menu and the dialogs use them", calls)
	}
}
