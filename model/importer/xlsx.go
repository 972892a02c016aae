package importer

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"
)

// oleHeader starts an old .xls file and an encrypted .xlsx alike.
var oleHeader = []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}

// readXLSX reads the sheet named Förslag or Proposals and the one named
// Uppföljning or Follow-up, else the first sheet, as its header row says,
// row by row, read in the pass that checks the limits (xlsxcells.go) or
// with excelize's streaming iterator. Rows keep the sheet's own
// numbers; number cells are read as Excel stores them (date serials in
// Start and Slut, amounts in Kostnad, 0.4 in a percentage cell); a merged
// range's value applies to every row it covers, in its first column. The
// workbook is checked against the limits of xlsxlimits.go before excelize
// reads it.
func readXLSX(data []byte, c *collector) tableRows {
	return readWorkbook(data, c, chooseSheets, "empty_sheet")
}

// readWorkbook reads the sheets choose picks from the workbook's sheet
// names, each by the layout it is chosen for (nil: told by its header
// row), with the checks and limits readXLSX describes; emptyKey is the
// error for a chosen sheet without a row.
func readWorkbook(data []byte, c *collector, choose func([]string) ([]sheetChoice, bool), emptyKey string) (out tableRows) {
	defer func() {
		// excelize parses what it is given; a workbook it trips on is a
		// file that cannot be read, not a crash of the program.
		if v := recover(); v != nil {
			c.fail(0, "", "xlsx_unreadable", errText(fmt.Errorf("%v", v)))
			out = tableRows{}
		}
	}()
	wb, ok := openWorkbook(data, c, choose)
	if !ok {
		return out
	}
	defer wb.close()
	f, scan := wb.f, wb.scan
	if len(scan.reads) == 0 {
		c.fail(0, "", "empty_file")
		return out
	}
	if !scan.named && len(scan.sheets) > 1 {
		c.sheet = printable(scan.reads[0].name)
		c.warn(0, "", "other_sheets", strings.Join(scan.sheets[1:], ", "))
	}
	date1904 := false
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		date1904 = *props.Date1904
	}
	styles := map[int]numberFormat{}
	for _, r := range scan.reads {
		c.sheet = printable(r.name)
		t := newTable(c)
		t.date1904, t.within, t.optional = date1904, r.l, len(scan.reads) > 1
		readSheet(f, r.name, scan.info[r.name], styles, t)
		t.finish(emptyKey)
		out.records = append(out.records, t.records...)
		out.followUps = append(out.followUps, t.followUps...)
		out.members = append(out.members, t.members...)
	}
	return out
}

// workbook is an .xlsx file scanned and opened by excelize.
type workbook struct {
	scan workbookScan
	f    *excelize.File
	dir  string // excelize's temporary files
}

// openWorkbook checks the workbook against the limits, scans it, and
// opens it with excelize, or reports why it cannot; choose picks the
// sheets to read.
func openWorkbook(data []byte, c *collector, choose func([]string) ([]sheetChoice, bool)) (*workbook, bool) {
	if bytes.HasPrefix(data, oleHeader) {
		c.fail(0, "", "xlsx_old_format")
		return nil, false
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		c.fail(0, "", "xlsx_unreadable", errText(err))
		return nil, false
	}
	if !checkZip(zr, c) {
		return nil, false
	}
	scan, ok := scanWorkbook(zr, c, choose)
	if !ok {
		return nil, false
	}
	dir, err := newWorkDir()
	if err != nil {
		c.fail(0, "", "file_unreadable", errText(err))
		return nil, false
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: maxUnzipped << 20, UnzipXMLSizeLimit: xmlInMemoryMB << 20, TmpDir: dir})
	if err != nil {
		os.RemoveAll(dir)
		if errors.Is(err, excelize.ErrWorkbookPassword) || errors.Is(err, excelize.ErrWorkbookFileFormat) {
			c.fail(0, "", "xlsx_old_format")
		} else {
			c.fail(0, "", "xlsx_unreadable", errText(err))
		}
		return nil, false
	}
	return &workbook{scan: scan, f: f, dir: dir}, true
}

// close closes the file and removes its temporary files.
func (w *workbook) close() {
	w.f.Close()
	os.RemoveAll(w.dir)
}

// tableRows is what a file's tables give: proposals and follow-up rows,
// or a member list's members.
type tableRows struct {
	records   []Record
	followUps []FollowUpRow
	members   []MemberRow
}

// numberFormat is what a cell style's number format shows a number as.
type numberFormat struct{ date, percent bool }

