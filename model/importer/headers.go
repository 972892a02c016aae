package importer

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// A layout is one kind of sheet the import reads: its columns, the
// headers that name them, and what its header row must have. Every header
// of every layout is matched here, by normHeader.
type layout struct {
	followUps bool     // a follow-up sheet; else proposals
	columns   []Column // the columns read, by index
	index     map[string]int
	// required are the columns a header row must have, each with the
	// message for its absence.
	required []requiredColumn
	emptyRow string // the warning for a header row with no rows under it
}

type requiredColumn struct {
	col     int
	missing string
}

// ignoredColumn marks in a layout's index a header that is read without
// a warning and without a value: the export's decision columns in a
// proposal sheet, a title beside the ref in a follow-up sheet.
const ignoredColumn = -2

func newLayout(followUps bool, columns []Column, ignored []string, required map[string]string, emptyRow string) *layout {
	l := &layout{followUps: followUps, columns: columns, index: map[string]int{}, emptyRow: emptyRow}
	for _, h := range ignored {
		l.index[normHeader(h)] = ignoredColumn
	}
	for i, c := range columns {
		for _, h := range append([]string{c.Header}, c.Aliases...) {
			l.index[normHeader(h)] = i
		}
		if key, ok := required[c.Field]; ok {
			l.required = append(l.required, requiredColumn{i, key})
		}
	}
	return l
}

// col returns the index of a field's column.
func (l *layout) col(field string) int {
	for i, c := range l.columns {
		if c.Field == field {
			return i
		}
	}
	panic("importer: no column " + field)
}

// lookup returns the index of the column a header names, ignoredColumn,
// or -1.
func (l *layout) lookup(h string) int {
	if i, ok := l.index[normHeader(h)]; ok {
		return i
	}
	return -1
}

// header returns the header a field is written with when the file has
// no column for it.
func (l *layout) header(field string) string {
	for _, c := range l.columns {
		if c.Field == field {
			return c.Header
		}
	}
	return field
}

var (
	proposalLayout = newLayout(false, Columns, DecisionHeaders,
		map[string]string{"ref": "missing_ref_column", "title": "missing_title_column"}, "no_rows")
	followUpLayout = newLayout(true, FollowUpColumns, titleHeaders(),
		map[string]string{"ref": "missing_ref_column", "date": "missing_date_column"}, "no_followup_rows")
	layouts = []*layout{proposalLayout, followUpLayout}
)

// titleHeaders are the headers of a proposal's title, which a follow-up
// sheet may show beside the ref.
func titleHeaders() []string {
	c := Columns[proposalLayout.col("title")]
	return append([]string{c.Header}, c.Aliases...)
}

// knownHeader tells whether any layout knows the header.
func knownHeader(h string) bool {
	for _, l := range layouts {
		if l.lookup(h) != -1 {
			return true
		}
	}
	return false
}

// headerKind tells which layout's header row the headers hs are, or nil
// when they are none's. A row is a follow-up sheet's when it has Ref and
// Andel klar or Datum, or Ref and Status or Kommentar but no Titel; else
// a proposal sheet's when it has Ref and Titel. within, when not nil, is
// the one layout the sheet may have (it is named for it): then Ref and
// one more of its columns make a header row; a member list's header row
// is one with Namn (memberHeader).
func headerKind(hs []string, within *layout) *layout {
	if within == memberLayout {
		return memberHeader(hs)
	}
	has := map[string]bool{}
	count := map[*layout]int{}
	for _, h := range hs {
		for _, l := range layouts {
			if i := l.lookup(h); i >= 0 {
				has[l.columns[i].Field+"/"+boolWord(l.followUps)] = true
				count[l]++
			}
		}
	}
	proposal := has["ref/p"] && has["title/p"]
	followUp := has["ref/f"] && (has["progress/f"] || has["date/f"] || (!has["title/p"] && (has["status/f"] || has["comment/f"])))
	switch {
	case within == proposalLayout && proposal, within == followUpLayout && has["ref/f"] && count[within] >= 2:
		return within
	case within != nil:
		return nil
	case followUp:
		return followUpLayout
	case proposal:
		return proposalLayout
	}
	return nil
}

func boolWord(followUps bool) string {
	if followUps {
		return "f"
	}
	return "p"
}

// normHeader makes a header comparable: lower case, then Unicode NFC
// (in that order: lowering "Y" before a combining ring makes a pair that
// NFC composes to "ẙ"), runs of space (line breaks and no-break spaces
// too) as one space, and a trailing ":" or "*" dropped.
func normHeader(h string) string {
	h = strings.Join(strings.Fields(norm.NFC.String(strings.ToLower(h))), " ")
	return strings.TrimRight(h, ":* ")
}
