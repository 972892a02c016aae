package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// Version is the program's version and commit, as the command line's
// --version prints it; set by main.
var Version = "Styrgrupp"

// showAbout shows Hjälp → Om Styrgrupp: what the program is, its version
// and where the store is.
func (w *MainWindow) showAbout() {
	icon := canvas.NewImageFromResource(Icon)
	icon.SetMinSize(fyne.NewSize(96, 96))
	icon.FillMode = canvas.ImageFillContain
	text := widget.NewLabel(lang.L("about.text", map[string]any{"Version": aboutVersion(Version), "Store": w.store.Path()}))
	text.Wrapping = fyne.TextWrapWord
	d := uikit.NewCustom(lang.L("about.title"), lang.L("Close"), container.NewBorder(nil, nil, icon, nil, text), w.win)
	uikit.CloseOnKeys(d, w.win.Canvas())
	d.Resize(fyne.NewSize(640, 280))
	d.Show()
}

// aboutVersion is the version as Om Styrgrupp shows it: without the
// commit in parentheses when the build does not know it, as the command
// line writes "Styrgrupp 0.1.0 (unknown)", an English word in the Swedish
// window.
func aboutVersion(v string) string {
	for _, unknown := range []string{" (unknown)", " ()"} {
		v = strings.TrimSuffix(v, unknown)
	}
	return v
}

// showShortcuts lists the keyboard shortcuts (Hjälp → Kortkommandon).
func (w *MainWindow) showShortcuts() {
	var rows []fyne.CanvasObject
	for _, line := range strings.Split(lang.L("shortcuts.text"), "\n") {
		key, what, _ := strings.Cut(line, "\t")
		if what == "" { // a heading, or the blank line before it
			rows = append(rows, widget.NewLabelWithStyle(key, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), layout.NewSpacer())
			continue
		}
		rows = append(rows, widget.NewLabelWithStyle(key, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true}), widget.NewLabel(what))
	}
	d := uikit.NewCustom(lang.L("shortcuts.title"), lang.L("Close"), container.New(layout.NewFormLayout(), rows...), w.win)
	uikit.CloseOnKeys(d, w.win.Canvas())
	d.Show()
}
