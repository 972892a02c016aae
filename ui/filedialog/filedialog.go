// Package filedialog is the one way the app asks for a file or a folder:
// the system's own dialog where there is one (the common dialogs on
// Windows, zenity or kdialog on a Linux desktop), Fyne's dialog with its
// strings translated where there is not, and the folder last used for
// each kind of file as the place the next dialog of that kind starts.
package filedialog

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
)

// Kind is the kind of file a dialog asks for; each kind remembers its
// own last folder.
type Kind string

// The kinds of file the app asks for.
const (
	Import      Kind = "import"      // spreadsheets and JSON to import
	Export      Kind = "export"      // exports, PDFs written and PDFs to check
	Store       Kind = "store"       // store files: open, new, backup
	Identity    Kind = "identity"    // signing identities (.p12)
	Certificate Kind = "certificate" // authorities' certificates and revocation lists
)

// Request describes what a dialog asks for.
type Request struct {
	Kind  Kind
	Title string
	// Extensions are the endings offered, with their dot (".xlsx"); none
	// offers every file.
	Extensions []string
	// FilterName names the extensions in the system dialog's list of
	// file types; the title names them when it is empty.
	FilterName string
	// Dir is where the dialog starts when no folder is remembered for
	// the kind, or the remembered one is gone.
	Dir string
	// Name is the file name a save dialog suggests.
	Name string
}

// mode is what a dialog returns: an existing file, a new file's path, or
// a folder.
type mode int

const (
	openFile mode = iota
	saveFile
	chooseFolder
)

// EnvVar names the variable that, set to "fyne", makes the app use Fyne's
// dialog even where a system dialog is available.
const EnvVar = "STYRGRUPP_FILE_DIALOG"

// windowsDialog is the system dialog on Windows, set by
// native_windows.go; it stays nil elsewhere, since sqweek/dialog needs
// GTK's headers through cgo on Linux and so is compiled for Windows only.
var windowsDialog native

// errCancelled is a system dialog's answer when the user cancels.
var errCancelled = errors.New("file dialog cancelled")

// native is a system dialog. choose blocks until the user has chosen,
// and returns errCancelled on cancel and another error when the dialog
// could not be shown.
type native interface {
	choose(ctx context.Context, m mode, r Request, dir string) (string, error)
}

// Chooser shows the dialogs. Its function fields let tests stand in for
// the system.
type Chooser struct {
	Prefs fyne.Preferences
	// Desktop tells whether the app runs on a desktop driver; a system
	// dialog is shown only then (never under Fyne's test driver).
	Desktop bool
	GOOS    string
	Getenv  func(string) string
	// LookPath finds a program on PATH, as exec.LookPath does.
	LookPath func(string) (string, error)
	// Run runs a program and returns what it wrote and its exit status;
	// err is set only when it could not be run.
	Run func(ctx context.Context, path string, args []string) (Output, error)
	// Async runs f off the UI goroutine and Do runs f on it.
	Async, Do func(f func())
	// Language is the gettext language ("sv", "en") zenity speaks when it
	// runs under C.UTF-8 (locale.go); empty leaves it English there.
	Language string
}

// Output is what a program run for a dialog wrote, and its exit status.
type Output struct {
	Stdout, Stderr []byte
	Status         int
}

// Default returns the chooser for the running app.
func Default() *Chooser {
	app := fyne.CurrentApp()
	_, isDesktop := app.Driver().(desktop.Driver)
	c := &Chooser{
		Prefs: app.Preferences(), Desktop: isDesktop, GOOS: runtime.GOOS,
		Getenv: os.Getenv, LookPath: exec.LookPath, Run: runCommand,
		Async: func(f func()) { go f() }, Do: fyne.Do,
	}
	if l := lang.L(languageKey); l != languageKey {
		c.Language = l
	}
	return c
}

// Open asks for an existing file with Default; done gets its path and is
// not called when the user cancels.
func Open(win fyne.Window, r Request, done func(path string)) { Default().Open(win, r, done) }

