package ui

import (
	"context"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/document"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
)

// pdfPath adds .pdf to a name without an ending and refuses another
// ending.
func pdfPath(path string) (string, string) {
	switch strings.ToLower(filepath.Ext(path)) {
	case "":
		return path + ".pdf", ""
	case ".pdf":
		return path, ""
	}
	return "", lang.L("pdfexport.extension")
}

// writeBasisPDF writes the decision basis of the proposal ref to path,
// signed by id when given (document.Write).
func writeBasisPDF(s model.Store, ctx context.Context, path, ref string, opts pdf.Options, id *identity.Identity) error {
	_, err := document.Write(ctx, s, document.Request{
		Kind: pdf.KindBasis, Ref: ref, Options: opts,
		Signer: id, Reason: lang.L("pdfexport.reason"), Out: outfile.Target{Path: path, Store: s.Path()},
	})
	return err
}
