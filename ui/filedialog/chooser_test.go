package filedialog

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// fakeSystem stands in for the system: the programs on PATH, the
// environment and what a dialog program answers.
type fakeSystem struct {
	onPath map[string]bool
	env    map[string]string
	out    string // what the program prints
	errOut string // and on its standard error
	status int    // its exit status
	err    error  // set when it cannot be started
	ran    [][]string
}

// chooser returns a chooser on a desktop with f as its system and the
// test app's preferences; dialogs answer before the call returns.
func (f *fakeSystem) chooser(t *testing.T) (*Chooser, fyne.Window) {
	t.Helper()
	app := test.NewTempApp(t)
	win := app.NewWindow("test")
	win.Resize(fyne.NewSize(1000, 700))
	c := &Chooser{
		Prefs: app.Preferences(), Desktop: true, GOOS: "linux",
		Getenv: func(k string) string { return f.env[k] },
		LookPath: func(name string) (string, error) {
			if f.onPath[name] {
				return "/usr/bin/" + name, nil
			}
			return "", errors.New("not found")
		},
		Run: func(_ context.Context, path string, args []string) (Output, error) {
			f.ran = append(f.ran, append([]string{path}, args...))
			return Output{Stdout: []byte(f.out), Stderr: []byte(f.errOut), Status: f.status}, f.err
		},
		Async: func(fn func()) { fn() },
		Do:    func(fn func()) { fn() },
	}
	return c, win
}

// fyneDialogShown tells whether Fyne's file dialog is over win.
func fyneDialogShown(win fyne.Window) bool {
	pop, ok := win.Canvas().Overlays().Top().(*widget.PopUp)
	return ok && findPlaces(pop.Content)
}

// findPlaces tells whether o holds the split with the list of places.
func findPlaces(o fyne.CanvasObject) bool {
	switch o := o.(type) {
	case *fyne.Container:
		return slices.ContainsFunc(o.Objects, findPlaces)
	case *container.Split:
		_, ok := o.Leading.(*widget.List)
		return ok
	}
	return false
}

func TestNativeDialogFoundIsRunAndItsPathUsed(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "Styrgruppens filer åäö")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(dir, "Förslag 2027 – våren.xlsx")
	f := &fakeSystem{onPath: map[string]bool{"zenity": true}, env: map[string]string{"DISPLAY": ":0"}, out: want + "\n"}
	c, win := f.chooser(t)
	var got string
	c.Open(win, Request{Kind: Import, Title: "Importera", Extensions: []string{".xlsx"}}, func(p string) { got = p })
	if len(f.ran) != 1 || f.ran[0][0] != "/usr/bin/zenity" || f.ran[0][1] != "--file-selection" {
		t.Fatalf("ran %q, want zenity --file-selection once", f.ran)
	}
	if got != want {
		t.Errorf("done got %q, want %q", got, want)
	}
	if top := win.Canvas().Overlays().Top(); top != nil {
		t.Error("a dialog is left over the window after the system dialog answered")
	}
	if d := c.StartDir(Request{Kind: Import}); d != dir {
		t.Errorf("the next import dialog starts in %q, want %q", d, dir)
	}
}

func TestWithoutNativeDialogFyneShowsIt(t *testing.T) {
	cases := map[string]*fakeSystem{
		"neither on PATH": {env: map[string]string{"DISPLAY": ":0"}},
		"no display":      {onPath: map[string]bool{"zenity": true, "kdialog": true}},
		"asked for Fyne's": {onPath: map[string]bool{"zenity": true},
			env: map[string]string{"DISPLAY": ":0", EnvVar: "fyne"}},
	}
	for name, f := range cases {
		t.Run(name, func(t *testing.T) {
			c, win := f.chooser(t)
			c.Open(win, Request{Title: "Öppna"}, func(string) { t.Error("done called without a choice") })
			if len(f.ran) != 0 {
				t.Errorf("ran %q", f.ran)
			}
			if !fyneDialogShown(win) {
				t.Error("Fyne's file dialog is not shown")
			}
		})
	}
}

func TestNativeDialogThatFailsFallsBackToFyne(t *testing.T) {
	for name, f := range map[string]*fakeSystem{
		"cannot start": {err: errors.New("exec format error")},
		"status 255":   {status: 255, errOut: "zenity: unknown option --x\n"},
		"no display, exit status 1": {status: 1,
			errOut: "(zenity:7777): Gtk-WARNING **: 03:24:43.937: cannot open display: :99\n"},
	} {
		t.Run(name, func(t *testing.T) {
			f.onPath, f.env = map[string]bool{"zenity": true}, map[string]string{"WAYLAND_DISPLAY": "wayland-0"}
			c, win := f.chooser(t)
			c.Open(win, Request{Title: "Öppna"}, func(string) { t.Error("done called without a choice") })
			if len(f.ran) != 1 {
				t.Fatalf("ran %q, want zenity once", f.ran)
			}
			if !fyneDialogShown(win) {
				t.Error("Fyne's file dialog is not shown after the system's failed")
			}
		})
	}
}

