package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
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
	text := widget.NewLabel(lang.L("about.text", map[string]any{"Version": Version, "Store": w.store.Path()}))
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("about.title"), lang.L("Close"), container.NewBorder(nil, nil, icon, nil, text), w.win)
	d.Resize(fyne.NewSize(640, 280))
	d.Show()
}
