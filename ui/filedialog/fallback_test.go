package filedialog_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/filedialog"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// englishWords are what Fyne's file dialog says in English unless the
// app translates it.
var englishWords = regexp.MustCompile(`\b(Home|Computer|App Files|Desktop|Documents|Downloads|Music|Pictures|Videos|` +
	`Open|Save|Cancel|File|Folder|Name|Show Hidden Files|New Folder|Create Folder|Parent|Enter filename)\b`)

// filedialogFallback shows Fyne's dialog in Swedish over a window, with a
// home folder that has the places Fyne lists, and starting in a folder of
// Swedish names.
func filedialogFallback(t *testing.T) (fyne.Window, *string) {
	t.Helper()
	app := testapp.New(t)
	if err := uikit.SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { uikit.SetLanguage(model.Swedish) })
	home := t.TempDir()
	t.Setenv("HOME", home)
	for _, d := range []string{"Desktop", "Documents", "Downloads", "Music", "Pictures", "Videos", "förslag"} {
		if err := os.Mkdir(filepath.Join(home, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(home, "förslag", "insatser.xlsx"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	win := app.NewWindow("Styrgrupp")
	win.Resize(fyne.NewSize(1200, 800))
	chosen := new(string)
	filedialog.Open(win, filedialog.Request{Title: "Välj en fil att importera", Extensions: []string{".xlsx"},
		Dir: filepath.Join(home, "förslag")}, func(p string) { *chosen = p })
	return win, chosen
}

// texts returns every text drawn under o: labels, buttons, checks and
// entries' placeholders.
func texts(o fyne.CanvasObject) []string {
	var out []string
	switch v := o.(type) {
	case *widget.Label:
		out = append(out, v.Text)
	case *widget.Button:
		out = append(out, v.Text)
	case *widget.Check:
		out = append(out, v.Text)
	case *widget.Entry:
		out = append(out, v.PlaceHolder)
	case *canvas.Text:
		out = append(out, v.Text)
	case *widget.RichText:
		out = append(out, v.String())
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, child := range c.Objects {
			out = append(out, texts(child)...)
		}
	}
	if w, ok := o.(fyne.Widget); ok {
		for _, child := range test.WidgetRenderer(w).Objects() {
			out = append(out, texts(child)...)
		}
	}
	return out
}

// button returns the first button under o with icon res.
func button(o fyne.CanvasObject, res fyne.Resource) *widget.Button {
	if b, ok := o.(*widget.Button); ok && b.Icon != nil && b.Icon.Name() == res.Name() {
		return b
	}
	var children []fyne.CanvasObject
	if c, ok := o.(*fyne.Container); ok {
		children = c.Objects
	} else if w, ok := o.(fyne.Widget); ok {
		children = test.WidgetRenderer(w).Objects()
	}
	for _, child := range children {
		if b := button(child, res); b != nil {
			return b
		}
	}
	return nil
}

// Fyne's dialog in Swedish: its places, buttons, options and the new
// folder form say no English word.
func TestFallbackSpeaksSwedish(t *testing.T) {
	win, _ := filedialogFallback(t)
	overlays := win.Canvas().Overlays()
	dlg := overlays.Top()
	if dlg == nil {
		t.Fatal("no file dialog shown")
	}
	shown := texts(dlg)
	for _, want := range []string{"Hem", "Datorn", "Skrivbord", "Dokument", "Hämtade filer", "Öppna", "Avbryt", "insatser"} {
		if !testapp.Contains(shown, want) {
			t.Errorf("the dialog does not show %q: %q", want, shown)
		}
	}
	options := button(dlg, theme.SettingsIcon())
	newFolder := button(dlg, theme.FolderNewIcon())
	if options == nil || newFolder == nil {
		t.Fatal("the dialog's options and new folder buttons are not found")
	}
	test.Tap(options)
	shown = append(shown, texts(overlays.Top())...)
	overlays.Remove(overlays.Top())
	test.Tap(newFolder)
	shown = append(shown, texts(overlays.Top())...)
	for _, want := range []string{"Visa dolda filer", "Namn", "Skapa mapp"} {
		if !testapp.Contains(shown, want) {
			t.Errorf("the dialog's menus do not show %q: %q", want, shown)
		}
	}
	for _, s := range shown {
		if w := englishWords.FindString(s); w != "" {
			t.Errorf("the Swedish dialog shows %q in %q", w, s)
		}
	}
}

// Escape closes Fyne's dialog as a cancel, and gives the window its own
// key handler back.
func TestFallbackClosesOnEscape(t *testing.T) {
	win, chosen := filedialogFallback(t)
	c := win.Canvas()
	if c.Overlays().Top() == nil {
		t.Fatal("no file dialog shown")
	}
	escape := c.OnTypedKey()
	if escape == nil {
		t.Fatal("no key handler takes Escape while the dialog is open")
	}
	escape(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != nil {
		t.Error("Escape leaves the file dialog open")
	}
	if *chosen != "" {
		t.Errorf("Escape chose %q", *chosen)
	}
	if c.OnTypedKey() != nil {
		t.Error("the window keeps the dialog's key handler")
	}
}

// The chooser for the running app speaks its language: the catalogue's
// gettext language, which zenity gets under C.UTF-8.
func TestDefaultChooserSpeaksTheAppsLanguage(t *testing.T) {
	testapp.New(t)
	t.Cleanup(func() { uikit.SetLanguage(model.Swedish) })
	for l, want := range map[model.Language]string{model.Swedish: "sv", model.English: "en"} {
		if err := uikit.SetLanguage(l); err != nil {
			t.Fatal(err)
		}
		if got := filedialog.Default().Language; got != want {
			t.Errorf("%s: the chooser's language is %q, want %q", l, got, want)
		}
	}
}
