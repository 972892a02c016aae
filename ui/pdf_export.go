package ui

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
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
// signed by id when given.
func writeBasisPDF(s model.Store, ctx context.Context, path, ref string, opts pdf.Options, id *identity.Identity) error {
	in, err := pdf.LoadBasis(ctx, s, ref)
	if err != nil {
		return err
	}
	var doc bytes.Buffer
	if _, err := pdf.Basis(&doc, in, opts); err != nil {
		return err
	}
	out, err := uikit.SignPDF(doc.Bytes(), id)
	if err != nil {
		return err
	}
	return outfile.Write(path, out)
}
