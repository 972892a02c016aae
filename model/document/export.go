package document

import (
	"bytes"
	"context"
	"io"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/importer"
)

// ExportFormat is the format of an export of every proposal with its
// decisions.
type ExportFormat string

// The formats of an export.
const (
	JSON ExportFormat = "json"
	CSV  ExportFormat = "csv"
)

// ExportSource is the part of the store an export reads.
type ExportSource interface {
	model.ProposalStore
	model.MeetingStore
	model.MemberStore
}

// Export reads every proposal with its decisions (importer.Collect) and
// writes them to w in format f, which must be JSON or CSV.
func Export(ctx context.Context, s ExportSource, f ExportFormat, w io.Writer) (importer.Export, error) {
	e, err := importer.Collect(ctx, s)
	if err != nil {
		return e, err
	}
	if f == JSON {
		return e, importer.WriteJSON(w, e)
	}
	return e, importer.WriteCSV(w, e)
}

// WriteExport writes the export to out.Path, checked by outfile's rule
// (an existing file of the format is replaced), through a temporary file
// that takes its place only once the whole export is written: a failed
// export leaves no half file, and an older file stays as it was.
func WriteExport(ctx context.Context, s ExportSource, f ExportFormat, out outfile.Target) (importer.Export, error) {
	out.Kind, out.Replace = outfile.CSV, true
	if f == JSON {
		out.Kind = outfile.JSON
	}
	if err := outfile.Check(out); err != nil {
		return importer.Export{}, err
	}
	var buf bytes.Buffer
	e, err := Export(ctx, s, f, &buf)
	if err != nil {
		return e, err
	}
	return e, outfile.Write(out.Path, buf.Bytes())
}
