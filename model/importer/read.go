package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/styrgrupp/styrgrupp/model"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// MaxProblems is how many errors (and, apart, how many warnings) reading
// one file reports; the rest are counted in a last "…and N more".
const MaxProblems = 100

// maxFileSize bounds the files Read takes, in MB: far above any real
// programme, low enough that a wrong file cannot exhaust the memory.
const maxFileSize = 100

// Extensions are the file name extensions Read takes, in lower case:
// the file dialog offers them, and a file of one of them given to the
// program opens the import.
var Extensions = []string{".xlsx", ".xlsm", ".csv", ".txt", ".tsv", ".json", ".docx", ".docm"}

// ReadFile reads the proposals of the file at path. See Read. What is not
// a regular file (a folder, a named pipe, a device) is refused unopened:
// opening a named pipe waits for a writer, forever.
func ReadFile(path string) (Result, error) {
	f, err := openFile(path)
	if err != nil {
		return Result{File: baseName(path)}, err
	}
	defer f.Close()
	return Read(path, f)
}

// openFile opens the regular file at path for reading, or gives the
// Problems that say why it cannot: not found, unreadable, or not a
// regular file (which is refused unopened).
func openFile(path string) (*os.File, error) {
	failed := func(key string, args ...any) error {
		c := newCollector(baseName(path), "")
		c.fail(0, "", key, args...)
		return c.errors()
	}
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, failed("file_not_found")
	case err != nil:
		return nil, failed("file_unreadable", errText(err))
	case !st.Mode().IsRegular():
		return nil, failed("file_not_regular")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, failed("file_unreadable", errText(err))
	}
	return f, nil
}

// Read reads the proposals and follow-up rows of one file, telling its
// format by the extension of name: .xlsx (also .xlsm), .csv, .txt or .tsv
// as CSV, .json, and .docx (a Word document, docx.go). Every record it returns is normalised
// (model.Content.Normalize) and valid. A CSV file is a proposal table or
// a follow-up table, as its header row says; a workbook may have both, in
// sheets named Förslag and Uppföljning.
//
// The error, when not nil, is Problems: every error found in the file (at
// most MaxProblems of them and a count of the rest), each naming the file
// by its base name and, where there is one, the sheet, row and column.
// Warnings, such as unknown columns, are in Result.Warnings; they do not
// stop an import. Records with errors are left out of the result.
func Read(name string, r io.Reader) (Result, error) {
	base := baseName(name)
	ext := strings.ToLower(filepath.Ext(base))
	c := newCollector(base, "")
	var out tableRows
	switch {
	case slices.Contains(Extensions, ext):
		data, err := readAll(r)
		switch {
		case err != nil:
			c.fail(0, "", "file_unreadable", errText(err))
		case len(data) > maxFileSize<<20:
			c.fail(0, "", "file_too_large", maxFileSize)
		case ext == ".json":
			out.records = readJSON(data, c)
		case ext == ".xlsx" || ext == ".xlsm":
			out = readXLSX(data, c)
		case ext == ".docx" || ext == ".docm":
			out.records = readDocx(data, c)
		default:
			out = readCSV(data, c)
		}
	case ext == "":
		c.fail(0, "", "no_extension")
	default:
		c.fail(0, "", "unsupported_extension", ext)
	}
	res := Result{File: base, Records: out.records, FollowUps: out.followUps, Warnings: c.warnings()}
	if errs := c.errors(); errs != nil {
		return res, errs
	}
	return res, nil
}

// readAll reads r up to one byte past the size limit, in one buffer of
// the file's size when r is a file: a 17 MB file is then not copied
// through ever larger buffers.
func readAll(r io.Reader) ([]byte, error) {
	limit := int64(maxFileSize<<20 + 1)
	var b bytes.Buffer
	if f, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if st, err := f.Stat(); err == nil && st.Size() < limit {
			b.Grow(int(st.Size()) + bytes.MinRead)
		}
	}
	_, err := b.ReadFrom(io.LimitReader(r, limit))
	return b.Bytes(), err
}

// baseName returns the last element of a path written with / or \, so a
// Windows path names its file on any system.
func baseName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	return name
}

