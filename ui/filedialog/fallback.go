package filedialog

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// fyneSize is the size of Fyne's file dialog: room for the places, a
// grid of files and long names.
var fyneSize = fyne.NewSize(900, 600)

// places are the names Fyne (v2.7) gives its places in English whatever
// the language; the list shows them through the catalogue instead.
var places = []string{"Home", "Computer", "App Files", "Desktop", "Documents", "Downloads", "Music", "Pictures", "Videos"}

// fyneDialog shows Fyne's dialog for m, starting in dir: its places in
// the app's language, Escape closing it.
func (c *Chooser) fyneDialog(win fyne.Window, m mode, r Request, dir string, done func(string)) *dialog.FileDialog {
	answer := func(path string) {
		c.remember(r.Kind, m, path)
		done(path)
	}
	var d *dialog.FileDialog
	if m == chooseFolder {
		d = dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
			if err != nil {
				showError(win, err)
			} else if l != nil {
				answer(l.Path())
			}
		}, win)
	} else {
		d = dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
			if err != nil {
				showError(win, err)
			} else if rc != nil {
				rc.Close()
				answer(rc.URI().Path())
			}
		}, win)
		if len(r.Extensions) > 0 {
			d.SetFilter(storage.NewExtensionFileFilter(patternsExt(r.Extensions)))
		}
	}
	if r.Title != "" {
		d.SetTitleText(r.Title)
	}
	if dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Resize(fyneSize)
	d.Show()
	if pop, ok := win.Canvas().Overlays().Top().(*widget.PopUp); ok {
		translatePlaces(pop.Content)
	}
	closeOnEscape(win.Canvas(), d.Dismiss, d.SetOnClosed)
	return d
}

// patternsExt returns the extensions with their dots, in lower and upper
// case both, as Fyne's filter tells case apart.
func patternsExt(exts []string) []string {
	out := patterns(exts)
	for i, p := range out {
		out[i] = p[1:] // "*.xlsx" → ".xlsx"
	}
	return out
}

// translatePlaces finds the list of places in Fyne's dialog (the left
// side of its split) and has it name them in the app's language.
func translatePlaces(o fyne.CanvasObject) bool {
	switch o := o.(type) {
	case *fyne.Container:
		for _, child := range o.Objects {
			if translatePlaces(child) {
				return true
			}
		}
	case *container.Split:
		if list, ok := o.Leading.(*widget.List); ok {
			update := list.UpdateItem
			list.UpdateItem = func(id widget.ListItemID, item fyne.CanvasObject) {
				update(id, item)
				if row, ok := item.(*fyne.Container); ok && len(row.Objects) > 1 {
					if label, ok := row.Objects[1].(*widget.Label); ok {
						label.SetText(placeName(label.Text))
					}
				}
			}
			list.Refresh()
			return true
		}
		return translatePlaces(o.Leading) || translatePlaces(o.Trailing)
	}
	return false
}

// placeName returns the app's name for one of Fyne's places, and any
// other name as it is.
func placeName(name string) string {
	for _, p := range places {
		if p == name {
			return lang.L("filedialog.place." + p)
		}
	}
	return name
}

// closeOnEscape makes Escape call cancel while a dialog is shown, when no
// field has the keyboard, and gives the canvas its own key handler back
// when the dialog closes (onClosed sets what it does then). Fyne's file
// dialog takes no keys by itself.
func closeOnEscape(c fyne.Canvas, cancel func(), onClosed func(func())) {
	before := c.OnTypedKey()
	c.SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == fyne.KeyEscape {
			cancel()
		} else if before != nil {
			before(e)
		}
	})
	onClosed(func() { c.SetOnTypedKey(before) })
}

// waiting is the notice over the window while a system dialog is open.
type waiting struct{ d dialog.Dialog }

// showWaiting shows, while a system dialog is open, that the window waits
// for it; its Avbryt, or Escape, stops the wait (and the dialog, where it
// can be).
func showWaiting(win fyne.Window, title string, cancel func()) waiting {
	text := widget.NewLabel(lang.L("filedialog.waiting"))
	text.Wrapping = fyne.TextWrapWord
	if title == "" {
		title = lang.L("filedialog.waiting_title")
	}
	return waiting{notice(win, title, text, lang.L("Cancel"), cancel)}
}

// showError shows err, which Fyne's file dialog reported, with an OK
// that Enter and Escape also press.
func showError(win fyne.Window, err error) {
	text := widget.NewLabel(err.Error())
	text.Wrapping = fyne.TextWrapWord
	notice(win, lang.L("Error"), text, lang.L("OK"), nil)
}

// notice shows text under title with one button, labelled button, that
// closes it, as Escape does; closed, if not nil, is called then. The
// button is the app's (widgets.Button), which hands Escape on as Fyne's
// does not.
func notice(win fyne.Window, title string, text fyne.CanvasObject, button string, closed func()) dialog.Dialog {
	d := dialog.NewCustomWithoutButtons(title, container.NewVBox(text), win)
	d.SetButtons([]fyne.CanvasObject{widgets.NewButton(button, d.Hide)})
	closeOnEscape(win.Canvas(), d.Hide, func(restore func()) {
		d.SetOnClosed(func() {
			restore()
			if closed != nil {
				closed()
			}
		})
	})
	d.Resize(fyne.NewSize(420, d.MinSize().Height))
	d.Show()
	return d
}

// Hide closes the notice.
func (w waiting) Hide() { w.d.Hide() }
