package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pgurl"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// How the window opens a store on a server: off the UI goroutine, since
// a server may take seconds to answer, and asking for the password when
// the server wants one that the user's password file (~/.pgpass or
// PGPASSFILE, read by the database driver) does not give. A password
// typed is only in the URL handed to the StoreOpener: the store names
// itself, and the recent stores remember it, without it.

// connectTo opens the store at url with the window's StoreOpener in the
// background, showing that it connects; when it is open, opened (if any)
// runs and the window moves to it, else failed gets the error.
func (w *MainWindow) connectTo(url string, opened func(), failed func(error)) {
	busy := dialog.NewCustomWithoutButtons(lang.L("connect.connecting", map[string]any{"Server": pgurl.Label(url)}),
		widget.NewProgressBarInfinite(), w.win)
	busy.Show()
	open := w.openStore
	w.background(func() {
		s, err := open(url)
		fyne.Do(func() {
			busy.Hide()
			if err != nil {
				fyne.LogError("styrgrupp: connecting to "+pgurl.Redact(url), err)
				failed(err)
				return
			}
			if opened != nil {
				opened()
			}
			w.useStore(s)
		})
	})
}

// openServer opens the server store at url, a URL without a password
// (Senaste filer), asking for the password when the server wants one.
func (w *MainWindow) openServer(url string) {
	w.connectTo(url, nil, func(err error) {
		if model.PasswordRequired(err) {
			w.askPassword(url, err, "")
			return
		}
		w.showError(err)
	})
}

// passwordDialog asks for the password of the login in a server store's
// URL.
type passwordDialog struct {
	entry   *widgets.Entry
	message *widget.Label
	dlg     *dialog.CustomDialog
}

// askPassword asks for the password that asked (the server's
// "password required") says is wanted for url, with problem (a wrong
// password) shown, and connects with it; a wrong one is asked for again.
func (w *MainWindow) askPassword(url string, asked error, problem string) *passwordDialog {
	d := &passwordDialog{}
	var content fyne.CanvasObject
	content, d.entry, d.message = passwordForm(asked, problem, func(password string) {
		d.dlg.Hide()
		w.connectTo(pgurl.WithPassword(url, password), nil, func(err error) {
			if model.WrongPassword(err) {
				w.askPassword(url, asked, uikit.UserMessage(err))
				return
			}
			w.showError(err)
		})
	})
	ok := widgets.NewButton(lang.L("connect.do"), func() { d.entry.OnSubmitted(d.entry.Text) })
	ok.Importance = widget.HighImportance
	d.dlg = dialog.NewCustomWithoutButtons(lang.L("password.title"), content, w.win)
	d.dlg.SetButtons([]fyne.CanvasObject{widgets.NewButton(lang.L("Cancel"), d.dlg.Hide), ok})
	uikit.DialogKeys(d.dlg, w.win.Canvas(), ok.OnTapped, nil)
	d.entry.OnEscape = d.dlg.Hide
	d.dlg.Resize(fyne.NewSize(480, 260))
	d.dlg.Show()
	w.win.Canvas().Focus(d.entry)
	return d
}

// passwordForm is what asks for a server login's password: what the
// server said (asked), the password field, where the password file is
// looked for, and problem (a wrong password) when not empty. Enter in the
// field calls connect with what was typed.
func passwordForm(asked error, problem string, connect func(password string)) (fyne.CanvasObject, *widgets.Entry, *widget.Label) {
	entry, message := widgets.NewEntry(false, 0), uikit.ErrorLabel()
	entry.Password = true
	text := widget.NewLabel(uikit.UserMessage(asked))
	text.Wrapping = fyne.TextWrapWord
	hint := widget.NewLabel(lang.L("password.hint"))
	hint.Wrapping = fyne.TextWrapWord
	if problem != "" {
		message.SetText(problem)
		message.Show()
	}
	entry.OnSubmitted = connect
	form := widget.NewForm(widget.NewFormItem(lang.L("connect.password"), entry))
	return container.NewVBox(text, form, hint, message), entry, message
}
