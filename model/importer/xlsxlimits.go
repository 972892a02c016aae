package importer

import (
	"archive/zip"
	"strings"
)

// What an .xlsx file may hold. excelize keeps the shared strings and the
// workbook's other parts in memory as structures many times the size of
// their XML, so a file of a few MB of tiny elements could take gigabytes
// and minutes. Each limit is checked from the zip's directory (checkZip)
// or by streaming through the parts (scanWorkbook) before excelize opens
// the file, and each is far above what a programme needs: 10,000 rows of
// proposals with text in every column unpack to some 20 MB.
const (
	maxUnzipped      = 200       // MB, all parts unpacked
	maxRatio         = 1100      // unpacked to packed; deflate cannot do more than about 1032
	maxSharedStrings = 500_000   // items in the shared-string table
	maxSharedTextMB  = 64        // MB of text in the shared-string table
	maxCellChars     = 32_767    // characters in a cell, as in Excel
	maxCellElements  = 10_000    // elements in a cell (rich-text runs and their formats)
	maxRows          = 100_000   // the highest row number of a sheet
	maxColumns       = 1_000     // the highest column number of a sheet
	maxCells         = 1_000_000 // cells in a sheet
	maxMerges        = 10_000    // merged ranges in a sheet
	maxDepth         = 64        // elements nested in any part
	maxElements      = 2_000_000 // in the shared strings and all parts but the sheets
	maxTokenKB       = 1024      // of XML read for one token: a cell's longest text, in entities, is a third of it
	xmlInMemoryMB    = 16        // a larger sheet or string table goes to a temporary file
	maxScanTextMB    = 32        // cell text the scan keeps of a sheet (xlsxcells.go); past it, excelize streams the sheet
)

// partName is a zip entry's name as excelize looks it up: "\" read as "/".
func partName(f *zip.File) string { return strings.ReplaceAll(f.Name, `\`, "/") }

// checkZip refuses a workbook from its zip directory: parts that claim
// sizes they cannot have (excelize sets aside memory as a header claims,
// so a damaged file of a few kB could otherwise ask for gigabytes), two
// parts of the same name (part names do not tell case apart; excelize
// would read the last one), or more than maxUnzipped MB in all.
func checkZip(zr *zip.Reader, c *collector) bool {
	var total uint64
	seen := make(map[string]bool, len(zr.File))
	for _, f := range zr.File {
		name := partName(f)
		if f.UncompressedSize64 > f.CompressedSize64*maxRatio+1024 {
			c.fail(0, "", "xlsx_damaged", printable(name))
			return false
		}
		key := strings.ToLower(name)
		if seen[key] {
			c.fail(0, "", "xlsx_duplicate_part", printable(name))
			return false
		}
		seen[key] = true
		total += f.UncompressedSize64
	}
	if total > maxUnzipped<<20 {
		c.fail(0, "", "xlsx_too_large", maxUnzipped)
		return false
	}
	return true
}

// printable is a name from a file as a message quotes it.
func printable(s string) string { return strings.ToValidUTF8(s, "\ufffd") }
