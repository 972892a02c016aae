// Package importer reads proposals from Excel, CSV and JSON files into
// model types, and writes them back out in the same columns and fields, so
// that an exported file imports as unchanged.
package importer

import (
	"slices"

	"github.com/styrgrupp/styrgrupp/model"
)

// Column is one field of the import table (DESIGN.md §5): its JSON name,
// the header the export writes, and every header the import accepts.
type Column struct {
	Field   string   // the JSON field name, as in model.FieldNames
	Header  string   // the Swedish header written on export
	Aliases []string // further headers accepted, matched case-insensitively
}

// Columns are the fields of a proposal in the order the export writes
// them, made from model.Fields.
var Columns = func() []Column {
	out := make([]Column, len(model.Fields))
	for i, f := range model.Fields {
		out[i] = Column{Field: f.Name, Header: f.Header, Aliases: f.Headers()[1:]}
	}
	return out
}()

// DecisionHeaders are the columns the export adds after the proposal's
// fields: where it stands and its latest decision. The import ignores them
// without a warning.
var DecisionHeaders = []string{
	"Status", "Version", "Fingeravtryck",
	"Sammanträde", "§", "Beslut", "Beslutstext", "Villkor", "Beslutsdatum", "Beslutad version", "Beslutat fingeravtryck",
}

// FormatVersion is the version of the JSON format this program writes.
const FormatVersion = model.ExportVersion

// columnName returns the spreadsheet's name of the column at index i: A,
// B, …, AA; "" for a negative index.
func columnName(i int) string {
	var b []byte
	for n := i + 1; n > 0; n = (n - 1) / 26 {
		b = append(b, byte('A'+(n-1)%26))
	}
	slices.Reverse(b)
	return string(b)
}
