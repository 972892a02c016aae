package importer

import (
	"errors"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// A table is a CSV file or an .xlsx sheet read row by row: the rows above
// the header are skipped, the header maps columns to fields, and every
// row after it becomes a record: a proposal or, in a follow-up sheet
// (headers.go), a follow-up row.

// maxHeaderSearch is how many non-blank rows are looked at for the header
// row before giving up.
const maxHeaderSearch = 30

// lookupHeader returns the index in Columns of the field a header names,
// ignoredColumn for a column of the export's decisions, or -1.
func lookupHeader(h string) int { return proposalLayout.lookup(h) }

// cell is one cell's value as the table reads it.
type cell struct {
	text    string // the text; an .xlsx number cell's raw value
	number  bool   // an .xlsx number cell
	date    bool   // a number cell with a date format
	percent bool   // a number cell with a percentage format
	merged  bool   // filled from a merged cell that starts in a row above
}

// str returns the cell as text, a number as Excel would show it in
// General format.
func (c cell) str() string {
	if c.number {
		return refFromNumber(c.text)
	}
	return c.text
}

func (c cell) blank() bool { return strings.TrimSpace(c.text) == "" }

type table struct {
	c        *collector
	date1904 bool
	within   *layout // the layout a sheet named for it has; nil to tell by the header row
	optional bool    // an empty sheet is not an error: another sheet of the workbook is read

	l             *layout // the layout of the header row found
	found, broken bool
	cols          []int             // the column of each field (by index in l.columns), -1 if none
	header        []string          // each column's header as written
	headers       map[string]string // field → header as written
	seen          int               // non-blank rows looked at for the header
	anyRow        bool
	best          []cell
	bestRow       int
	bestScore     int
	bestLayout    *layout

	records   []Record
	followUps []FollowUpRow
	members   []MemberRow
	dataRows  int
	// Refs in number cells: how many, and the first.
	refNumbers, refNumberRow int
	refNumber                string
}

func newTable(c *collector) *table { return &table{c: c} }

// row takes row n of the sheet (as the spreadsheet numbers it).
func (t *table) row(n int, cells []cell) {
	if !t.found {
		t.searchHeader(n, cells)
		return
	}
	if t.broken {
		return
	}
	if t.extraCells(n, cells) {
		return
	}
	for _, col := range t.cols {
		if col >= 0 && col < len(cells) && !cells[col].merged && !cells[col].blank() {
			t.dataRows++
			t.record(n, cells)
			return
		}
	}
}

func (t *table) searchHeader(n int, cells []cell) {
	if t.seen >= maxHeaderSearch {
		return
	}
	var texts []string
	for _, c := range cells {
		if !c.blank() {
			texts = append(texts, c.text)
		}
	}
	if len(texts) == 0 {
		return
	}
	t.anyRow = true
	t.seen++
	if l := headerKind(texts, t.within); l != nil {
		t.setHeader(n, cells, l)
		return
	}
	for _, l := range layouts {
		if t.within != nil && l != t.within {
			continue
		}
		score := 0
		for _, h := range texts {
			if l.lookup(h) >= 0 {
				score++
			}
		}
		if score > t.bestScore {
			t.best, t.bestRow, t.bestScore, t.bestLayout = append([]cell(nil), cells...), n, score, l
		}
	}
}

// extraCells reports a value to the right of the last header: in a CSV
// it most often means an unquoted ";" or "," that moved the cells after it
// one column on, so the row is refused rather than read askew.
func (t *table) extraCells(n int, cells []cell) bool {
	width := len(t.header)
	for width > 0 && t.header[width-1] == "" {
		width--
	}
	for col := width; col < len(cells); col++ {
		if !cells[col].blank() && !cells[col].merged {
			t.c.fail(n, columnName(col), "extra_cell", cells[col].text, width)
			return true
		}
	}
	return false
}

// setHeader maps the columns of the header row n by the layout l.
func (t *table) setHeader(n int, cells []cell, l *layout) {
	t.found, t.l = true, l
	t.cols = make([]int, len(l.columns))
	for i := range t.cols {
		t.cols[i] = -1
	}
	t.header = make([]string, len(cells))
	t.headers = map[string]string{}
	for col, c := range cells {
		h := strings.Join(strings.Fields(c.text), " ")
		t.header[col] = h
		if h == "" {
			continue
		}
		switch i := l.lookup(h); {
		case i == ignoredColumn:
		case i < 0:
			t.c.warn(n, h, "unknown_column")
		case t.cols[i] >= 0:
			t.c.fail(n, h, "duplicate_header", t.header[t.cols[i]], columnName(t.cols[i]))
		default:
			t.cols[i] = col
			t.headers[l.columns[i].Field] = h
		}
	}
	for _, r := range l.required {
		if t.cols[r.col] < 0 {
			t.c.fail(n, "", r.missing)
			t.broken = true
		}
	}
}

// finish reports what can only be known at the end.
func (t *table) finish(emptyKey string) {
	switch {
	case !t.found && !t.anyRow && t.optional:
		t.c.warn(0, "", "empty_sheet_skipped")
	case !t.found && !t.anyRow:
		t.c.fail(0, "", emptyKey)
	case !t.found && t.bestScore > 0:
		t.setHeader(t.bestRow, t.best, t.bestLayout)
	case !t.found && t.within == memberLayout:
		t.c.fail(0, "", "no_member_header")
	case !t.found:
		t.c.fail(0, "", "no_header_row")
	case !t.broken && t.dataRows == 0:
		t.c.warn(0, "", t.l.emptyRow)
	}
	switch {
	case t.refNumbers == 1:
		t.c.warn(t.refNumberRow, t.headers["ref"], "ref_numeric", t.refNumber)
	case t.refNumbers > 1:
		t.c.warn(t.refNumberRow, t.headers["ref"], "ref_numeric_many", t.refNumber, t.refNumbers-1)
	}
}

// column returns the header of field as the file wrote it.
func (t *table) column(field string) string {
	if h, ok := t.headers[field]; ok {
		return h
	}
	if t.l == nil {
		return proposalLayout.header(field)
	}
	return t.l.header(field)
}

// record reads data row n.
func (t *table) record(n int, cells []cell) {
	if t.l.followUps {
		t.followUpRow(n, cells)
		return
	}
	if t.l == memberLayout {
		t.memberRow(n, cells)
		return
	}
	before := t.c.startRecord()
	get := func(i int) cell {
		if col := t.cols[i]; col >= 0 && col < len(cells) {
			return cells[col]
		}
		return cell{}
	}
	fail := func(i int, err error) { t.c.failErr(n, t.column(Columns[i].Field), err) }
	var c model.Content
	for i, f := range model.Fields {
		cl := get(i)
		var err error
		switch {
		case f.Kind == model.FieldRef && cl.date:
			d, _ := dateFromSerial(cl.text, t.date1904)
			fail(i, newValueError("ref_date", d.String()))
		case f.Kind == model.FieldRef && cl.number:
			ref := refFromNumber(cl.text)
			f.Set(&c, ref)
			if !model.Ref(ref).IsArea() {
				if t.refNumbers == 0 {
					t.refNumberRow, t.refNumber = n, ref
				}
				t.refNumbers++
			}
		case f.Kind == model.FieldDate && cl.number:
			var d model.Date
			d, err = dateFromSerial(cl.text, t.date1904)
			f.Set(&c, d)
		case f.Kind == model.FieldMoney && cl.number:
			var m model.Money
			m, err = costFromNumber(cl.text)
			f.Set(&c, m)
		case f.Kind == model.FieldRef || f.Kind == model.FieldDate || f.Kind == model.FieldMoney:
			err = f.Parse(&c, cl.text)
		default:
			err = f.Parse(&c, cl.str())
		}
		for _, e := range valueErrors(err, cl.text) {
			fail(i, e)
		}
	}
	c = c.Normalize()
	validate(t.c, n, c, t.column)
	if t.c.nErrs == before {
		t.records = append(t.records, Record{Content: c, File: t.c.file, Sheet: t.c.sheet, Row: n, headers: t.headers})
	}
}

// validate reports every rule c breaks at row n, each at the column
// column names for its field, but not again at a column whose value
// could not be read.
func validate(col *collector, n int, c model.Content, column func(field string) string) {
	err := c.Validate()
	if err == nil {
		return
	}
	var es model.Errors
	if !errors.As(err, &es) {
		col.fail(n, "", "invalid_value", err)
		return
	}
	for _, e := range es {
		if name := column(e.Field); !col.failed[name] {
			col.fail(n, name, "invalid_value", e)
		}
	}
}
