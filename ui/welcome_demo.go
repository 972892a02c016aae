package ui

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/internal/applog"
	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model/demo"
)

// demoFileName is the demo store's file, made beside the user's store by
// the welcome's Öppna demoprogrammet; the demo is never written into the
// user's own store.
const demoFileName = "styrgrupp-demo.db"

// demoDataDir is where the demo store goes when the user's store is on a
// server: the app's data folder. Tests replace it.
var demoDataDir = applog.DataDir

// demoPath returns the demo store's file: beside the user's store file,
// or in the app's data folder for a store on a server.
func (w *MainWindow) demoPath() (string, error) {
	dir := ""
	if p := w.store.Path(); p != "" && !outfile.IsURL(p) {
		dir = filepath.Dir(p)
	} else {
		var err error
		if dir, err = demoDataDir(); err != nil {
			return "", err
		}
	}
	path := filepath.Join(dir, demoFileName)
	if samePath(path, w.store.Path()) { // the user's store is the demo's file name: keep apart
		path = filepath.Join(dir, "styrgrupp-demo-2.db")
	}
	return path, nil
}

// openDemo moves the window to the demo store, as Arkiv → Öppna does:
// the one made earlier, or a new one written with the demo programme
// (as styrgrupp demo writes it) off the UI goroutine. A demo store that
// could not be written whole is removed.
func (w *MainWindow) openDemo() {
	if w.openStore == nil {
		return
	}
	path, err := w.demoPath()
	if err != nil {
		w.showError(err)
		return
	}
	if fileExists(path) {
		w.openStorePath(path)
		return
	}
	busy := dialog.NewCustomWithoutButtons(lang.L("welcome.demo_writing"), widget.NewProgressBarInfinite(), w.win)
	busy.Show()
	open, ctx := w.openStore, w.base
	w.background(func() {
		s, err := open(path)
		if err == nil {
			if err = demo.Load(ctx, s, assets.Demo); err != nil {
				s.Close()
				removeStoreFiles(path)
			}
		}
		fyne.Do(func() {
			busy.Hide()
			if err != nil {
				w.showError(err)
				return
			}
			w.useStore(s)
		})
	})
}

// removeStoreFiles removes an SQLite store's file with its journal files.
func removeStoreFiles(path string) {
	for _, p := range []string{path, path + "-wal", path + "-shm", path + "-journal"} {
		if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
			fyne.LogError("styrgrupp: removing "+p, err)
		}
	}
}

// isDemoStore tells whether the store at path is a demo store: the one
// the welcome makes, or the one --demo makes in a temporary folder.
func isDemoStore(path string) bool {
	if path == "" || outfile.IsURL(path) {
		return false
	}
	base := strings.ToLower(filepath.Base(path))
	return strings.HasPrefix(base, strings.TrimSuffix(demoFileName, ".db")) || (base == "demo.db" && inTempDir(path))
}

// demoTitle is the window's title on a demo store, which says so.
func demoTitle(path string) string {
	return "Styrgrupp – " + lang.L("welcome.demo_window", map[string]any{"File": storeTitle(path)})
}
