// Package help opens the user's handbook from the window: Hjälp →
// Handbok, and the "Vad betyder …?" links of the dialogs that name a
// concept (justering, jäv, reservation …). Open and Link are the only
// ways a screen opens the handbook; which section explains a concept is
// model/handbook's Topic table.
package help

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/handbook"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/ui/async"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// The seams tests replace: where the PDFs go (the user's cache folder)
// and how the writing is run (on its own goroutine).
var (
	cacheDir              = os.UserCacheDir
	run      async.Runner = async.Go
)

// Open writes the handbook in the interface's language as a PDF that
// opens at topic's section (at its start for handbook.Start) into
// Styrgrupp's folder in the user's cache, and opens that file in the
// system's PDF viewer. The writing runs off the UI goroutine; a failure
// is shown in win, and when no viewer could be started the message says
// where the file is.
func Open(a fyne.App, win fyne.Window, topic handbook.Topic) {
	l := uikit.Language()
	run(func() {
		u, err := write(l, topic)
		fyne.Do(func() {
			if err != nil {
				uikit.ShowErrorMessage(win, lang.L("help.failed", map[string]any{"Error": err.Error()}))
				return
			}
			if err := a.OpenURL(u); err != nil {
				// No viewer to start: the file is there for the user to open.
				uikit.ShowErrorMessage(win, lang.L("help.no_viewer",
					map[string]any{"File": filepath.FromSlash(u.Path), "Error": err.Error()}))
			}
		})
	})
}

// write writes the handbook in l, opened at topic, and returns its file
// URL. Each topic has a file of its own (handbok-justering.pdf): a
// viewer that has the handbook open already shows the new file at its
// section rather than the open one where it was.
func write(l model.Language, topic handbook.Topic) (*url.URL, error) {
	data, err := pdf.Handbook(l, topic.Anchor(l))
	if err != nil {
		return nil, err
	}
	base, err := cacheDir()
	if err != nil {
		return nil, err
	}
	dir := filepath.Join(base, "styrgrupp")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, FileName(l, topic))
	if err := outfile.Write(path, data); err != nil {
		return nil, err
	}
	return url.Parse(storage.NewFileURI(path).String())
}

// FileName is the name of the handbook's PDF in l opened at topic:
// handbok.pdf, handbok-justering.pdf, handbook-recusal.pdf.
func FileName(l model.Language, topic handbook.Topic) string {
	name := "handbok"
	if l == model.English {
		name = "handbook"
	}
	if topic != handbook.Start {
		name += "-" + string(topic)
	}
	return name + ".pdf"
}

// Link is a small link, "Vad betyder justering?", that opens the
// handbook at topic's section.
func Link(a fyne.App, win fyne.Window, topic handbook.Topic) *widget.Hyperlink {
	h := widget.NewHyperlink(lang.L(LinkKey(topic)), nil)
	h.OnTapped = func() { Open(a, win, topic) }
	return h
}

// LinkKey is the label key of topic's link: help.what.justering.
func LinkKey(topic handbook.Topic) string { return fmt.Sprintf("help.what.%s", topic) }