// readSheet gives the rows of a sheet to t, with the cells' types from
// info and styles (a cache of each style's number format): the rows the
// scan read, when it could (scannedRows), else as excelize's streaming
// iterator reads them.
func readSheet(f *excelize.File, sheet string, info sheetInfo, styles map[int]numberFormat, t *table) {
	c := t.c
	fill := &rowFiller{f: f, info: info, styles: styles, t: t}
	if scanned, ok := scannedRows(f, sheet, info); ok {
		n := 0
		for _, r := range scanned {
			for n++; n < r.n; n++ {
				fill.row(n, nil)
			}
			fill.row(n, r.cells)
		}
		return
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		c.fail(0, "", "sheet_unreadable", errText(err))
		return
	}
	defer rows.Close()
	for n := 1; rows.Next(); n++ {
		raw, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			c.fail(n, "", "sheet_unreadable", errText(err))
			break
		}
		fill.row(n, raw)
	}
	if err := rows.Error(); err != nil {
		c.fail(0, "", "sheet_unreadable", errText(err))
	}
}

// scannedRows returns the rows the scan read of a sheet, when it found
// the sheet regular and excelize reads the same first row: that check
// costs one row and covers what the scan cannot see (which part excelize
// takes for the sheet, a shared-string table it refuses).
func scannedRows(f *excelize.File, sheet string, info sheetInfo) ([]scannedRow, bool) {
	if !info.regular {
		return nil, false
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, false
	}
	defer rows.Close()
	var first, mine []string
	if rows.Next() {
		if first, err = rows.Columns(excelize.Options{RawCellValue: true}); err != nil || len(info.rows) == 0 {
			return nil, false
		}
	} else if rows.Error() != nil || len(info.rows) > 0 {
		return nil, false
	}
	if len(info.rows) > 0 && info.rows[0].n == 1 {
		mine = info.rows[0].cells
	}
	if !slices.Equal(first, mine) {
		return nil, false
	}
	return info.rows, true
}

// rowFiller turns a sheet's rows of raw values into the table's cells:
// number cells typed by their style, merged ranges' values spread over
// the rows they cover.
type rowFiller struct {
	f      *excelize.File
	info   sheetInfo
	styles map[int]numberFormat
	t      *table
	cells  []cell
	active []*mergeRange
	next   int // the next merge range to start
}

// row gives row n, of raw values, to the table.
func (r *rowFiller) row(n int, raw []string) {
	r.cells = r.cells[:0]
	for i, v := range raw {
		cl := cell{text: v}
		if s, ok := r.info.numbers[cellRef{n, i + 1}]; ok && v != "" {
			cl.number = true
			nf, ok := r.styles[s]
			if !ok {
				nf = styleFormat(r.f, s)
				r.styles[s] = nf
			}
			cl.date, cl.percent = nf.date, nf.percent
		}
		r.cells = append(r.cells, cl)
	}
	cells, merges := r.cells, r.info.merges
	for r.next < len(merges) && merges[r.next].top <= n {
		m := &merges[r.next]
		if m.top == n && m.left <= len(cells) {
			m.value = cells[m.left-1]
			m.value.merged = true
		}
		r.active = append(r.active, m)
		r.next++
	}
	kept := r.active[:0]
	for _, m := range r.active {
		if m.bottom < n {
			continue
		}
		kept = append(kept, m)
		if m.top < n && !m.value.blank() {
			for len(cells) < m.left {
				cells = append(cells, cell{})
			}
			if cells[m.left-1].blank() {
				cells[m.left-1] = m.value
			}
		}
	}
	r.active = kept
	r.cells = cells
	r.t.row(n, cells)
}

// styleFormat tells whether the cell style s shows numbers as dates or
// as percentages.
func styleFormat(f *excelize.File, s int) numberFormat {
	st, err := f.GetStyle(s)
	if err != nil || st == nil {
		return numberFormat{}
	}
	switch n := st.NumFmt; {
	case n == 9 || n == 10:
		return numberFormat{percent: true}
	case n >= 14 && n <= 22, n >= 27 && n <= 36, n >= 45 && n <= 47, n >= 50 && n <= 58:
		return numberFormat{date: true}
	}
	if st.CustomNumFmt == nil {
		return numberFormat{}
	}
	// Leave out quoted text, [colours] and escaped characters.
	var b strings.Builder
	quoted, bracket := false, false
	for i := 0; i < len(*st.CustomNumFmt); i++ {
		switch ch := (*st.CustomNumFmt)[i]; {
		case ch == '"':
			quoted = !quoted
		case quoted:
		case ch == '[':
			bracket = true
		case ch == ']':
			bracket = false
		case bracket:
		case ch == '\\':
			i++
		default:
			b.WriteByte(ch)
		}
	}
	format := strings.ToLower(b.String())
	return numberFormat{date: strings.ContainsAny(format, "yd"), percent: strings.Contains(format, "%")}
}
