package ui

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// documentExport is the dialog of Arkiv that writes one of the store's
// documents as a PDF (the decision basis, the follow-up report): the
// body's name, signing with the user's identity when asked, then the file
// dialog, then the document written off the UI goroutine and where it
// went said.
type documentExport struct {
	w       *MainWindow
	title   string
	name    string // the file's name, without .pdf, that the file dialog offers
	body    *widget.Entry
	sign    *widget.Check
	picker  *uikit.IdentityPicker
	message *widget.Label
	dlg     *dialog.CustomDialog
	file    *newFileDialog // where the PDF goes, once asked
	// options adds the dialog's own choices to the document's options.
	options func(pdf.Options) pdf.Options
	// write writes the document from the store s to path; it runs off
	// the UI goroutine.
	write func(ctx context.Context, s model.Store, path string, opts pdf.Options, id *identity.Identity) error
}

// showDocumentExport opens the dialog: intro on top, then rows (the
// dialog's own choices), the body and the signing rows.
func (w *MainWindow) showDocumentExport(e *documentExport, intro string, rows ...*widget.FormItem) {
	e.w = w
	e.body = widget.NewEntry()
	e.body.SetText(w.app.Preferences().StringWithFallback(uikit.BodyPreference, pdf.DefaultBody))
	e.picker = uikit.NewIdentityPicker(w.app, w.win)
	sign, signRows := e.picker.Optional()
	e.sign = sign
	e.message = uikit.ErrorLabel()
	text := widget.NewLabel(intro)
	text.Wrapping = fyne.TextWrapWord
	rows = append(rows, widget.NewFormItem(lang.L("pdfexport.body"), e.body))
	form := widget.NewForm(append(rows, signRows...)...)
	next := widgets.NewButton(lang.L("pdfexport.choose_file"), e.chooseFile)
	next.Importance = widget.HighImportance
	e.dlg = dialog.NewCustomWithoutButtons(e.title, container.NewVBox(text, form, e.message), w.win)
	e.dlg.SetButtons([]fyne.CanvasObject{widgets.NewButton(lang.L("meetings.cancel"), e.dlg.Hide), next})
	uikit.DialogKeys(e.dlg, w.win.Canvas(), e.chooseFile, nil)
	e.dlg.Resize(fyne.NewSize(640, 380))
	e.dlg.Show()
}

// chooseFile opens the identity first (a wrong passphrase is said at
// once), then asks where the PDF goes.
func (e *documentExport) chooseFile() {
	var id *identity.Identity
	if e.sign.Checked {
		var err error
		if id, err = e.picker.Load(); err != nil {
			fyne.LogError("styrgrupp: "+e.title, err)
			e.message.SetText(uikit.UserMessage(err))
			e.message.Show()
			return
		}
	}
	e.message.Hide()
	e.w.app.Preferences().SetString(uikit.BodyPreference, strings.TrimSpace(e.body.Text))
	// Times as the window shows them: in the computer's zone.
	opts := pdf.Options{Language: uikit.Language(), Body: strings.TrimSpace(e.body.Text), Location: time.Local}
	if e.options != nil {
		opts = e.options(opts)
	}
	e.dlg.Hide()
	e.file = e.w.askNewPDF(e.title, e.name, func(path string) { e.save(path, opts, id) })
}

// save writes the document off the UI goroutine, with an activity bar
// showing, then says where it went.
func (e *documentExport) save(path string, opts pdf.Options, id *identity.Identity) {
	progress := dialog.NewCustomWithoutButtons(e.title, widget.NewProgressBarInfinite(), e.w.win)
	progress.Show()
	store, ctx := e.w.store, e.w.ctx
	e.w.background(func() {
		err := e.write(ctx, store, path, opts, id)
		fyne.Do(func() {
			progress.Hide()
			if err != nil {
				e.w.showError(err)
				return
			}
			uikit.ShowSavedPDF(e.w.app, e.w.win, path, id, e.w.showError)
		})
	})
}
