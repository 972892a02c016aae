package ui

import (
	"context"

	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/document"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
)

// exportFollowUpReport opens the dialog of Arkiv → Exportera
// uppföljningsrapport …, which writes the follow-up report of the
// approved interventions as a PDF (document.WriteFollowUp), signed when
// the user gives an identity. What is overdue is judged on the window's
// day (model.Now of its context).
func (w *MainWindow) exportFollowUpReport() *documentExport {
	day := model.Now(w.ctx).Local().Format("2006-01-02")
	e := &documentExport{
		title: lang.L("followupreport.title"), name: lang.L("followupreport.file") + "-" + day,
		write: writeFollowUpPDF,
	}
	w.showDocumentExport(e, lang.L("followupreport.intro"))
	return e
}

// writeFollowUpPDF writes the follow-up report from s to path, signed by
// id when given.
func writeFollowUpPDF(ctx context.Context, s model.Store, path string, opts pdf.Options, id *identity.Identity) error {
	_, err := document.WriteFollowUp(ctx, s, document.Request{
		Options: opts, Signer: id, Reason: lang.L("followupreport.reason"),
		Out: outfile.Target{Path: path, Store: s.Path()},
	})
	return err
}
