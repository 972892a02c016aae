package importer

import (
	"archive/zip"
	"cmp"
	"encoding/xml"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/xuri/excelize/v2"
)

// sheetNames are the names of the sheets read when a workbook has them,
// with the layout each is read by.
var sheetNames = []struct {
	names []string
	l     *layout
}{
	{[]string{"förslag", "proposals"}, proposalLayout},
	{[]string{"uppföljning", "uppfoljning", "follow-up", "follow-ups", "followup", "follow up"}, followUpLayout},
}

// sheetChoice is a sheet to read, and the layout it is named for (nil:
// told by its header row).
type sheetChoice struct {
	name string
	l    *layout
}

// chooseSheets returns the sheet named Förslag or Proposals and the one
// named Uppföljning or Follow-up, those there are; when there is neither,
// the first sheet, to be told by its header row. named tells which.
func chooseSheets(sheets []string) (out []sheetChoice, named bool) {
	for _, kind := range sheetNames {
	next:
		for _, s := range sheets {
			n := strings.TrimSpace(model.NFC(s))
			for _, want := range kind.names {
				if strings.EqualFold(n, want) {
					out = append(out, sheetChoice{s, kind.l})
					break next
				}
			}
		}
	}
	if len(out) > 0 {
		return out, true
	}
	if len(sheets) == 0 {
		return nil, false
	}
	return []sheetChoice{{sheets[0], nil}}, false
}

// sharedTable is what the scan finds in the shared-string table.
type sharedTable struct {
	count int          // its items
	long  map[int]bool // those longer than maxCellChars
	items []string     // their text, as excelize reads it, when plain
	// plain tells that the table is one whose items this pass reads as
	// excelize does (plainStrings); else the sheets are read by excelize.
	plain bool
}

// sharedStrings scans the shared-string table, where excelize looks for
// it whatever the relationships say, and reads its items' text.
func (s *scanner) sharedStrings() (sharedTable, bool) {
	t := sharedTable{long: map[int]bool{}, plain: true}
	var f *zip.File
	for name, p := range s.parts {
		if strings.EqualFold(name, "xl/sharedStrings.xml") {
			f = p
			s.done[name] = true
		}
	}
	if f == nil {
		return t, true
	}
	t.plain = f.UncompressedSize64 <= xmlInMemoryMB<<20
	var p plainStrings
	total, chars, inText := 0, 0, false
	ok := s.walk(f, func(tok xml.Token, depth int) bool {
		if t.plain && !p.token(tok, depth) {
			t.plain = false
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if s.elements++; s.elements > maxElements {
				s.c.fail(0, "", "xlsx_too_many_elements", maxElements)
				return false
			}
			if depth == 2 && tok.Name.Local == "si" {
				if t.count++; t.count > maxSharedStrings {
					s.c.fail(0, "", "xlsx_too_many_strings", maxSharedStrings)
					return false
				}
				chars = 0
			}
			inText = tok.Name.Local == "t"
		case xml.EndElement:
			inText = false
		case xml.CharData:
			if !inText || t.count == 0 {
				break
			}
			if total += len(tok); total > maxSharedTextMB<<20 {
				s.c.fail(0, "", "xlsx_too_much_text", maxSharedTextMB)
				return false
			}
			if chars += utf8.RuneCount(tok); chars > maxCellChars {
				t.long[t.count-1] = true
			}
		}
		return true
	})
	t.plain = t.plain && !s.refused
	if t.plain {
		t.items = p.items
	}
	return t, ok
}

// sheetInfo is what the scan finds in the sheet to read.
type sheetInfo struct {
	numbers map[cellRef]int // the style of each number cell
	merges  []mergeRange    // ordered by their top row
	rows    []scannedRow    // its rows, when regular (xlsxcells.go)
	regular bool
}

// cellRef is a cell's row (from 1) and column (from 1).
type cellRef struct{ row, col int }

// mergeRange is a merged range of cells, from 1; value is the top-left
// cell's, filled in when that row is read.
type mergeRange struct {
	top, left, bottom, right int
	value                    cell
}

