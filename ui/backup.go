package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/filedialog"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// Arkiv → Säkerhetskopiera …: a copy of the whole store in a new file,
// made while the window stays in use; and the notice shown when opening
// the store brought it up from an older version's schema, after copying it.

// backupMenuItem is Arkiv → Säkerhetskopiera ….
func (w *MainWindow) backupMenuItem() *fyne.MenuItem {
	return fyne.NewMenuItem(lang.L("menu.backup"), func() { w.chooseBackup() })
}

// chooseBackup asks where the copy goes, in a new file: by default in the
// documents folder, named after the store and the day.
func (w *MainWindow) chooseBackup() *newFileDialog {
	if w.dialogShown() {
		return nil
	}
	dir := documentsFolder()
	stem := strings.TrimSuffix(filepath.Base(w.store.Path()), filepath.Ext(w.store.Path()))
	if stem == "" || stem == "." || stem == string(filepath.Separator) {
		stem = "styrgrupp"
	}
	return w.askNewFile(newFileRequest{
		kind: filedialog.Store, extensions: storeExtensions, filterName: lang.L("filedialog.types.store"),
		title: lang.L("backup.title"), confirm: lang.L("backup.do"), hint: lang.L("backup.hint"),
		dir: dir, name: freeName(dir, stem+"-"+lang.L("backup.name")+"-"+time.Now().Format("2006-01-02"), ".db"),
		prepare: func(path string) (string, string) {
			switch ext := strings.ToLower(filepath.Ext(path)); {
			case ext == "":
				return path + ".db", ""
			case !slices.Contains(storeExtensions, ext):
				return "", lang.L("backup.extension")
			}
			return path, ""
		},
		done: w.backupTo,
	})
}

// backupTo writes the copy to path off the UI goroutine, with an activity
// bar showing, then says where it is and what it holds.
func (w *MainWindow) backupTo(path string) {
	busy := dialog.NewCustomWithoutButtons(lang.L("backup.working"), widget.NewProgressBarInfinite(), w.win)
	busy.Show()
	store, ctx := w.store, w.ctx
	w.background(func() {
		// What the copy holds: the store as it is just before; nothing else
		// writes from this window while the activity bar shows.
		ps, err := store.Proposals(ctx, model.ProposalFilter{})
		var ms []model.Meeting
		if err == nil {
			ms, err = store.Meetings(ctx)
		}
		if err == nil {
			err = store.Backup(ctx, path)
		}
		var size int64
		if st, serr := os.Stat(path); serr == nil {
			size = st.Size()
		}
		fyne.Do(func() {
			busy.Hide()
			if err != nil {
				w.showError(err)
				return
			}
			uikit.ShowInformation(lang.L("backup.done"), lang.L("backup.summary", map[string]any{
				"File": filepath.Base(path), "Folder": filepath.Dir(path), "Size": fileSize(size),
				"Proposals": len(ps), "Meetings": len(ms),
			}), w.win)
		})
	})
}

// fileSize writes a file's size for people: 812 byte, 4,2 MB (4.2 MB in
// English).
func fileSize(n int64) string {
	unit, v := "byte", float64(n)
	for _, u := range []string{"kB", "MB", "GB"} {
		if v < 1000 {
			break
		}
		unit, v = u, v/1000
	}
	if unit == "byte" {
		if uikit.Language() == model.English {
			unit = "bytes"
		}
		return fmt.Sprintf("%d %s", n, unit)
	}
	s := fmt.Sprintf("%.1f %s", v, unit)
	if uikit.Language() != model.English {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// migrationReporter is a store that tells whether opening it brought its
// file up from an older schema, and where the copy of the file as it was
// is (the SQLite store's MigratedFrom).
type migrationReporter interface {
	MigratedFrom() (old int, backup string)
}

// ShowMigrationNotice says, when opening the store shown brought it up
// from an older version of the program, that it did and where the copy
// made before is. It shows nothing for any other store. The program calls
// it once the window is up; the window calls it for each store it opens.
func (w *MainWindow) ShowMigrationNotice() {
	m, ok := w.store.(migrationReporter)
	if !ok {
		return
	}
	old, backup := m.MigratedFrom()
	if backup == "" {
		return
	}
	uikit.ShowInformation(lang.L("backup.migrated_title"), lang.L("backup.migrated", map[string]any{
		"File": filepath.Base(w.store.Path()), "Old": old,
		"Backup": filepath.Base(backup), "Folder": filepath.Dir(backup),
	}), w.win)
}
