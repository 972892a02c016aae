package ui

import (
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
)

// helpMenuApp is a test app that records the addresses it is asked to
// open instead of opening them.
type helpMenuApp struct {
	fyne.App
	mu     sync.Mutex
	opened []*url.URL
}

func (a *helpMenuApp) OpenURL(u *url.URL) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.opened = append(a.opened, u)
	return nil
}

func (a *helpMenuApp) urls() []*url.URL {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]*url.URL(nil), a.opened...)
}

// Hjälp → Handbok (Help → Handbook in English) writes the handbook in
// the window's language to the user's cache folder and opens it.
func TestHelpMenuOpensTheHandbook(t *testing.T) {
	for _, c := range []struct {
		lang             model.Language
		menu, item, file string
	}{
		{model.Swedish, "Hjälp", "Handbok", "handbok.pdf"},
		{model.English, "Help", "Handbook", "handbook.pdf"},
	} {
		cache := t.TempDir()
		t.Setenv("XDG_CACHE_HOME", cache)
		t.Setenv("HOME", cache) // where macOS keeps its cache folder
		a := &helpMenuApp{App: testapp.New(t)}
		if err := SetLanguage(c.lang); err != nil {
			t.Fatal(err)
		}
		w := NewMainWindow(a, newFakeStore())
		menuItem(t, w.win.MainMenu(), c.menu, c.item).Action()
		deadline := time.Now().Add(20 * time.Second)
		for len(a.urls()) == 0 && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		opened := a.urls()
		if len(opened) != 1 || opened[0].Scheme != "file" || filepath.Base(opened[0].Path) != c.file {
			t.Fatalf("%s: opened %v, want file://…/%s", c.lang, opened, c.file)
		}
		st, err := os.Stat(filepath.FromSlash(opened[0].Path))
		if err != nil || st.Size() < 10000 {
			t.Errorf("%s: the handbook opened is %v (%v)", c.lang, st, err)
		}
		if rel, err := filepath.Rel(cache, filepath.FromSlash(opened[0].Path)); err != nil || rel[0] == '.' {
			t.Errorf("%s: the handbook is written to %s, outside the cache folder %s", c.lang, opened[0].Path, cache)
		}
	}
}
