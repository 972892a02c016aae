package importer

import (
	"archive/zip"
	"encoding/xml"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// excelize's streaming Rows iterator gives each cell's value but neither
// its type nor the merged ranges, and asking excelize for those loads the
// whole worksheet into memory (some 170 MB for 10,000 rows of text). So
// one quick pass over the sheet's XML, straight from the zip, finds the
// number cells and the merged ranges; the values then come from Rows.

// sheetInfo is what the scan finds in a sheet.
type sheetInfo struct {
	numbers map[cellRef]int // the style of each number cell
	merges  []mergeRange    // ordered by their top row
}

// cellRef is a cell's row (from 1) and column (from 1).
type cellRef struct{ row, col int }

// mergeRange is a merged range of cells, from 1; value is the top-left
// cell's, filled in when that row is read.
type mergeRange struct {
	top, left, bottom, right int
	value                    cell
}

// scanSheet finds the number cells and merged ranges of the named sheet
// in an .xlsx file's zip. A file it cannot follow gives no information,
// not an error: excelize reports what is wrong with it.
func scanSheet(zr *zip.Reader, sheet string) sheetInfo {
	info := sheetInfo{numbers: map[cellRef]int{}}
	if zr == nil {
		return info
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[f.Name] = f
	}
	var id, target string
	walkXML(files["xl/workbook.xml"], func(se xml.StartElement) {
		if se.Name.Local == "sheet" && attr(se, "name") == sheet {
			for _, a := range se.Attr {
				if a.Name.Local == "id" && a.Name.Space != "" {
					id = a.Value
				}
			}
		}
	})
	walkXML(files["xl/_rels/workbook.xml.rels"], func(se xml.StartElement) {
		if se.Name.Local == "Relationship" && id != "" && attr(se, "Id") == id {
			target = attr(se, "Target")
		}
	})
	if target == "" {
		return info
	}
	name := path.Clean(path.Join("xl", target))
	if strings.HasPrefix(target, "/") {
		name = strings.TrimPrefix(path.Clean(target), "/")
	}
	row, col := 0, 0
	walkXML(files[name], func(se xml.StartElement) {
		switch se.Name.Local {
		case "row":
			if r, err := strconv.Atoi(attr(se, "r")); err == nil && r > 0 {
				row = r
			} else {
				row++
			}
			col = 0
		case "c":
			if c, r, err := excelize.CellNameToCoordinates(attr(se, "r")); err == nil {
				col, row = c, r
			} else {
				col++
			}
			if t := attr(se, "t"); t == "" || t == "n" {
				s, _ := strconv.Atoi(attr(se, "s"))
				info.numbers[cellRef{row, col}] = s
			}
		case "mergeCell":
			first, last, _ := strings.Cut(attr(se, "ref"), ":")
			if last == "" {
				last = first
			}
			c1, r1, err1 := excelize.CellNameToCoordinates(first)
			c2, r2, err2 := excelize.CellNameToCoordinates(last)
			if err1 == nil && err2 == nil {
				info.merges = append(info.merges, mergeRange{top: min(r1, r2), left: min(c1, c2), bottom: max(r1, r2), right: max(c1, c2)})
			}
		}
	})
	slices.SortStableFunc(info.merges, func(a, b mergeRange) int { return a.top - b.top })
	return info
}

// walkXML calls fn with every start element of a file in the zip.
func walkXML(f *zip.File, fn func(xml.StartElement)) {
	if f == nil {
		return
	}
	rc, err := f.Open()
	if err != nil {
		return
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	for {
		tok, err := d.RawToken()
		if err == io.EOF || err != nil {
			return
		}
		if se, ok := tok.(xml.StartElement); ok {
			fn(se)
		}
	}
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
