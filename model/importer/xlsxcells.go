package importer

import (
	"bytes"
	"encoding/xml"
	"regexp"
	"strconv"
	"strings"
)

// The sheets to read are read in the scan's pass: while scanSheet checks
// a sheet against the limits, a cellReader takes each cell's value as
// excelize's streaming Rows and Columns (with RawCellValue) give it, so
// that the sheet's XML is parsed once. It does so for the shape that
// spreadsheet programs write: rows in order under sheetData, cells in
// order in their rows, shared and inline strings of plain text. Anything
// else (rich text, rows out of order, what encoding/xml's Token refuses)
// makes the sheet irregular, and excelize reads it as before.

// maxScanText is maxScanTextMB in bytes; tests lower it.
var maxScanText = maxScanTextMB << 20

// spreadsheetNS is the namespace of a shared-string table's root.
const spreadsheetNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

// strictNS is in every namespace of a Strict Open XML file; excelize
// rewrites such names to the transitional ones in the shared-string
// table's bytes, wherever they stand.
var strictNS = []byte("purl.oclc.org")

// plainStrings reads a shared-string table's items, as long as the table
// is plain: an sst root in the spreadsheet namespace whose items are
// each at most text elements. excelize decodes the table with
// encoding/xml into structures: an item's text is its last t's own text,
// _xHHHH_ escapes decoded (bstrUnmarshal).
type plainStrings struct {
	items  []string
	roots  int
	inItem bool
	inText bool
	text   []byte // of the item's last t
}

// token takes the table's next token, at depth as walk gives it; false
// means the table is not plain.
func (p *plainStrings) token(tok xml.Token, depth int) bool {
	switch tok := tok.(type) {
	case xml.StartElement:
		for _, a := range tok.Attr {
			if strings.Contains(a.Value, string(strictNS)) {
				return false
			}
		}
		switch depth {
		case 1:
			p.roots++
			return p.roots == 1 && tok.Name.Local == "sst" && namespace(tok) == spreadsheetNS &&
				attrsParse(tok, parseInt, "count", "uniqueCount")
		case 2:
			p.inItem, p.text = tok.Name.Local == "si", p.text[:0]
		case 3:
			if p.inItem {
				if tok.Name.Local != "t" {
					return false
				}
				p.inText, p.text = true, p.text[:0]
			}
		}
	case xml.EndElement:
		switch depth {
		case 2:
			p.inText = false
		case 1:
			if p.inItem {
				p.items = append(p.items, bstrUnmarshal(string(p.text)))
				p.inItem = false
			}
		}
	case xml.CharData:
		if bytes.Contains(tok, strictNS) {
			return false
		}
		if p.inText && depth == 3 {
			p.text = append(p.text, tok...)
		}
	case xml.Comment:
		return !bytes.Contains(tok, strictNS)
	case xml.ProcInst:
		return !bytes.Contains(tok.Inst, strictNS)
	case xml.Directive:
		return !bytes.Contains(tok, strictNS)
	}
	return true
}

// namespace is the namespace an element's own attributes give its
// prefix, "" if they give none.
func namespace(se xml.StartElement) string {
	ns := ""
	for _, a := range se.Attr {
		if (se.Name.Space == "" && a.Name.Space == "" && a.Name.Local == "xmlns") ||
			(se.Name.Space != "" && a.Name.Space == "xmlns" && a.Name.Local == se.Name.Space) {
			ns = a.Value
		}
	}
	return ns
}

// The parsers of encoding/xml's attributes of a kind: empty is zero,
// else the value with space trimmed.
var (
	parseInt = func(v string) bool {
		_, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		return v == "" || err == nil
	}
	parseBool = func(v string) bool {
		_, err := strconv.ParseBool(strings.TrimSpace(v))
		return v == "" || err == nil
	}
)

// attrsParse tells whether every attribute of se named one of names
// parses with parse, as encoding/xml decodes it into a field.
func attrsParse(se xml.StartElement, parse func(string) bool, names ...string) bool {
	for _, a := range se.Attr {
		for _, n := range names {
			if a.Name.Local == n && !parse(a.Value) {
				return false
			}
		}
	}
	return true
}

// once tells whether no two of an element's attributes have one of the
// local names (excelize takes the last, attr the first).
func once(se xml.StartElement, names ...string) bool {
	seen := 0
	for _, a := range se.Attr {
		for i, n := range names {
			if a.Name.Local == n {
				if seen&(1<<i) != 0 {
					return false
				}
				seen |= 1 << i
			}
		}
	}
	return true
}

// bstrEscape is an escaped character in a string item: _x000D_.
var bstrEscape = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)

// bstrUnmarshal decodes a string item's escapes as excelize does:
// _x005F_ is "_", another is its UTF-16 unit, dropped when that is half
// a surrogate pair.
func bstrUnmarshal(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	cursor := 0
	for _, m := range bstrEscape.FindAllStringIndex(s, -1) {
		b.WriteString(s[cursor:m[0]])
		cursor = m[1]
		if s[m[0]:m[1]] == "_x005F_" {
			b.WriteByte('_')
			continue
		}
		v, _ := strconv.Unquote(`"\u` + s[m[0]+2:m[1]-1] + `"`)
		b.WriteString(v)
	}
	b.WriteString(s[cursor:])
	return b.String()
}

// scannedRow is a row of a sheet read in the scan's pass, as Columns
// gives it: n is the row's number, cells its values from column A to
// the last cell with a value or a formula, "" between.
type scannedRow struct {
	n     int
	cells []string
}

