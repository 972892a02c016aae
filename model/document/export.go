package document

import (
	"bytes"
	"context"
	"io"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/docx"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// ExportFormat is the format of an export of every proposal with its
// decisions.
type ExportFormat string

// The formats of an export.
const (
	JSON ExportFormat = "json"
	CSV  ExportFormat = "csv"
	DOCX ExportFormat = "docx" // a Word document in the template's form (model/docx)
)

// ExportFormats are the formats of an export, each with the kind of file
// it writes.
var ExportFormats = map[ExportFormat]outfile.Kind{JSON: outfile.JSON, CSV: outfile.CSV, DOCX: outfile.DOCX}

// ExportSource is the part of the store an export reads.
type ExportSource interface {
	model.ProposalStore
	model.MeetingStore
	model.MemberStore
}

// Export reads every proposal with its decisions (importer.Collect) and
// writes them to w in format f, one of ExportFormats; l is the language
// of a Word document's labels (JSON and CSV have fixed names).
func Export(ctx context.Context, s ExportSource, f ExportFormat, l model.Language, w io.Writer) (importer.Export, error) {
	e, err := importer.Collect(ctx, s)
	if err != nil {
		return e, err
	}
	switch f {
	case JSON:
		return e, importer.WriteJSON(w, e)
	case DOCX:
		contents := make([]model.Content, len(e.Proposals))
		for i, p := range e.Proposals {
			contents[i] = p.Content
		}
		return e, docx.Write(w, contents, docx.Options{Language: l, Title: docx.ExportTitle(l), Created: e.ExportedAt})
	}
	return e, importer.WriteCSV(w, e)
}

// WriteExport writes the export to out.Path, checked by outfile's rule
// (an existing file of the format is replaced), through a temporary file
// that takes its place only once the whole export is written: a failed
// export leaves no half file, and an older file stays as it was.
func WriteExport(ctx context.Context, s ExportSource, f ExportFormat, l model.Language, out outfile.Target) (importer.Export, error) {
	out.Kind, out.Replace = ExportFormats[f], true
	if out.Kind == 0 {
		out.Kind = outfile.CSV
	}
	if err := outfile.Check(out); err != nil {
		return importer.Export{}, err
	}
	var buf bytes.Buffer
	e, err := Export(ctx, s, f, l, &buf)
	if err != nil {
		return e, err
	}
	return e, outfile.Write(out.Path, buf.Bytes())
}