// decodeText turns a text file's bytes into UTF-8: UTF-8 with or without a
// byte-order mark, UTF-16 with one (Excel's "Unicode text"), and anything
// that is not valid UTF-8 as Windows-1252, which is what Swedish Excel
// writes as "CSV (semikolonavgränsad)".
// mixedEncoding returns the line of the first byte that is not UTF-8 in
// a file that is otherwise written in UTF-8 (it has a byte-order mark, or
// letters such as å written the UTF-8 way), and 0 when the file is all
// UTF-8 or all something else. Such a file cannot be read right either
// way, so it is refused rather than half garbled.
func mixedEncoding(b []byte) int {
	if utf8.Valid(b) || bytes.HasPrefix(b, []byte("\xff\xfe")) || bytes.HasPrefix(b, []byte("\xfe\xff")) {
		return 0
	}
	utf8Letters := bytes.HasPrefix(b, []byte("\xef\xbb\xbf"))
	bad := -1
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			if bad < 0 {
				bad = i
			}
		case size > 1:
			utf8Letters = true
		}
		if utf8Letters && bad >= 0 {
			return 1 + bytes.Count(b[:bad], []byte("\n"))
		}
		i += max(size, 1)
	}
	return 0
}

func decodeText(b []byte) []byte {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		b = b[3:]
		if utf8.Valid(b) {
			return b
		}
		return bytes.ToValidUTF8(b, []byte("\ufffd"))
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err == nil {
			return out
		}
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err == nil {
			return out
		}
	}
	if utf8.Valid(b) {
		return b
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil { // cannot happen: every byte has a meaning in 1252
		return bytes.ToValidUTF8(b, []byte("\ufffd"))
	}
	return out
}

// collector gathers the problems of one file, keeping the first
// MaxProblems errors and warnings and counting the rest.
type collector struct {
	file, sheet   string
	heading       Heading // the Word document's heading being read
	errs, warns   []Problem
	nErrs, nWarns int
	// failed holds the columns with an error in the record being read, so
	// that validation does not report them again.
	failed map[string]bool
}

func newCollector(file, sheet string) *collector {
	return &collector{file: file, sheet: sheet, failed: map[string]bool{}}
}

// startRecord begins a record; it returns the number of errors so far.
func (c *collector) startRecord() int {
	clear(c.failed)
	return c.nErrs
}

// fail records an error at row and column.
func (c *collector) fail(row int, column, key string, args ...any) {
	c.nErrs++
	c.failed[column] = true
	if len(c.errs) < MaxProblems {
		c.errs = append(c.errs, Problem{File: c.file, Sheet: c.sheet, Heading: c.heading, Row: row, Column: column, Key: key, Args: args})
	}
}

// failErr records err: a valueError with its own message, any other error
// (a model.Error) as "invalid_value".
func (c *collector) failErr(row int, column string, err error) {
	var ve *valueError
	if errors.As(err, &ve) {
		c.fail(row, column, ve.key, ve.args...)
		return
	}
	c.fail(row, column, "invalid_value", err)
}

// warn records a warning at row and column.
func (c *collector) warn(row int, column, key string, args ...any) {
	c.nWarns++
	if len(c.warns) < MaxProblems {
		c.warns = append(c.warns, Problem{File: c.file, Sheet: c.sheet, Heading: c.heading, Row: row, Column: column, Key: key, Args: args, Warning: true})
	}
}

// errors returns the errors, nil when there are none.
func (c *collector) errors() Problems {
	if c.nErrs == 0 {
		return nil
	}
	out := Problems(c.errs)
	if more := c.nErrs - len(c.errs); more > 0 {
		out = append(out, Problem{File: c.file, Sheet: c.sheet, Key: "more_problems", Args: []any{more}})
	}
	return out
}

// warnings returns the warnings.
func (c *collector) warnings() []Problem {
	out := c.warns
	if more := c.nWarns - len(c.warns); more > 0 {
		out = append(out, Problem{File: c.file, Sheet: c.sheet, Key: "more_warnings", Args: []any{more}, Warning: true})
	}
	return out
}

// valueError is a value that cannot be read, with the message that says
// what was expected.
type valueError struct {
	key  string
	args []any
}

func newValueError(key string, args ...any) *valueError { return &valueError{key: key, args: args} }

// Error returns the English message.
func (e *valueError) Error() string { return fmt.Sprintf(messages[model.English][e.key], e.args...) }

// errText is an error's text as a message shows it: valid UTF-8 (a
// damaged file's bytes may be quoted in it), on one line, not too long.
func errText(err error) string {
	s := strings.Join(strings.Fields(strings.ToValidUTF8(err.Error(), "\ufffd")), " ")
	if r := []rune(s); len(r) > 200 {
		s = string(r[:199]) + "…"
	}
	return s
}
