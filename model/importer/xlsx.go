package importer

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/xuri/excelize/v2"
)

// oleHeader starts an old .xls file and an encrypted .xlsx alike.
var oleHeader = []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}

// readXLSX reads the sheet named Förslag or Proposals, else the first, row
// by row with excelize's streaming iterator. Rows keep the sheet's own
// numbers; number cells are read as Excel stores them (date serials in
// Start and Slut, amounts in Kostnad); a merged range's value applies to
// every row it covers, in its first column. The workbook is checked
// against the limits of xlsxlimits.go before excelize reads it.
func readXLSX(data []byte, c *collector) (recs []Record) {
	defer func() {
		// excelize parses what it is given; a workbook it trips on is a
		// file that cannot be read, not a crash of the program.
		if v := recover(); v != nil {
			c.fail(0, "", "xlsx_unreadable", errText(fmt.Errorf("%v", v)))
			recs = nil
		}
	}()
	if bytes.HasPrefix(data, oleHeader) {
		c.fail(0, "", "xlsx_old_format")
		return nil
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		c.fail(0, "", "xlsx_unreadable", errText(err))
		return nil
	}
	if !checkZip(zr, c) {
		return nil
	}
	scan, ok := scanWorkbook(zr, c)
	if !ok {
		return nil
	}
	dir, err := newWorkDir()
	if err != nil {
		c.fail(0, "", "file_unreadable", errText(err))
		return nil
	}
	defer os.RemoveAll(dir)
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: maxUnzipped << 20, UnzipXMLSizeLimit: xmlInMemoryMB << 20, TmpDir: dir})
	if err != nil {
		if errors.Is(err, excelize.ErrWorkbookPassword) || errors.Is(err, excelize.ErrWorkbookFileFormat) {
			c.fail(0, "", "xlsx_old_format")
		} else {
			c.fail(0, "", "xlsx_unreadable", errText(err))
		}
		return nil
	}
	defer f.Close()
	sheet := scan.sheet
	if sheet == "" {
		c.fail(0, "", "empty_file")
		return nil
	}
	c.sheet = printable(sheet)
	if !scan.named && len(scan.sheets) > 1 {
		c.warn(0, "", "other_sheets", strings.Join(scan.sheets[1:], ", "))
	}
	t := newTable(c)
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		t.date1904 = *props.Date1904
	}
	info := scan.info
	rows, err := f.Rows(sheet)
	if err != nil {
		c.fail(0, "", "sheet_unreadable", errText(err))
		return nil
	}
	defer rows.Close()
	dates := map[int]bool{} // style → has a date format
	var cells []cell
	var active []*mergeRange
	next := 0 // the next merge range to start
	for n := 1; rows.Next(); n++ {
		raw, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			c.fail(n, "", "sheet_unreadable", errText(err))
			break
		}
		cells = cells[:0]
		for i, v := range raw {
			cl := cell{text: v}
			if s, ok := info.numbers[cellRef{n, i + 1}]; ok && v != "" {
				cl.number = true
				if d, ok := dates[s]; ok {
					cl.date = d
				} else {
					cl.date = isDateStyle(f, s)
					dates[s] = cl.date
				}
			}
			cells = append(cells, cl)
		}
		for next < len(info.merges) && info.merges[next].top <= n {
			m := &info.merges[next]
			if m.top == n && m.left <= len(cells) {
				m.value = cells[m.left-1]
				m.value.merged = true
			}
			active = append(active, m)
			next++
		}
		kept := active[:0]
		for _, m := range active {
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
		active = kept
		t.row(n, cells)
	}
	if err := rows.Error(); err != nil {
		c.fail(0, "", "sheet_unreadable", errText(err))
	}
	t.finish("empty_sheet")
	return t.records
}

// isDateStyle tells whether the cell style s shows numbers as dates.
func isDateStyle(f *excelize.File, s int) bool {
	st, err := f.GetStyle(s)
	if err != nil || st == nil {
		return false
	}
	switch n := st.NumFmt; {
	case n >= 14 && n <= 22, n >= 27 && n <= 36, n >= 45 && n <= 47, n >= 50 && n <= 58:
		return true
	}
	if st.CustomNumFmt == nil {
		return false
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
	return strings.ContainsAny(format, "yd")
}
