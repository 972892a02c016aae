package importer

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"slices"
	"strings"
)

// Before excelize reads a workbook, one streaming pass over each of its
// parts checks the limits of xlsxlimits.go, finds the sheet to read,
// reads its cells' values (xlsxcells.go), and gathers what excelize's
// streaming Rows iterator does not give: each cell's type and the merged
// ranges (asking excelize for those loads the whole worksheet into
// memory).

// workbookScan is what the scan finds.
type workbookScan struct {
	sheets []string             // the sheets' names, in the workbook's order
	reads  []sheetChoice        // the ones to read
	named  bool                 // because of their names
	info   map[string]sheetInfo // what is in each of them
}

// scanner streams through a workbook's parts, reporting to c.
type scanner struct {
	c        *collector
	parts    map[string]*zip.File // by partName
	done     map[string]bool      // the parts scanned
	elements int                  // in the parts counted against maxElements
	// cell tells, while a sheet is scanned, the cell being read, if any.
	cell func() (row int, col string, ok bool)
	// refused tells, after walk, that the part has what encoding/xml's
	// Token refuses and RawToken lets through (an end tag that does not
	// match its start, elements left open at the end) or a syntax error
	// that ended the walk: excelize, which reads with Token, stops there.
	refused bool
	names   []xml.Name // the open elements, while a part is walked
}

// scanWorkbook checks every part of an .xlsx file against the limits and
// returns what it found, or false when a problem has been reported. What
// it cannot follow (a part that is not XML, or a workbook without sheets)
// it leaves to excelize to report; a sheet it cannot find is counted with
// the other parts against maxElements, so nothing is read unbounded.
// choose picks the sheets to read from the workbook's sheet names.
func scanWorkbook(zr *zip.Reader, c *collector, choose func([]string) ([]sheetChoice, bool)) (workbookScan, bool) {
	s := &scanner{c: c, parts: map[string]*zip.File{}, done: map[string]bool{}}
	for _, f := range zr.File {
		s.parts[partName(f)] = f
	}
	var ws workbookScan
	wbPath := ""
	if !s.generic("_rels/.rels", func(se xml.StartElement) {
		if se.Name.Local == "Relationship" && wbPath == "" && attr(se, "Type") == relOfficeDocument {
			wbPath = strings.TrimPrefix(attr(se, "Target"), "/")
		}
	}) {
		return ws, false
	}
	ids := map[string]string{} // sheet name → relationship id; the last of a name counts, as in excelize
	if !s.generic(wbPath, func(se xml.StartElement) {
		if se.Name.Local == "sheet" {
			name := attr(se, "name")
			if _, ok := ids[name]; !ok {
				ws.sheets = append(ws.sheets, name)
			}
			ids[name] = relID(se)
		}
	}) {
		return ws, false
	}
	targets := map[string]string{} // relationship id → part
	dir := path.Dir(wbPath)
	if !s.generic(strings.TrimPrefix(dir+"/_rels/"+path.Base(wbPath)+".rels", "./"), func(se xml.StartElement) {
		if se.Name.Local == "Relationship" {
			t := attr(se, "Target")
			if strings.HasPrefix(t, "/") {
				targets[attr(se, "Id")] = strings.TrimPrefix(path.Clean(t), "/")
			} else {
				targets[attr(se, "Id")] = strings.TrimPrefix(path.Clean(dir+"/"+t), "/")
			}
		}
	}) {
		return ws, false
	}
	ws.reads, ws.named = choose(ws.sheets)
	ws.info = map[string]sheetInfo{}
	read := map[string]bool{}
	for _, r := range ws.reads {
		read[r.name] = true
	}
	sst, ok := s.sharedStrings()
	if !ok {
		return ws, false
	}
	chosen := c.sheet
	for _, name := range ws.sheets {
		part := targets[ids[name]]
		if f := s.parts[part]; f != nil && !s.done[part] {
			s.done[part] = true
			c.sheet = printable(name)
			info, ok := s.scanSheet(f, sst, read[name])
			if !ok {
				return ws, false
			}
			if read[name] {
				// excelize finds a sheet by its name in any case, in
				// no fixed order among names that differ only by case.
				info.regular = info.regular && !slices.ContainsFunc(ws.sheets, func(o string) bool {
					return o != name && strings.EqualFold(o, name)
				})
				ws.info[name] = info
			}
		}
	}
	c.sheet = chosen
	for name := range s.parts {
		if !s.generic(name, func(xml.StartElement) {}) {
			return ws, false
		}
	}
	return ws, true
}