// Folder asks for a folder with Default.
func Folder(win fyne.Window, r Request, done func(path string)) { Default().Folder(win, r, done) }

// Save asks for a new file's path with Default; see Chooser.Save.
func Save(win fyne.Window, r Request, done func(path string), fallback func(dir string)) {
	Default().Save(win, r, done, fallback)
}

// StartDir returns where a dialog for r starts with Default.
func StartDir(r Request) string { return Default().StartDir(r) }

// Remember keeps dir as the last folder used for files of kind k with
// Default.
func Remember(k Kind, dir string) { Default().Remember(k, dir) }

// Open asks for an existing file; done gets its path and is not called
// when the user cancels.
func (c *Chooser) Open(win fyne.Window, r Request, done func(path string)) {
	c.show(win, openFile, r, done, func(dir string) { c.fyneDialog(win, openFile, r, dir, done) })
}

// Folder asks for a folder; done gets its path and is not called when
// the user cancels.
func (c *Chooser) Folder(win fyne.Window, r Request, done func(path string)) {
	c.show(win, chooseFolder, r, done, func(dir string) { c.fyneDialog(win, chooseFolder, r, dir, done) })
}

// Save asks where a new file goes with the system's dialog, and done gets
// the path chosen. Where there is no system dialog, or it fails to start,
// fallback is called instead with the folder to start in: the caller
// shows its own form (Fyne's save dialog empties an existing file before
// the program sees the choice). Without a system dialog, fallback is
// called before Save returns.
func (c *Chooser) Save(win fyne.Window, r Request, done func(path string), fallback func(dir string)) {
	c.show(win, saveFile, r, done, fallback)
}

// StartDir returns the folder last used for r's kind if it still exists,
// otherwise r.Dir.
func (c *Chooser) StartDir(r Request) string {
	if c.Prefs != nil && r.Kind != "" {
		if dir := c.Prefs.String(prefKey(r.Kind)); dir != "" && isFolder(dir) {
			return dir
		}
	}
	return r.Dir
}

// Remember keeps dir as the last folder used for files of kind k.
func (c *Chooser) Remember(k Kind, dir string) {
	if c.Prefs != nil && k != "" && dir != "" {
		c.Prefs.SetString(prefKey(k), dir)
	}
}

// remember keeps the folder of path, chosen in a dialog of mode m.
func (c *Chooser) remember(k Kind, m mode, path string) {
	if m != chooseFolder {
		path = filepath.Dir(path)
	}
	c.Remember(k, path)
}

// prefKey is the preference that holds the last folder of kind k.
func prefKey(k Kind) string { return "filedialog.dir." + string(k) }

// show runs the system dialog off the UI goroutine, a notice over the
// window meanwhile, and hands its answer back on the UI goroutine; with
// no system dialog, or one that fails, fallback shows Fyne's.
func (c *Chooser) show(win fyne.Window, m mode, r Request, done func(string), fallback func(dir string)) {
	dir := c.StartDir(r)
	n := c.native()
	if n == nil {
		fallback(dir)
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	wait := showWaiting(win, r.Title, cancel)
	c.Async(func() {
		path, err := n.choose(ctx, m, r, dir)
		c.Do(func() {
			stopped := ctx.Err() != nil
			cancel()
			wait.Hide()
			switch {
			case stopped || errors.Is(err, errCancelled):
			case err != nil:
				fyne.LogError("system file dialog", err)
				fallback(dir)
			default:
				c.remember(r.Kind, m, path)
				done(path)
			}
		})
	})
}

// native returns the system dialog to show, or nil for Fyne's.
func (c *Chooser) native() native {
	if !c.Desktop || c.Getenv(EnvVar) == "fyne" {
		return nil
	}
	if c.GOOS == "windows" {
		return windowsDialog // nil when not built for Windows
	}
	return c.commandDialog()
}

func isFolder(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}
