package ui

import (
	"context"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/styrgrupp/styrgrupp/ui/uikit"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
)

// basisExport is the dialog that writes the decision basis
// (beslutsunderlag) of the proposal shown as a PDF: every field of its
// current revision with the fingerprint, its decisions and, when asked,
// its comments; signed when the user gives an identity.
type basisExport struct {
	*documentExport
	proposal model.Proposal
	comments *widget.Check
}

// exportBasis opens the dialog for the proposal shown.
func (w *MainWindow) exportBasis() *basisExport {
	if w.detail.shown.Ref == "" {
		uikit.ShowInformation(lang.L("basis.title"), lang.L("edit.no_proposal"), w.win)
		return nil
	}
	e := &basisExport{proposal: w.detail.shown}
	e.comments = widget.NewCheck(lang.L("basis.comments"), nil)
	ref := e.proposal.Ref
	e.documentExport = &documentExport{
		title: lang.L("basis.title"), name: "beslutsunderlag-" + ref,
		options: func(o pdf.Options) pdf.Options { o.Comments = e.comments.Checked; return o },
		write: func(ctx context.Context, s model.Store, path string, opts pdf.Options, id *identity.Identity) error {
			return writeBasisPDF(s, ctx, path, ref, opts, id)
		},
	}
	w.showDocumentExport(e.documentExport, lang.L("basis.intro", map[string]any{"Ref": e.proposal.Ref, "Title": e.proposal.Title}),
		widget.NewFormItem("", e.comments))
	return e
}