func TestCancelInNativeDialogDoesNothing(t *testing.T) {
	f := &fakeSystem{onPath: map[string]bool{"kdialog": true}, env: map[string]string{"DISPLAY": ":0"}, status: 1,
		errOut: "Gtk-Message: GtkDialog mapped without a transient parent. This is discouraged.\n"}
	c, win := f.chooser(t)
	fallback := false
	c.Save(win, Request{Kind: Export, Title: "Spara"}, func(string) { t.Error("done called on cancel") },
		func(string) { fallback = true })
	if len(f.ran) != 1 || f.ran[0][0] != "/usr/bin/kdialog" {
		t.Fatalf("ran %q, want kdialog once", f.ran)
	}
	if fallback || win.Canvas().Overlays().Top() != nil {
		t.Error("a cancel showed another dialog")
	}
	if d := c.StartDir(Request{Kind: Export, Dir: "/start"}); d != "/start" {
		t.Errorf("a cancel remembered %q", d)
	}
}

// The notice over the window while the system dialog is open; its Avbryt
// drops whatever the dialog answers later.
func TestWaitingNoticeCancelDropsTheAnswer(t *testing.T) {
	f := &fakeSystem{onPath: map[string]bool{"zenity": true}, env: map[string]string{"DISPLAY": ":0"}, out: "/tmp/x.pdf\n"}
	c, win := f.chooser(t)
	var later func()
	c.Async = func(fn func()) { later = fn }
	c.Open(win, Request{Title: "Kontrollera PDF"}, func(string) { t.Error("done called after Avbryt") })
	top := win.Canvas().Overlays().Top()
	if top == nil || later == nil {
		t.Fatal("no notice while the system dialog is open")
	}
	cancel := findButton(top, "Cancel")
	if cancel == nil {
		t.Fatal("the notice has no Cancel")
	}
	test.Tap(cancel)
	later()
	if win.Canvas().OnTypedKey() != nil {
		t.Error("the window keeps the notice's key handler")
	}
	if win.Canvas().Overlays().Top() != nil {
		t.Error("the notice stays after Avbryt")
	}
}

// Escape closes the notice as its Avbryt does.
func TestWaitingNoticeClosesOnEscape(t *testing.T) {
	f := &fakeSystem{onPath: map[string]bool{"zenity": true}, env: map[string]string{"DISPLAY": ":0"}, out: "/tmp/x.pdf\n"}
	c, win := f.chooser(t)
	var later func()
	c.Async = func(fn func()) { later = fn }
	c.Open(win, Request{Title: "Kontrollera PDF"}, func(string) { t.Error("done called after Escape") })
	escape := win.Canvas().OnTypedKey()
	if win.Canvas().Overlays().Top() == nil || escape == nil {
		t.Fatal("no notice taking Escape while the system dialog is open")
	}
	escape(&fyne.KeyEvent{Name: fyne.KeyEscape})
	later()
	if win.Canvas().Overlays().Top() != nil {
		t.Error("the notice stays after Escape")
	}

	// Escape also while Tab has put the keyboard on Avbryt.
	c.Open(win, Request{Title: "Kontrollera PDF"}, func(string) { t.Error("done called after Escape on Avbryt") })
	win.Canvas().FocusNext()
	cancel, ok := win.Canvas().Focused().(*widgets.Button)
	if !ok || cancel.Text != "Cancel" {
		t.Fatalf("Tab in the notice reached %T", win.Canvas().Focused())
	}
	cancel.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	later()
	if win.Canvas().Overlays().Top() != nil {
		t.Error("the notice stays after Escape on its Avbryt")
	}
}

func findButton(o fyne.CanvasObject, text string) *widgets.Button {
	if b, ok := o.(*widgets.Button); ok && b.Text == text {
		return b
	}
	var children []fyne.CanvasObject
	if c, ok := o.(*fyne.Container); ok {
		children = c.Objects
	} else if w, ok := o.(fyne.Widget); ok {
		children = test.WidgetRenderer(w).Objects()
	}
	for _, child := range children {
		if b := findButton(child, text); b != nil {
			return b
		}
	}
	return nil
}

func TestDesktopChoosesItsOwnProgram(t *testing.T) {
	both := map[string]bool{"zenity": true, "kdialog": true}
	cases := []struct {
		name    string
		f       fakeSystem
		desktop bool
		want    string
	}{
		{"GNOME", fakeSystem{onPath: both, env: map[string]string{"DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}}, true, "zenity"},
		{"KDE", fakeSystem{onPath: both, env: map[string]string{"DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "KDE"}}, true, "kdialog"},
		{"KDE without kdialog", fakeSystem{onPath: map[string]bool{"zenity": true}, env: map[string]string{"DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "KDE"}}, true, "zenity"},
		{"GNOME without zenity", fakeSystem{onPath: map[string]bool{"kdialog": true}, env: map[string]string{"DISPLAY": ":0"}}, true, "kdialog"},
		{"Fyne's test driver", fakeSystem{onPath: both, env: map[string]string{"DISPLAY": ":0"}}, false, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := tc.f.chooser(t)
			c.Desktop = tc.desktop
			got := ""
			if cmd, ok := c.native().(*command); ok {
				got = cmd.tool.String()
			}
			if got != tc.want {
				t.Errorf("chose %q, want %q", got, tc.want)
			}
		})
	}
}

// Under the test app (the ui package's tests), Default never runs a
// system dialog, whatever is installed.
func TestDefaultUnderTestAppIsFyne(t *testing.T) {
	test.NewTempApp(t)
	t.Setenv("DISPLAY", ":0")
	c := Default()
	if c.Desktop {
		t.Error("the test app's driver is taken for a desktop")
	}
	if n := c.native(); n != nil {
		t.Errorf("Default chose %#v under the test app", n)
	}
}
