package ui

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/document"
	"github.com/styrgrupp/styrgrupp/model/importer"
	"github.com/styrgrupp/styrgrupp/model/pgurl"
	"github.com/styrgrupp/styrgrupp/ui/filedialog"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// The store files of Arkiv: Ny databas …, Öppna …, Senaste filer and
// Exportera …; Anslut till server … is in connect_dialog.go.

// recentPreference is the preferences key holding the stores opened last,
// newest first; maxRecent is how many it keeps.
const (
	recentPreference = "recent_stores"
	maxRecent        = 8
)

// storeExtensions are the endings Öppna … offers: the program names its
// stores .db (styrgrupp.db, demo.db); .sqlite and .sqlite3 are the other
// usual endings of an SQLite file.
var storeExtensions = []string{".db", ".sqlite", ".sqlite3"}

// StoreOpener opens the store in the file at path, creating an empty store
// when there is no file. The program hands the window sqlite.Open, so the
// UI has no database code of its own.
type StoreOpener func(path string) (model.Store, error)

// OpenStoresWith lets the window open other stores with open (Arkiv →
// Ny databas, Öppna and Senaste filer). When own is true the window takes
// over the store it was built on: it closes it when the user moves to
// another, as it does every store it opens itself, and CloseStore closes
// whichever is open at the end.
func (w *MainWindow) OpenStoresWith(open StoreOpener, own bool) {
	w.openStore = open
	w.ownsStore = own
	w.win.SetMainMenu(w.mainMenu())
	w.welcome.offerDemo(open != nil)
}

// CloseStore closes the store the window shows when the window owns it;
// it does nothing the second time.
func (w *MainWindow) CloseStore() error {
	if !w.ownsStore {
		return nil
	}
	w.ownsStore = false
	return w.store.Close()
}

// recentStores returns the remembered stores, newest first: files, and
// servers by their URL without a password, leaving out the files that no
// longer exist.
func recentStores(p fyne.Preferences) []string {
	var out []string
	for _, path := range p.StringList(recentPreference) {
		if stillThere(path) {
			out = append(out, path)
		}
	}
	return out
}

// rememberStore puts path first among the recent stores, once, and keeps
// at most maxRecent of them; files that are gone are dropped. A server's
// URL is remembered without its password.
func rememberStore(p fyne.Preferences, path string) {
	if path == "" {
		return
	}
	if outfile.IsURL(path) {
		path = pgurl.Redact(path)
	}
	list := []string{path}
	for _, old := range p.StringList(recentPreference) {
		if len(list) == maxRecent {
			break
		}
		if !sameStore(old, path) && stillThere(old) {
			list = append(list, old)
		}
	}
	p.SetStringList(recentPreference, list)
}

// stillThere tells whether a recent store may still be opened: a file
// that exists, or any server (whether it answers is found on opening).
func stillThere(path string) bool { return outfile.IsURL(path) || fileExists(path) }

// sameStore tells whether a and b name the same store: the same file, or
// the same server URL but for the password.
func sameStore(a, b string) bool {
	if outfile.IsURL(a) || outfile.IsURL(b) {
		return pgurl.Redact(a) == pgurl.Redact(b)
	}
	return samePath(a, b)
}

// recentMenu lists the recent stores, the open one ticked; choosing one
// opens it.
func (w *MainWindow) recentMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	for _, path := range recentStores(w.app.Preferences()) {
		item := fyne.NewMenuItem(recentLabel(path), func() { w.openRecent(path) })
		item.Checked = sameStore(path, w.store.Path())
		item.Disabled = w.openStore == nil
		items = append(items, item)
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem(lang.L("menu.recent_none"), nil)
		none.Disabled = true
		items = append(items, none)
	}
	return fyne.NewMenu(lang.L("menu.recent"), items...)
}

// recentLabel names a store in the menu by its file, then its folder; a
// server store by its server, database and login
// ("db.kommun.se / styrgrupp (anna)").
func recentLabel(path string) string {
	if outfile.IsURL(path) {
		return pgurl.Label(path)
	}
	return filepath.Base(path) + "  –  " + filepath.Dir(path)
}

// storeTitle names the store at path in the window's title: its file's
// name, or its server, database and login.
func storeTitle(path string) string {
	if outfile.IsURL(path) {
		return pgurl.Label(path)
	}
	return filepath.Base(path)
}

// openRecent opens a store chosen in Senaste filer: a file as Öppna does,
// a server as Anslut till server does, asking for its password when the
// server wants one.
func (w *MainWindow) openRecent(path string) {
	switch {
	case w.openStore == nil:
	case sameStore(path, w.store.Path()):
		w.Reload()
	case outfile.IsURL(path):
		w.openServer(path)
	default:
		w.openStorePath(path)
	}
}

// chooseStoreToOpen asks for a store with the file dialog (Arkiv →
// Öppna …).
func (w *MainWindow) chooseStoreToOpen() {
	if w.openStore == nil || w.dialogShown() {
		return
	}
	filedialog.Open(w.win, filedialog.Request{
		Kind: filedialog.Store, Title: lang.L("filemenu.open_title"), FilterName: lang.L("filedialog.types.store"),
		Extensions: storeExtensions, Dir: w.storeFolder(),
	}, func(path string) { w.openStorePath(path) })
}

