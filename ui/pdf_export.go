package ui

import (
	"context"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
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

// documentStore is what a document is written from: the parts of the
// store pdf.Source names, and where the store is, for the manifest.
type documentStore interface {
	pdf.Source
	Path() string
}

// writeBasisPDF writes the decision basis of the proposal ref to path,
// signed by id when given (document.Write).
func writeBasisPDF(s documentStore, ctx context.Context, path, ref string, opts pdf.Options, id *identity.Identity) error {
	_, err := document.Write(ctx, s, document.Request{
		Kind: pdf.KindBasis, Ref: ref, Options: opts,
		Signer: id, Reason: lang.L("pdfexport.reason"), Out: outfile.Target{Path: path, Store: s.Path()},
	})
	return err
}
