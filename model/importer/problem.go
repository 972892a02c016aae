package importer

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// Problem is something wrong in a file being imported, placed as the user
// sees it: file, sheet, row and column. An error stops the import; a
// warning (Warning set) is shown and the import goes on.
type Problem struct {
	File    string
	Sheet   string  // an .xlsx file's sheet, "" otherwise
	Heading Heading // a Word document's heading the problem is under; zero otherwise
	Row     int     // as the spreadsheet numbers it (a Word document: the paragraph under Heading); 0 for the file as a whole
	Column  string  // the header as the file writes it (or the JSON field); "" for the row as a whole
	Key     string  // the message, in the catalogue of messages.go
	Args    []any   // its arguments; a model.Error or a value with a Label(model.Language) method is written in the message's language
	Warning bool
}

// Message returns where the problem is and what it is, in l:
// "förslag.csv, rad 9, kolumn Kostnad: …".
func (p Problem) Message(l model.Language) string {
	where := []string{place(Record{File: p.File, Sheet: p.Sheet, Heading: p.Heading, Row: p.Row}).Label(l)}
	switch {
	case p.Column != "" && p.Heading.Level > 0:
		where = append(where, word(l, "field")+" "+p.Column)
	case p.Column != "":
		where = append(where, word(l, "column")+" "+p.Column)
	}
	args := make([]any, len(p.Args))
	for i, a := range p.Args {
		switch v := a.(type) {
		case error:
			a = strings.TrimSuffix(model.ErrorMessage(v, l), ".")
		case labeler:
			a = v.Label(l)
		}
		args[i] = a
	}
	tmpl, ok := messages[l][p.Key]
	if !ok {
		tmpl = messages[model.English][p.Key]
	}
	return strings.Join(where, ", ") + ": " + fmt.Sprintf(tmpl, args...)
}

// Problems is every error found in the files of one import; as an error
// it stands for them all.
type Problems []Problem

// Error returns the English messages, one a line.
func (ps Problems) Error() string { return ps.Message(model.English) }

// Message returns the messages in l, one a line.
func (ps Problems) Message(l model.Language) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Message(l)
	}
	return strings.Join(lines, "\n")
}

// sort orders the problems by file, sheet and row, keeping the order of
// those at one place.
func (ps Problems) sort() {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Sheet, b.Sheet), cmp.Compare(a.Heading.At, b.Heading.At), cmp.Compare(a.Row, b.Row))
	})
}

// AsProblems returns the problems an import error carries, or nil.
func AsProblems(err error) Problems {
	var ps Problems
	if errors.As(err, &ps) {
		return ps
	}
	return nil
}

func word(l model.Language, key string) string { return messages[l]["word."+key] }

// labeler is an argument with a text in each language, such as a place in
// another file.
type labeler interface{ Label(model.Language) string }
