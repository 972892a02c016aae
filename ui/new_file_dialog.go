package ui

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// newFileRequest describes the file newFileDialog asks for.
type newFileRequest struct {
	title, confirm, hint string
	dir, name            string // where it starts
	// prepare returns the path to use for the one chosen (adding an
	// ending that was left out), or a message saying why it cannot be used.
	prepare func(path string) (string, string)
	// overwrite allows an existing file, after asking; otherwise one is
	// refused.
	overwrite bool
	// formats, when given, are offered in a list that sets the name's
	// ending (new_file_format.go).
	formats []fileFormat
	done    func(path string)
}

// newFileDialog asks where a new file goes: a folder, picked with Fyne's
// folder dialog, and a file name. Fyne's save dialog empties a file the
// user points it at before the program learns the choice, which for the
// open store would lose its data; this one checks the choice first.
type newFileDialog struct {
	win     fyne.Window
	onError func(error)
	req     newFileRequest
	dir     string
	folder  *widget.Label
	name    *widget.Entry
	format  *widget.Select // the formats offered, nil without
	message *widget.Label
	ok      *widget.Button
	dlg     *dialog.CustomDialog
	confirm *dialog.ConfirmDialog // asks whether to replace a file
}

// askNewFile shows the dialog for r over the window.
func (w *MainWindow) askNewFile(r newFileRequest) *newFileDialog {
	return askNewFile(w.win, w.showError, r)
}

// askNewFile shows the dialog for r over win; onError shows what goes
// wrong in the folder dialog.
func askNewFile(win fyne.Window, onError func(error), r newFileRequest) *newFileDialog {
	d := &newFileDialog{win: win, onError: onError, req: r, dir: r.dir}
	d.folder = widget.NewLabel(r.dir)
	d.folder.Wrapping = fyne.TextWrapBreak
	d.name = widget.NewEntry()
	d.name.SetText(r.name)
	d.name.OnSubmitted = func(string) { d.accept() }
	d.message = uikit.ErrorLabel()
	hint := widget.NewLabel(r.hint)
	hint.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.L("filemenu.folder"), container.NewBorder(nil, nil, nil,
			widget.NewButton(lang.L("filemenu.choose_folder"), d.chooseFolder), d.folder)),
		widget.NewFormItem(lang.L("filemenu.file_name"), d.name),
	)
	if len(r.formats) > 0 {
		form.Append(lang.L("filemenu.format"), d.formatSelect())
	}
	d.ok = widget.NewButton(r.confirm, d.accept)
	d.ok.Importance = widget.HighImportance
	d.dlg = dialog.NewCustomWithoutButtons(r.title, container.NewVBox(hint, form, d.message), win)
	d.dlg.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), d.dlg.Hide), d.ok})
	d.dlg.Resize(fyne.NewSize(640, 300))
	d.dlg.Show()
	win.Canvas().Focus(d.name)
	return d
}

// chooseFolder lets the user pick the folder with Fyne's folder dialog.
func (d *newFileDialog) chooseFolder() {
	fd := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			d.onError(err)
			return
		}
		if l != nil {
			d.dir = l.Path()
			d.folder.SetText(d.dir)
		}
	}, d.win)
	if l, err := storage.ListerForURI(storage.NewFileURI(d.dir)); err == nil {
		fd.SetLocation(l)
	}
	fd.Resize(fyne.NewSize(900, 600))
	fd.Show()
}

// accept checks the folder and name; a fault is shown in the dialog,
// which stays open. An existing file is refused, or replaced after asking
// when the request allows it.
func (d *newFileDialog) accept() {
	name := strings.TrimSpace(d.name.Text)
	problem := ""
	switch {
	case name == "":
		problem = lang.L("filemenu.name_required")
	case strings.ContainsAny(name, `/\`) || name == "." || name == "..":
		problem = lang.L("filemenu.name_invalid")
	case !isFolder(d.dir):
		problem = lang.L("filemenu.folder_missing", map[string]any{"Folder": d.dir})
	}
	path := filepath.Join(d.dir, name)
	if problem == "" {
		path, problem = d.req.prepare(path)
	}
	if problem == "" && fileExists(path) && !d.req.overwrite {
		problem = lang.L("filemenu.exists", map[string]any{"File": filepath.Base(path)})
	}
	if problem != "" {
		d.message.SetText(problem)
		d.message.Show()
		return
	}
	d.message.Hide()
	if !fileExists(path) {
		d.finish(path)
		return
	}
	d.confirm = dialog.NewConfirm(lang.L("filemenu.overwrite_title"),
		lang.L("filemenu.overwrite", map[string]any{"File": filepath.Base(path)}),
		func(ok bool) {
			if ok {
				d.finish(path)
			}
		}, d.win)
	d.confirm.SetConfirmText(lang.L("filemenu.overwrite_do"))
	d.confirm.SetDismissText(lang.L("Cancel"))
	d.confirm.Show()
}

// finish closes the dialog and hands the path on.
func (d *newFileDialog) finish(path string) {
	d.dlg.Hide()
	d.req.done(path)
}

// dialogShown tells whether a dialog or form is open over the window; the
// store is not switched under it (its shortcut still reaches the menu).
func (w *MainWindow) dialogShown() bool { return w.win.Canvas().Overlays().Top() != nil }

// storeFolder is where the store dialogs start: the open store's folder,
// unless that is a temporary one (the demo's), which is removed on exit.
func (w *MainWindow) storeFolder() string {
	if p := w.store.Path(); p != "" && !inTempDir(p) && isFolder(filepath.Dir(p)) {
		return filepath.Dir(p)
	}
	return documentsFolder()
}

// documentsFolder returns the user's documents folder, or their home
// folder when it cannot be found.
func documentsFolder() string {
	home, err := os.UserHomeDir()
	if err != nil {
		wd, _ := os.Getwd()
		return wd
	}
	for _, name := range []string{"Documents", "Dokument"} {
		if dir := filepath.Join(home, name); isFolder(dir) {
			return dir
		}
	}
	return home
}

// freeName returns base+ext, or base-2+ext and so on, whichever is not
// taken in dir.
func freeName(dir, base, ext string) string {
	name := base + ext
	for i := 2; fileExists(filepath.Join(dir, name)) && i < 1000; i++ {
		name = base + "-" + strconv.Itoa(i) + ext
	}
	return name
}

func inTempDir(path string) bool {
	rel, err := filepath.Rel(os.TempDir(), path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func isFolder(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// samePath tells whether a and b name the same file.
func samePath(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	a, b = filepath.Clean(a), filepath.Clean(b)
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		return strings.EqualFold(a, b)
	}
	return a == b
}
