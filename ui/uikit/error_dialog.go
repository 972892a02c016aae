package uikit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// ErrorDialogWidth is the width of an error dialog: wide enough that a
// message of two or three sentences takes a few lines.
const ErrorDialogWidth = 460

// ShowErrorMessage shows msg, a message for the user, in a dialog with a
// single OK, which Enter and Escape also press. Fyne's own error dialog
// takes no keys and draws its icon over a long message.
func ShowErrorMessage(win fyne.Window, msg string) *Custom {
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	d := NewCustom(lang.L("error.title"), lang.L("error.ok"), text, win)
	CloseOnKeys(d, win.Canvas())
	d.Resize(fyne.NewSize(ErrorDialogWidth, d.MinSize().Height))
	d.Show()
	return d
}

// CloseOnKeys makes Enter and Escape hide d while it is shown, and gives
// the canvas its own key handler back when d closes.
func CloseOnKeys(d dialog.Dialog, c fyne.Canvas) { DialogKeys(d, c, nil, nil) }

// ShowInformation shows message under title with a single OK, which
// Enter and Escape also press, as dialog.ShowInformation does without
// the keys.
func ShowInformation(title, message string, win fyne.Window) dialog.Dialog {
	d := NewInformation(title, message, win)
	CloseOnKeys(d, win.Canvas())
	d.Show()
	return d
}

// ConfirmKeys makes Escape answer d with its dismiss button and Enter
// with its confirm button, while no field has the keyboard; closed, if
// not nil, is called when d closes.
func ConfirmKeys(d *Confirm, c fyne.Canvas, closed func()) {
	DialogKeys(d, c, d.Confirm, closed)
}
