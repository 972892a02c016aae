package ui

import (
	"context"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/document"
	"github.com/styrgrupp/styrgrupp/ui/filedialog"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// pdfCheck is the screen Arkiv → Kontrollera PDF … opens: it checks a
// PDF's signatures and compares the fingerprints its manifest names with
// the open store (document.Verify), and shows the report in the words of
// styrgrupp verify --store: each signature (signer, time, valid or why
// not), whether the fingerprints match, and the verdict.
type pdfCheck struct {
	ctx        context.Context
	store      document.Ledger
	background func(func())
	file       *widget.Label // the file checked
	verdict    *widget.Label
	report     *widget.Label // the report's lines
}

// newPDFCheck returns the screen comparing PDFs with store; background
// runs the check off the UI goroutine.
func newPDFCheck(ctx context.Context, store document.Ledger, background func(func())) *pdfCheck {
	return &pdfCheck{ctx: ctx, store: store, background: background}
}

// buildUI makes the screen's widgets: the file, the verdict and the
// report, which scrolls.
func (c *pdfCheck) buildUI() fyne.CanvasObject {
	c.file = widget.NewLabel("")
	c.file.Wrapping = fyne.TextWrapBreak
	c.verdict = widget.NewLabel(lang.L("pdfcheck.checking"))
	c.verdict.TextStyle = fyne.TextStyle{Bold: true}
	c.report = widget.NewLabel("")
	c.report.Wrapping = fyne.TextWrapWord
	return container.NewBorder(container.NewVBox(c.file, c.verdict), nil, nil, nil, container.NewVScroll(c.report))
}

// check verifies the PDF named name whose bytes are doc, and shows the
// report when done.
func (c *pdfCheck) check(name string, doc []byte) {
	c.file.SetText(lang.L("pdfcheck.file", map[string]any{"File": name}))
	c.background(func() {
		r, err := document.Verify(c.ctx, c.store, doc)
		fyne.Do(func() { c.show(r, err) })
	})
}

// show writes the report, or why the file could not be checked.
func (c *pdfCheck) show(r document.Report, err error) {
	if err != nil {
		fyne.LogError("styrgrupp: PDF check", err)
		c.verdict.SetText(lang.L("pdfcheck.not_checked"))
		c.report.SetText(model.ErrorMessage(err, uikit.Language()))
		return
	}
	lines := r.Lines(uikit.Language())
	c.verdict.SetText(lines[len(lines)-1])
	text := ""
	for _, line := range lines[:len(lines)-1] {
		text += line + "\n"
	}
	c.report.SetText(text)
}

// checkPDF asks for a PDF with the file dialog and shows what checking it
// against the open store finds (Arkiv → Kontrollera PDF …).
func (w *MainWindow) checkPDF() {
	filedialog.Open(w.win, filedialog.Request{
		Kind: filedialog.Export, Title: lang.L("pdfcheck.choose"), FilterName: lang.L("filedialog.types.pdf"),
		Extensions: []string{".pdf"}, Dir: documentsFolder(),
	}, func(path string) {
		doc, err := os.ReadFile(path)
		if err != nil {
			w.showError(err)
			return
		}
		w.showPDFCheck(path, doc)
	})
}

// showPDFCheck opens the check of doc, read from path, in a dialog.
func (w *MainWindow) showPDFCheck(path string, doc []byte) *pdfCheck {
	c := newPDFCheck(w.ctx, w.store, w.background)
	d := uikit.NewCustom(lang.L("pdfcheck.title"), lang.L("pdfcheck.close"), c.buildUI(), w.win)
	uikit.CloseOnKeys(d, w.win.Canvas())
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
	c.check(path, doc)
	return c
}