// relOfficeDocument is the type of the package's relationship to its
// workbook.
const relOfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"

// relID is a sheet element's r:id.
func relID(se xml.StartElement) string {
	for _, a := range se.Attr {
		if a.Name.Local == "id" && a.Name.Space != "" {
			return a.Value
		}
	}
	return ""
}

// generic scans the part name, if there is one not yet scanned, counting
// its elements against maxElements and calling fn with each.
func (s *scanner) generic(name string, fn func(xml.StartElement)) bool {
	f := s.parts[name]
	if f == nil || s.done[name] {
		return true
	}
	s.done[name] = true
	return s.walk(f, func(tok xml.Token, _ int) bool {
		se, ok := tok.(xml.StartElement)
		if !ok {
			return true
		}
		if s.elements++; s.elements > maxElements {
			s.c.fail(0, "", "xlsx_too_many_elements", maxElements)
			return false
		}
		fn(se)
		return true
	})
}

// walk calls fn with each token of a part and the depth of elements it is
// at (1 inside the root), until fn returns false. Elements nested deeper
// than maxDepth, a part that does not unpack, or one in another encoding
// than UTF-8 are reported; an XML syntax error ends the part silently:
// excelize reads no further than that either.
func (s *scanner) walk(f *zip.File, fn func(xml.Token, int) bool) bool {
	rc, err := f.Open()
	if err != nil {
		s.c.fail(0, "", "xlsx_damaged", printable(f.Name))
		return false
	}
	defer rc.Close()
	r := &tokenReader{r: rc}
	d := xml.NewDecoder(r)
	otherCharset := false
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		if strings.EqualFold(label, "utf-8") || strings.EqualFold(label, "utf8") {
			return in, nil
		}
		otherCharset = true
		return nil, errors.New("not UTF-8")
	}
	depth := 0
	s.refused, s.names = false, s.names[:0]
	for {
		tok, err := d.RawToken()
		switch {
		case err == io.EOF:
			s.refused = s.refused || len(s.names) > 0
			return true
		case r.err == errTokenTooLong:
			if s.cell != nil {
				if row, col, ok := s.cell(); ok {
					s.c.fail(row, col, "xlsx_cell_too_long", maxCellChars)
					return false
				}
			}
			s.c.fail(0, "", "xlsx_token_too_long", printable(f.Name), maxTokenKB)
			return false
		case otherCharset || (r.err != nil && r.err != io.EOF):
			s.c.fail(0, "", "xlsx_damaged", printable(f.Name))
			return false
		case err != nil:
			s.refused = true
			return true
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxDepth {
				s.c.fail(0, "", "xlsx_too_deep", printable(f.Name), maxDepth)
				return false
			}
			s.names = append(s.names, tok.Name)
		case xml.EndElement:
			depth--
			if n := len(s.names); n == 0 || s.names[n-1] != tok.Name {
				s.refused = true
			}
			if n := len(s.names); n > 0 {
				s.names = s.names[:n-1]
			}
		}
		r.read = 0
		if !fn(tok, depth) {
			return false
		}
	}
}

// tokenReader keeps the error of the reader under an XML decoder, which
// does not tell a broken zip from broken XML, and bounds what the decoder
// reads, and holds, for one token: read counts from the last token.
type tokenReader struct {
	r    io.Reader
	err  error
	read int
}

var errTokenTooLong = errors.New("token too long")

func (t *tokenReader) Read(p []byte) (int, error) {
	if t.read > maxTokenKB<<10 {
		t.err = errTokenTooLong
		return 0, t.err
	}
	n, err := t.r.Read(p)
	t.read += n
	if err != nil {
		t.err = err
	}
	return n, err
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
