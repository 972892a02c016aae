package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
)

// delimiters are the cell separators a CSV file may use, in the order
// they win a tie: Swedish Excel's ";", then ",", then tab.
var delimiters = []rune{';', ',', '\t'}

// readCSV reads a CSV (or tab-separated) file: its encoding and its
// delimiter are found from the bytes, rows are numbered as a spreadsheet
// shows them (blank lines count, a cell over several lines does not), a
// bad quote is reported at its row, and the "'" the export puts before a
// formula-like cell is dropped (unescapeCell).
func readCSV(data []byte, c *collector) tableRows {
	t := newTable(c)
	readCSVTable(data, t, knownHeader, "empty_file")
	return tableRows{records: t.records, followUps: t.followUps}
}

// readCSVTable gives the rows of a CSV file to t, telling the delimiter
// by the headers known knows, and ends it with emptyKey for an empty
// file.
func readCSVTable(data []byte, t *table, known func(string) bool, emptyKey string) {
	c := t.c
	if line := mixedEncoding(data); line > 0 {
		c.fail(line, "", "mixed_encoding")
		return
	}
	text := decodeText(data)
	r := csv.NewReader(bytes.NewReader(text))
	r.Comma = detectDelimiter(text, known)
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	row, endLine := 0, 0 // the last row read, and the line it ended on
	var cells []cell
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				c.fail(row+1, "", "csv_error", errText(err))
				break
			}
			row += 1 + max(0, pe.StartLine-endLine-1)
			endLine = pe.Line
			switch {
			case errors.Is(pe.Err, csv.ErrQuote):
				c.fail(row, "", "bad_quote")
			case errors.Is(pe.Err, csv.ErrBareQuote):
				c.fail(row, "", "bare_quote")
			default:
				c.fail(row, "", "csv_error", errText(pe.Err))
			}
			continue
		}
		first, _ := r.FieldPos(0)
		last, _ := r.FieldPos(len(rec) - 1)
		row += 1 + max(0, first-endLine-1)
		endLine = last + strings.Count(rec[len(rec)-1], "\n")
		if row > maxRows { // the same bound as a sheet's: memory grows with the rows
			c.fail(row, "", "csv_too_many_rows", maxRows)
			break
		}
		cells = cells[:0]
		for _, f := range rec {
			cells = append(cells, cell{text: unescapeCell(f)})
		}
		t.row(row, cells)
	}
	t.finish(emptyKey)
}

// detectDelimiter finds the delimiter that makes the most headers known
// (by known) of any of the first lines (the header need not be the first); when no
// line has a known header, the delimiter found most often in the first
// line.
func detectDelimiter(text []byte, known func(string) bool) rune {
	best, bestScore := ',', 0
	var first string
	seen := 0
	for line := range bytes.Lines(text) {
		if seen >= maxHeaderSearch {
			break
		}
		s := strings.TrimSpace(string(line))
		if s == "" {
			continue
		}
		if seen == 0 {
			first = s
		}
		seen++
		for _, d := range delimiters {
			score := 0
			for _, h := range strings.Split(s, string(d)) {
				if known(strings.Trim(strings.TrimSpace(h), `"`)) {
					score++
				}
			}
			if score > bestScore {
				best, bestScore = d, score
			}
		}
	}
	if bestScore > 0 {
		return best
	}
	most := 0
	for _, d := range delimiters {
		if n := strings.Count(first, string(d)); n > most {
			best, most = d, n
		}
	}
	return best
}
