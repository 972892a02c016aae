package ui

import (
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
)

// basisExport is the dialog that writes the decision basis
// (beslutsunderlag) of the proposal shown as a PDF: every field of its
// current revision with the fingerprint, its decisions and, when asked,
// its comments; signed when the user gives an identity.
type basisExport struct {
	w        *MainWindow
	proposal model.Proposal
	comments *widget.Check
	body     *widget.Entry
	sign     *widget.Check
	picker   *uikit.IdentityPicker
	message  *widget.Label
	dlg      *dialog.CustomDialog
	file     *newFileDialog // where the PDF goes, once asked
}

// exportBasis opens the dialog for the proposal shown.
func (w *MainWindow) exportBasis() *basisExport {
	if w.detail.shown.Ref == "" {
		dialog.ShowInformation(lang.L("basis.title"), lang.L("edit.no_proposal"), w.win)
		return nil
	}
	e := &basisExport{w: w, proposal: w.detail.shown}
	e.comments = widget.NewCheck(lang.L("basis.comments"), nil)
	e.body = widget.NewEntry()
	e.body.SetText(w.app.Preferences().StringWithFallback(uikit.BodyPreference, pdf.DefaultBody))
	e.picker = uikit.NewIdentityPicker(w.app, w.win)
	sign, signRows := e.picker.Optional()
	e.sign = sign
	e.message = uikit.ErrorLabel()
	intro := widget.NewLabel(lang.L("basis.intro", map[string]any{"Ref": e.proposal.Ref, "Title": e.proposal.Title}))
	intro.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(append([]*widget.FormItem{
		widget.NewFormItem("", e.comments),
		widget.NewFormItem(lang.L("pdfexport.body"), e.body),
	}, signRows...)...)
	next := widget.NewButton(lang.L("pdfexport.choose_file"), e.chooseFile)
	next.Importance = widget.HighImportance
	e.dlg = dialog.NewCustomWithoutButtons(lang.L("basis.title"), container.NewVBox(intro, form, e.message), w.win)
	e.dlg.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("meetings.cancel"), e.dlg.Hide), next})
	e.dlg.Resize(fyne.NewSize(640, 380))
	e.dlg.Show()
	return e
}

// chooseFile opens the identity first, then asks where the PDF goes.
func (e *basisExport) chooseFile() {
	var id *identity.Identity
	if e.sign.Checked {
		var err error
		if id, err = e.picker.Load(); err != nil {
			fyne.LogError("styrgrupp: decision basis", err)
			text := uikit.UserMessage(err)
			e.message.SetText(text)
			e.message.Show()
			return
		}
	}
	e.w.app.Preferences().SetString(uikit.BodyPreference, strings.TrimSpace(e.body.Text))
	// Times as the window shows them: in the computer's zone.
	opts := pdf.Options{Language: uikit.Language(), Body: strings.TrimSpace(e.body.Text), Comments: e.comments.Checked, Location: time.Local}
	e.dlg.Hide()
	e.file = e.w.askNewPDF(lang.L("basis.title"), "beslutsunderlag-"+e.proposal.Ref, func(path string) { e.write(path, opts, id) })
}

// write makes the document off the UI goroutine and writes it to path.
func (e *basisExport) write(path string, opts pdf.Options, id *identity.Identity) {
	progress := dialog.NewCustomWithoutButtons(lang.L("basis.title"), widget.NewProgressBarInfinite(), e.w.win)
	progress.Show()
	ref, store, ctx := e.proposal.Ref, e.w.store, e.w.ctx
	e.w.background(func() {
		err := writeBasisPDF(store, ctx, path, ref, opts, id)
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
