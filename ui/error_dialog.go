package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// errorDialogWidth is the width of an error dialog: wide enough that a
// message of two or three sentences takes a few lines.
const errorDialogWidth = 460

// showErrorMessage shows msg, a message for the user, in a dialog with a
// single OK, which Enter and Escape also press. Fyne's own error dialog
// takes no keys and draws its icon over a long message.
func showErrorMessage(win fyne.Window, msg string) *dialog.CustomDialog {
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("error.title"), lang.L("error.ok"), text, win)
	closeOnKeys(d, win.Canvas())
	d.Resize(fyne.NewSize(errorDialogWidth, d.MinSize().Height))
	d.Show()
	return d
}

// closeOnKeys makes Enter and Escape hide d while it is shown, and gives
// the canvas its own key handler back when d closes.
func closeOnKeys(d dialog.Dialog, c fyne.Canvas) { dialogKeys(d, c, nil, nil) }

// dialogKeys makes Escape hide d while it is shown, and Enter call enter
// (or hide d too, when enter is nil), when no field has the keyboard.
// When d closes, the canvas gets its own key handler back and closed, if
// any, is called. Fyne's custom dialogs take no keys by themselves.
func dialogKeys(d dialog.Dialog, c fyne.Canvas, enter, closed func()) {
	before := c.OnTypedKey()
	c.SetOnTypedKey(func(e *fyne.KeyEvent) {
		switch e.Name {
		case fyne.KeyEscape:
			d.Hide()
		case fyne.KeyReturn, fyne.KeyEnter:
			if enter != nil {
				enter()
			} else {
				d.Hide()
			}
		}
	})
	d.SetOnClosed(func() {
		c.SetOnTypedKey(before)
		if closed != nil {
			closed()
		}
	})
}
