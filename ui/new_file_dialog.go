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
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/ui/filedialog"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// newFileRequest describes the file newFileDialog asks for.
type newFileRequest struct {
	kind                 filedialog.Kind // whose last folder is used
	title, confirm, hint string
	dir, name            string // where it starts, when no folder of kind is remembered
	// extensions are the endings the system dialog offers; the first is
	// added when left out.
	extensions []string
	filterName string
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

// newFileDialog asks where a new file goes: with the system's save
// dialog where there is one, otherwise with a form of a folder, picked
// with the folder dialog, and a file name. Fyne's save dialog empties a
// file the user points it at before the program learns the choice, which
// for the open store would lose its data; this one checks the choice
// first, and shows the form with the reason when the system dialog's
// choice cannot be used.
type newFileDialog struct {
	win     fyne.Window
	onError func(error)
	req     newFileRequest
	dir     string
	folder  *widget.Label
	name    *widgets.Entry
	format  *widget.Select // the formats offered, nil without
	message *widget.Label
	ok      *widgets.Button
	dlg     *dialog.CustomDialog // the form; nil while the system dialog answers
	confirm *uikit.Confirm       // asks whether to replace a file
}

// askNewFile shows the dialog for r over the window.
func (w *MainWindow) askNewFile(r newFileRequest) *newFileDialog {
	return askNewFile(w.win, w.showError, r)
}

// askNewFile asks for r over win; onError shows what goes wrong in the
// folder dialog. It returns the form when it shows it at once, where no
// system dialog is used, and nil otherwise.
func askNewFile(win fyne.Window, onError func(error), r newFileRequest) *newFileDialog {
	fr := filedialog.Request{Kind: r.kind, Title: r.title, Extensions: r.extensions, FilterName: r.filterName, Dir: r.dir}
	if dir := filedialog.StartDir(fr); dir != r.dir {
		ext := filepath.Ext(r.name)
		r.dir, r.name = dir, freeName(dir, strings.TrimSuffix(r.name, ext), ext)
	}
	fr.Dir, fr.Name = r.dir, r.name
	d := &newFileDialog{win: win, onError: onError, req: r, dir: r.dir}
	var form *newFileDialog
	filedialog.Save(win, fr, d.chosen, func(dir string) {
		d.dir = dir
		d.show(r.name, "")
		form = d
	})
	return form
}

// show shows the form with name in its field and problem, if any, under
// it.
func (d *newFileDialog) show(name, problem string) {
	r := d.req
	d.folder = widget.NewLabel(d.dir)
	d.folder.Wrapping = fyne.TextWrapBreak
	d.name = widgets.NewEntry(false, 0)
	d.name.OnEscape = func() { d.dlg.Hide() }
	d.name.SetText(name)
	d.name.OnSubmitted = func(string) { d.accept() }
	d.message = uikit.ErrorLabel()
	if problem != "" {
		d.message.SetText(problem)
		d.message.Show()
	}
	hint := widget.NewLabel(r.hint)
	hint.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.L("filemenu.folder"), container.NewBorder(nil, nil, nil,
			widgets.NewButton(lang.L("filemenu.choose_folder"), d.chooseFolder), d.folder)),
		widget.NewFormItem(lang.L("filemenu.file_name"), d.name),
	)
	if len(r.formats) > 0 {
		form.Append(lang.L("filemenu.format"), d.formatSelect())
	}
	d.ok = widgets.NewButton(r.confirm, d.accept)
	d.ok.Importance = widget.HighImportance
	d.dlg = dialog.NewCustomWithoutButtons(r.title, container.NewVBox(hint, form, d.message), d.win)
	d.dlg.SetButtons([]fyne.CanvasObject{widgets.NewButton(lang.L("Cancel"), d.dlg.Hide), d.ok})
	uikit.DialogKeys(d.dlg, d.win.Canvas(), d.accept, nil)
	d.dlg.Resize(fyne.NewSize(640, 300))
	d.dlg.Show()
	d.win.Canvas().Focus(d.name)
}

// chosen takes the path the system dialog answered: it is used when it
// passes the checks, and shown in the form with the reason otherwise. The
// system dialog has asked before replacing the path chosen itself; a
// different file that the ending added names is asked about here.
func (d *newFileDialog) chosen(path string) {
	d.dir = filepath.Dir(path)
	prepared, problem := d.check(filepath.Base(path))
	switch {
	case problem != "":
		d.show(filepath.Base(path), problem)
	case fileExists(prepared) && prepared != path:
		d.askReplace(prepared)
	default:
		d.finish(prepared)
	}
}

// chooseFolder lets the user pick the folder with the folder dialog.
func (d *newFileDialog) chooseFolder() {
	filedialog.Folder(d.win, filedialog.Request{Title: lang.L("filedialog.title.folder"), Dir: d.dir}, func(dir string) {
		d.dir = dir
		d.folder.SetText(dir)
	})
}

// accept checks the folder and name; a fault is shown in the dialog,
// which stays open. An existing file is refused, or replaced after asking
// when the request allows it.
func (d *newFileDialog) accept() {
	path, problem := d.check(d.name.Text)
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
	d.askReplace(path)
}

// check returns the path of name in the dialog's folder, as the request
// prepares it, or a message saying why it cannot be used.
func (d *newFileDialog) check(name string) (string, string) {
	name = strings.TrimSpace(name)
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
	return path, problem
}

// askReplace asks before the file at path is replaced.
func (d *newFileDialog) askReplace(path string) {
	d.confirm = uikit.NewConfirm(lang.L("filemenu.overwrite_title"),
		lang.L("filemenu.overwrite", map[string]any{"File": filepath.Base(path)}),
		func(ok bool) {
			if ok {
				d.finish(path)
			}
		}, d.win)
	d.confirm.SetConfirmText(lang.L("filemenu.overwrite_do"))
	d.confirm.SetDismissText(lang.L("Cancel"))
	uikit.ConfirmKeys(d.confirm, d.win.Canvas(), nil)
	d.confirm.Show()
}

// finish closes the form, keeps its folder as the last one of the
// request's kind and hands the path on.
func (d *newFileDialog) finish(path string) {
	if d.dlg != nil {
		d.dlg.Hide()
	}
	filedialog.Remember(d.req.kind, filepath.Dir(path))
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
