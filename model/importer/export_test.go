package importer

import (
	"sync"

	"github.com/styrgrupp/styrgrupp/model"
)

// The value readers, for the external tests and fuzz tests.
var (
	ParseList     = model.ParseList
	ParseDate     = parseDate
	ParseCost     = parseCost
	NormHeader    = normHeader
	LookupHeader  = lookupHeader
	ParseProgress = parseProgress
)

// HeaderField returns the field a header names, "-" for a column of the
// export's decisions, and "" for an unknown header.
func HeaderField(h string) string {
	switch i := lookupHeader(h); {
	case i == ignoredColumn:
		return "-"
	case i < 0:
		return ""
	default:
		return Columns[i].Field
	}
}

// The CSV export's formula escape, for the external tests and fuzz tests.
var (
	EscapeCell   = escapeCell
	UnescapeCell = unescapeCell
)

// UseTempRoot puts the temporary folders under root until the returned
// function is called, and lets CleanTemp run again.
func UseTempRoot(root string) (restore func()) {
	old := tempRoot
	tempRoot = func() string { return root }
	cleanOnce = sync.Once{}
	return func() { tempRoot, cleanOnce = old, sync.Once{} }
}