// cellReader reads a sheet's cells in scanSheet's pass. Its methods take
// the sheet's tokens; regular stays true while the sheet has the shape
// the comment at the top of this file describes.
type cellReader struct {
	sst       sharedTable
	rows      []scannedRow
	regular   bool
	kept      int  // bytes of cell text kept in rows, shared strings aside
	sheetData int  // 0 before it, 1 in it, 2 after it
	inRow     bool // a row element at depth 3 is open
	row, col  int  // the last row's number and its last cell's column

	// The cell being read: its type attribute, its last v's own text,
	// whether it has a formula and an inline string, the inline string's
	// last t's own text, and the depths of the v, f, is and t open in it.
	typ             string
	v, text         []byte
	formula, inline bool
	inV, inF, inIs  int
	inT             int // in the inline string
}

// start takes an element's start outside a cell but that of a cell.
func (r *cellReader) start(se xml.StartElement, depth int) {
	switch se.Name.Local {
	case "sheetData":
		r.regular = r.regular && depth == 2 && r.sheetData == 0
		r.sheetData = 1
	case "row":
		r.regular = r.regular && depth == 3 && r.sheetData == 1 && once(se, "r")
		if hasAttr(se, "r") {
			n, err := strconv.Atoi(attr(se, "r"))
			r.regular = r.regular && err == nil && n > r.row
			r.row = n
		} else {
			r.row++
		}
		if r.regular { // an irregular sheet's rows are excelize's to read
			r.rows = append(r.rows, scannedRow{n: r.row})
		}
		r.inRow, r.col = true, 0
	}
}

// cell takes a cell's start outside a cell, and its reference (when it
// has one) as excelize.CellNameToCoordinates reads it.
func (r *cellReader) cell(se xml.StartElement, depth int, hasRef bool, col, row int, refErr error) {
	r.regular = r.regular && depth == 4 && r.inRow && once(se, "r", "s", "t")
	if s := attr(se, "s"); hasAttr(se, "s") {
		_, err := strconv.ParseInt(s, 10, 64)
		r.regular = r.regular && err == nil
	}
	if hasRef {
		r.regular = r.regular && refErr == nil && row == r.row && col > r.col
		r.col = col
	} else {
		r.col++
	}
	r.typ, r.v, r.text = attr(se, "t"), r.v[:0], r.text[:0]
	r.formula, r.inline = false, false
}

// hasAttr tells whether se has an attribute of the local name.
func hasAttr(se xml.StartElement, name string) bool {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return true
		}
	}
	return false
}

// inner takes an element's start inside a cell. excelize decodes each v,
// f and is in the cell, at any depth but inside another of them, into
// the cell's fields with encoding/xml.
func (r *cellReader) inner(se xml.StartElement, depth int) {
	switch name := se.Name.Local; {
	case name == "c" || name == "row" || name == "sheetData":
		r.regular = false
	case r.inV > 0 || r.inF > 0:
	case r.inIs > 0:
		if depth == r.inIs+1 {
			r.regular = r.regular && name == "t"
			r.inT, r.text = depth, r.text[:0]
		}
	case name == "v":
		r.inV, r.v = depth, r.v[:0]
	case name == "f":
		r.inF, r.formula = depth, true
		r.regular = r.regular && attrsParse(se, parseBool, "aca", "dt2D", "dtr", "del1", "del2", "ca", "bx") &&
			attrsParse(se, parseInt, "si")
	case name == "is":
		r.inIs, r.inline = depth, true
	}
}

// end takes an element's end; depth is the depth after it.
func (r *cellReader) end(depth int) {
	if depth < r.inV {
		r.inV = 0
	}
	if depth < r.inF {
		r.inF = 0
	}
	if depth < r.inT {
		r.inT = 0
	}
	if depth < r.inIs {
		r.inIs = 0
	}
	if depth < 3 {
		r.inRow = false
	}
	if depth < 2 && r.sheetData == 1 {
		r.sheetData = 2
	}
}

// chars takes text inside a cell at depth.
func (r *cellReader) chars(b []byte, depth int) {
	switch depth {
	case r.inV:
		r.v = append(r.v, b...)
	case r.inT:
		r.text = append(r.text, b...)
	}
}

// endCell takes the end of a cell: a value, or a formula, is put in the
// row at the cell's column.
func (r *cellReader) endCell() {
	v := r.value()
	if (v == "" && !r.formula) || !r.regular || len(r.rows) == 0 {
		return
	}
	// A shared string is the table's own; any other value is a copy the
	// scan keeps, up to maxScanTextMB for the sheet.
	if r.typ != "s" {
		if r.kept += len(v); r.kept > maxScanText {
			r.regular, r.rows = false, nil
			return
		}
	}
	row := &r.rows[len(r.rows)-1]
	for len(row.cells) < r.col-1 {
		row.cells = append(row.cells, "")
	}
	row.cells = append(row.cells, v)
}

// value is the cell's value as getValueFrom gives it with RawCellValue.
func (r *cellReader) value() string {
	switch r.typ {
	case "s":
		if len(r.v) == 0 {
			return ""
		}
		i, _ := strconv.Atoi(strings.TrimSpace(string(r.v)))
		if i < 0 || i >= len(r.sst.items) {
			return ""
		}
		return r.sst.items[i]
	case "inlineStr":
		if r.inline {
			return bstrUnmarshal(string(r.text))
		}
	}
	return string(r.v)
}
