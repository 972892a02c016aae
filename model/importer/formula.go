package importer

import "strings"

// A spreadsheet reads a cell that starts with "=", "+", "-", "@", a tab or
// a carriage return as a formula, so a cell imported as
// "=HYPERLINK(…)" would run when the export is opened. The CSV export
// therefore writes such a cell with a "'" before it (OWASP's advice on
// CSV injection), and the spreadsheet import drops that "'" again, so that
// an export imports as unchanged.

// formulaStarts are the characters that make a cell a formula.
const formulaStarts = "=+-@\t\r"

// escapeCell returns s as the CSV export writes it: with a "'" before it
// when it starts like a formula and is not a plain number ("-5",
// "+46 70 123 45 67", "-1 250 000,50"), or when it is already one or more
// "'" before such a start, so that unescapeCell gives s back.
func escapeCell(s string) string {
	if s == "" || plainNumber(s) {
		return s
	}
	if rest := strings.TrimLeft(s, "'"); rest != "" && strings.IndexByte(formulaStarts, rest[0]) >= 0 {
		return "'" + s
	}
	return s
}

// unescapeCell is the inverse of escapeCell: it drops one "'" from a cell
// that has one or more before a formula's start, and leaves any other cell
// as it is.
func unescapeCell(s string) string {
	if rest := strings.TrimLeft(s, "'"); len(rest) < len(s) && rest != "" && strings.IndexByte(formulaStarts, rest[0]) >= 0 {
		return s[1:]
	}
	return s
}

// plainNumber tells whether s is a sign followed by a number as people
// write it, digits with spaces, no-break spaces, "," or "." between them:
// a spreadsheet reads it as a number or as harmless arithmetic, never as
// a call or a reference.
func plainNumber(s string) bool {
	if s == "" || (s[0] != '+' && s[0] != '-') {
		return false
	}
	digits := false
	for _, r := range s[1:] {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case r == ' ' || r == '\u00a0' || r == ',' || r == '.':
		default:
			return false
		}
	}
	return digits
}