// openStorePath switches the window to the store in the file at path. A
// file that is missing or is not a store is refused with a message and
// the open store stays; an empty file is refused too, since opening it
// would make it a store. It reports whether the window shows path.
func (w *MainWindow) openStorePath(path string) bool {
	if w.openStore == nil {
		return false
	}
	if samePath(path, w.store.Path()) {
		w.Reload()
		return true
	}
	st, err := os.Stat(path)
	switch {
	case err != nil:
		w.showError(model.Wrap(err, "store_open", path))
		return false
	case st.Mode().IsRegular() && st.Size() == 0:
		w.showError(model.Errorf(model.EInvalid, "store_not_sqlite", path))
		return false
	}
	s, err := w.openStore(path)
	if err != nil {
		w.showError(err)
		return false
	}
	w.useStore(s)
	return true
}

// chooseNewStore asks where the new store goes (Arkiv → Ny databas …).
func (w *MainWindow) chooseNewStore() *newFileDialog {
	if w.openStore == nil || w.dialogShown() {
		return nil
	}
	return w.askNewFile(newFileRequest{
		kind: filedialog.Store, extensions: storeExtensions, filterName: lang.L("filedialog.types.store"),
		title: lang.L("filemenu.new_title"), confirm: lang.L("filemenu.new_do"), hint: lang.L("filemenu.new_hint"),
		dir: w.storeFolder(), name: freeName(w.storeFolder(), "styrgrupp-ny", ".db"),
		prepare: func(path string) (string, string) {
			switch ext := strings.ToLower(filepath.Ext(path)); {
			case ext == "":
				return path + ".db", ""
			case !slices.Contains(storeExtensions, ext):
				return "", lang.L("filemenu.store_extension")
			}
			return path, ""
		},
		done: func(path string) { w.createStore(path) },
	})
}

// createStore makes a new, empty store in the file at path, which must
// not exist, and switches the window to it.
func (w *MainWindow) createStore(path string) bool {
	if w.openStore == nil {
		return false
	}
	if _, err := os.Lstat(path); !errors.Is(err, fs.ErrNotExist) {
		w.showError(model.Errorf(model.EInvalid, "store_open", path))
		return false
	}
	s, err := w.openStore(path)
	if err != nil {
		w.showError(err)
		return false
	}
	w.useStore(s)
	return true
}

// chooseExport asks where the export goes (Arkiv → Exportera …).
func (w *MainWindow) chooseExport() *newFileDialog {
	dir := documentsFolder()
	return w.askNewFile(newFileRequest{
		kind: filedialog.Export, extensions: []string{".csv", ".json"}, filterName: lang.L("filedialog.types.export"),
		title: lang.L("filemenu.export_title"), confirm: lang.L("filemenu.export_do"), hint: lang.L("filemenu.export_hint"),
		dir: dir, name: freeName(dir, "styrgrupp-export-"+time.Now().Format("2006-01-02"), ".csv"),
		prepare: func(path string) (string, string) {
			switch strings.ToLower(filepath.Ext(path)) {
			case "":
				return path + ".csv", ""
			case ".csv", ".json", ".docx":
				return path, ""
			}
			return "", lang.L("filemenu.export_extension")
		},
		overwrite: true,
		formats: []fileFormat{
			{lang.L("filemenu.format_csv"), ".csv"},
			{lang.L("filemenu.format_docx"), ".docx"},
			{lang.L("filemenu.format_json"), ".json"},
		},
		done: w.exportTo,
	})
}

// exportTo writes every proposal with its decisions to path, as JSON when
// its name ends in .json, as a Word document when it ends in .docx and as
// CSV otherwise, off the UI goroutine with
// an activity bar showing, then says what it wrote.
func (w *MainWindow) exportTo(path string) {
	busy := dialog.NewCustomWithoutButtons(lang.L("filemenu.exporting"), widget.NewProgressBarInfinite(), w.win)
	busy.Show()
	store, ctx := w.store, w.ctx
	w.background(func() {
		e, err := writeExport(ctx, store, path)
		fyne.Do(func() {
			busy.Hide()
			if err != nil {
				w.showExportError(path, err)
				return
			}
			decisions := 0
			for _, p := range e.Proposals {
				decisions += len(p.Decisions)
			}
			summary := "filemenu.export_summary"
			if strings.EqualFold(filepath.Ext(path), ".docx") {
				summary = "filemenu.export_summary_docx" // the document holds no decisions
			}
			uikit.ShowInformation(lang.L("filemenu.export_done"), lang.L(summary, map[string]any{
				"Proposals": len(e.Proposals), "Decisions": decisions,
				"File": filepath.Base(path), "Folder": filepath.Dir(path),
			}), w.win)
		})
	})
}

// exportStore is what an export reads (document.ExportSource), and where
// the store is, for the file's manifest.
type exportStore interface {
	document.ExportSource
	Path() string
}

// writeExport collects the export and writes it to a temporary file
// beside path, which then takes path's place: a failed export leaves no
// half-written file, and an old file at path stays as it was.
func writeExport(ctx context.Context, s exportStore, path string) (importer.Export, error) {
	f := document.ExportFormat(strings.ToLower(strings.TrimPrefix(filepath.Ext(path), ".")))
	if _, ok := document.ExportFormats[f]; !ok {
		f = document.CSV
	}
	return document.WriteExport(ctx, s, f, uikit.Language(), outfile.Target{Path: path, Store: s.Path()})
}

// showExportError logs err and says in plain words that the export was
// not saved; a store error keeps its own message.
func (w *MainWindow) showExportError(path string, err error) {
	fyne.LogError("styrgrupp: export to "+path, err)
	msg := lang.L("filemenu.export_failed", map[string]any{"File": path})
	var e *model.Error
	if errors.As(err, &e) {
		msg = e.Message(uikit.Language())
	}
	uikit.ShowErrorMessage(w.win, msg)
}