// scanSheet checks a sheet against the limits and, when keep is set,
// finds its number cells and merged ranges and reads its cells. Rows and
// cells are numbered as excelize numbers them: by their r attribute,
// else one after the one before.
func (s *scanner) scanSheet(f *zip.File, sst sharedTable, keep bool) (sheetInfo, bool) {
	info := sheetInfo{numbers: map[cellRef]int{}}
	row, col, cells, merges := 0, 0, 0, 0
	var cellType string
	var value []byte // of a shared-string cell
	cellDepth, elements, chars, inText := 0, 0, 0, false
	bad := false // a cell was reported; go on to find the others
	stop := func(r, c int, key string, args ...any) bool {
		s.c.fail(r, columnName(c-1), key, args...)
		return false
	}
	s.cell = func() (int, string, bool) { return row, columnName(col - 1), cellDepth > 0 }
	defer func() { s.cell = nil }()
	var rd *cellReader
	if keep {
		// excelize reads the whole table before the first row, and a
		// table it refuses is a sheet it cannot read.
		rd = &cellReader{sst: sst, regular: sst.plain}
	}
	ok := s.walk(f, func(tok xml.Token, depth int) bool {
		switch tok := tok.(type) {
		case xml.StartElement:
			if cellDepth > 0 {
				if elements++; elements > maxCellElements {
					return stop(row, col, "xlsx_cell_too_complex", maxCellElements)
				}
				inText = tok.Name.Local == "v" || tok.Name.Local == "t"
				if rd != nil {
					rd.inner(tok, depth)
				}
				return true
			}
			if rd != nil {
				rd.start(tok, depth)
			}
			switch tok.Name.Local {
			case "dimension":
				ref := attr(tok, "ref")
				_, last, _ := strings.Cut(ref, ":")
				if c, r, err := excelize.CellNameToCoordinates(cmp.Or(last, ref)); err == nil && (r > maxRows || c > maxColumns) {
					return stop(0, 0, "xlsx_dimension", printable(ref), maxRows, maxColumns)
				}
			case "row":
				if r, err := strconv.Atoi(attr(tok, "r")); err == nil && r > 0 {
					row = r
				} else {
					row++
				}
				col = 0
			case "c":
				ref := attr(tok, "r")
				c, r, err := excelize.CellNameToCoordinates(ref)
				if rd != nil {
					rd.cell(tok, depth, ref != "", c, r, err)
				}
				if err == nil {
					col, row = c, r
				} else {
					col++
				}
				if cells++; cells > maxCells {
					return stop(row, 0, "xlsx_too_many_cells", maxCells)
				}
				cellType, cellDepth, elements, chars, value = attr(tok, "t"), depth, 0, 0, value[:0]
				if keep && (cellType == "" || cellType == "n") {
					style, _ := strconv.Atoi(attr(tok, "s"))
					info.numbers[cellRef{row, col}] = style
				}
			case "mergeCell":
				if merges++; merges > maxMerges {
					return stop(0, 0, "xlsx_too_many_merges", maxMerges)
				}
				if m, ok := parseRange(attr(tok, "ref")); ok && keep {
					info.merges = append(info.merges, m)
				}
			}
			switch {
			case row > maxRows:
				return stop(row, 0, "xlsx_too_many_rows", maxRows)
			case col > maxColumns:
				return stop(row, col, "xlsx_too_many_columns", maxColumns)
			}
		case xml.EndElement:
			inText = false
			if rd != nil {
				rd.end(depth)
			}
			if cellDepth > 0 && depth < cellDepth {
				cellDepth = 0
				if rd != nil {
					rd.endCell()
				}
				if cellType == "s" && !s.checkIndex(sst, row, col, value) {
					bad = true
				}
			}
		case xml.CharData:
			if rd != nil && cellDepth > 0 {
				rd.chars(tok, depth)
			}
			if cellDepth == 0 || !inText {
				break
			}
			if chars += utf8.RuneCount(tok); chars > maxCellChars {
				return stop(row, col, "xlsx_cell_too_long", maxCellChars)
			}
			if cellType == "s" {
				value = append(value, tok...)
			}
		}
		return true
	})
	slices.SortStableFunc(info.merges, func(a, b mergeRange) int { return a.top - b.top })
	if rd != nil {
		info.rows, info.regular = rd.rows, rd.regular && !s.refused
	}
	return info, ok && !bad
}

// checkIndex reports a shared-string cell whose index is not in the
// table, or is an item longer than a cell may be. A value that is not a
// number is left to excelize, which reads it as item 0.
func (s *scanner) checkIndex(sst sharedTable, row, col int, value []byte) bool {
	i, err := strconv.Atoi(strings.TrimSpace(string(value)))
	switch {
	case err != nil:
		return true
	case i < 0 || i >= sst.count:
		s.c.fail(row, columnName(col-1), "xlsx_string_index", i, sst.count)
		return false
	case sst.long[i]:
		s.c.fail(row, columnName(col-1), "xlsx_cell_too_long", maxCellChars)
		return false
	}
	return true
}

// parseRange reads a range such as "B2:D4" or "C3".
func parseRange(ref string) (mergeRange, bool) {
	first, last, _ := strings.Cut(ref, ":")
	c1, r1, err1 := excelize.CellNameToCoordinates(first)
	c2, r2, err2 := excelize.CellNameToCoordinates(cmp.Or(last, first))
	if err1 != nil || err2 != nil {
		return mergeRange{}, false
	}
	return mergeRange{top: min(r1, r2), left: min(c1, c2), bottom: max(r1, r2), right: max(c1, c2)}, true
}
