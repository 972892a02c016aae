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

// XLSXRows reads the first sheet an import of the workbook reads as the
// import does, and returns its rows as excelize's GetRows gives them
// (with RawCellValue), the sheet's name, and whether the rows were read
// in the scan's pass; when they were not, rows is nil. Without probe, the
// rows are the scan's whenever it found the sheet regular, without the
// import's check of the first row against excelize's.
func XLSXRows(data []byte, probe bool) (rows [][]string, sheet string, scanned bool) {
	defer func() {
		if recover() != nil {
			rows, sheet, scanned = nil, "", false
		}
	}()
	wb, ok := openWorkbook(data, newCollector("f.xlsx", ""), chooseSheets)
	if !ok {
		return nil, "", false
	}
	defer wb.close()
	if len(wb.scan.reads) == 0 {
		return nil, "", false
	}
	sheet = wb.scan.reads[0].name
	info := wb.scan.info[sheet]
	got, ok := info.rows, info.regular
	if probe {
		got, ok = scannedRows(wb.f, sheet, info)
	}
	if !ok {
		return nil, sheet, false
	}
	for _, r := range got {
		if len(r.cells) > 0 {
			for len(rows) < r.n-1 {
				rows = append(rows, nil)
			}
			rows = append(rows, r.cells)
		}
	}
	return rows, sheet, true
}

// SetMaxScanText sets how many bytes of cell text the scan keeps of a
// sheet before excelize streams it instead, until restore.
func SetMaxScanText(n int) (restore func()) {
	old := maxScanText
	maxScanText = n
	return func() { maxScanText = old }
}
