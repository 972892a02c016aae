package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/internal/applog"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
	"github.com/styrgrupp/styrgrupp/ui"
)

// appID is the reverse-DNS identity of the app, as in FyneApp.toml.
const appID = "se.styrgrupp.desktop"

// guiGCPercent is the window's garbage collection target (GOGC), unless
// the environment sets one.
const guiGCPercent = 75

type guiOptions struct {
	store   string
	demo    bool
	lang    model.Language
	imports []string // files to import once the window is open
}

// runGUI opens the store (a fresh demo store, the one named or the user's
// own) and runs the window until it is closed.
func runGUI(ctx context.Context, o guiOptions, stderr io.Writer) int {
	if os.Getenv("GOGC") == "" {
		// The window's heap is mostly fonts and what drawing text leaves
		// behind: collecting when it has grown by 75 % instead of Go's
		// 100 % keeps some 7 MB less resident for a little more
		// collecting (issue 4's memory target).
		debug.SetGCPercent(guiGCPercent)
	}
	a := app.NewWithID(appID)
	ui.LoadFonts(a)
	ui.Version = versionString()
	a.SetIcon(ui.WindowIcon)
	language := o.lang
	if language == "" {
		language = ui.PreferredLanguage(a)
	}
	if language == "" {
		language = ui.SystemLanguage()
	}
	if err := ui.SetLanguage(language); err != nil {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.translations_unreadable"), err)
		return exitUsage
	}
	path, cleanup, err := storePath(ctx, o)
	if err != nil {
		return fail(stderr, err)
	}
	defer cleanup()
	s, err := openAny(ctx, path)
	if model.PasswordRequired(err) && !stdinIsTerminal() {
		// Started from its icon: the window asks for the password.
		quitOnSignal(a)
		w := ui.AskPasswordFirst(a, path, err, openStoreForWindow, func(s model.Store) *ui.MainWindow {
			return newMainWindow(a, s, o, true)
		})
		if w != nil {
			w.CloseStore()
		}
		return exitOK
	}
	if model.PasswordRequired(err) {
		s, err = openAsking(ctx, path, stderr)
	}
	if err != nil {
		return fail(stderr, err)
	}
	quitOnSignal(a)
	w := newMainWindow(a, s, o, false)
	defer w.CloseStore()
	w.ShowAndRun()
	return exitOK
}

// newMainWindow builds the main window on the store s and what it shows
// over it once it is on screen: who the user is, a store upgraded on
// opening, the files to import. running tells whether the app runs
// already (the window follows the password window): made before, the
// window holds its first reading and those questions until it has drawn
// its first frame (ui.ReadAfterStart). The window owns the store: it
// closes it when the user opens another one, and CloseStore closes the
// one open at the end, before a demo store's folder is removed.
func newMainWindow(a fyne.App, s model.Store, o guiOptions, running bool) *ui.MainWindow {
	var opts []ui.Option
	if !running {
		opts = append(opts, ui.ReadAfterStart())
	}
	w := ui.NewMainWindow(a, s, opts...)
	w.OpenStoresWith(openStoreForWindow, true)
	w.AfterFirstFrame(func() {
		w.AskWhoIAmIfUnknown()
		// Shown over the question above: opening the store upgraded its
		// file from an older version, and the copy made first is named.
		w.ShowMigrationNotice()
		if len(o.imports) > 0 {
			w.ImportFiles(o.imports)
		}
	})
	return w
}

// openStoreForWindow opens the store the user picks in the window's Arkiv
// menu (Öppna, Ny databas, Senaste filer).
func openStoreForWindow(path string) (model.Store, error) {
	s, err := openAny(context.Background(), path)
	if err != nil {
		return nil, err // not a nil store in a non-nil interface
	}
	return s, nil
}

// quitOnSignal closes the app on Ctrl+C or SIGTERM, so the store is closed
// and a demo store's temporary folder removed.
func quitOnSignal(a fyne.App) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ch
		fyne.Do(a.Quit)
	}()
}

// storePath returns the store file to open: with --demo a new demo store
// in a temporary folder (removed on exit), else --store, else
// styrgrupp.db in the user's data folder.
func storePath(ctx context.Context, o guiOptions) (string, func(), error) {
	switch {
	case o.demo:
		dir, err := os.MkdirTemp("", "styrgrupp-demo-")
		if err != nil {
			return "", nil, err
		}
		cleanup := func() { os.RemoveAll(dir) }
		path := filepath.Join(dir, "demo.db")
		s, err := sqlite.Open(path)
		if err == nil {
			err = demo.Load(ctx, s, assets.Demo)
			if cerr := s.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			cleanup()
			return "", nil, err
		}
		return path, cleanup, nil
	case o.store != "":
		return o.store, func() {}, nil
	}
	dir, err := applog.DataDir()
	if err != nil {
		return "", nil, err
	}
	return filepath.Join(dir, "styrgrupp.db"), func() {}, nil
}
