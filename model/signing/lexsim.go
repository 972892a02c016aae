package signing

import (
	"errors"
	"strconv"
)

// The PDF reader (github.com/digitorus/pdf v0.1.2) loops for ever on some
// damaged files: an array that meets "endobj" before its "]" (readArray
// unreads the keyword and asks again), and, inside object streams, an
// array, a string or a hex string that meets the end of the data. Deep
// nesting overflows its stack, which no recover catches. A one-byte
// change to a signed PDF is enough for the first, as fuzzing found. sim
// reads an object the way that reader does (lex.go) and says whether the
// reader would hang, so Verify can refuse such a file instead.

// errHang says the reader would loop for ever, overflow its stack or ask
// for more memory than there is.
var errHang = errors.New("the PDF reader would not finish reading this object")

// maxDepth bounds the nesting of arrays, dictionaries and object
// definitions; real PDFs stay far below it.
const maxDepth = 500

// tokKind is the kind of a token, as far as the reader's loops care.
type tokKind int

const (
	tEOF tokKind = iota // io.EOF, returned only where the end is allowed
	tKeyword
	tName
	tInt
	tOther // a string, a real or a boolean
)

type tok struct {
	kind tokKind
	s    string // the keyword or the name
	i    int64
}

// sim is a read of one object. Its methods panic with stopRead where the
// reader would panic (which Verify recovers from) and with errHang where
// it would not finish.
type sim struct {
	data     []byte
	pos      int
	allowEOF bool // the reader's allowEOF: set inside object streams
	atEOF    bool // the last readByte found the end
	eof      bool
	unread   []tok
	depth    int
	// dict and arrays hold the last dictionary's entries whose values are
	// single tokens or arrays (of their integers); lastArray the integers
	// of the last array read.
	dict      map[string]tok
	arrays    map[string][]int64
	lastArray []int64
	// columns is the largest /Columns of a predictor seen, for which the
	// reader allocates a row.
	columns int64
}

// maxColumns bounds the /Columns of a PNG predictor.
const maxColumns = 1 << 20

type stopRead struct{}

// simulate reads one object at data[at:] and returns errHang when the
// reader would hang on it, nil otherwise (it reads it, or panics).
func simulate(data []byte, at int, allowEOF bool) (err error) {
	s := &sim{data: data, pos: at, allowEOF: allowEOF}
	defer func() {
		switch r := recover(); r {
		case nil, stopRead{}:
		case errHang:
			err = errHang
		default:
			panic(r)
		}
	}()
	s.readObject()
	if s.columns > maxColumns {
		return errHang
	}
	return nil
}

func (s *sim) readByte() byte {
	if s.pos >= len(s.data) {
		if !s.allowEOF {
			panic(stopRead{})
		}
		s.atEOF, s.eof = true, true
		return '\n'
	}
	s.atEOF = false
	s.pos++
	return s.data[s.pos-1]
}

func (s *sim) unreadByte() {
	if !s.atEOF && s.pos > 0 {
		s.pos--
	}
}

func (s *sim) readToken() tok {
	if n := len(s.unread); n > 0 {
		t := s.unread[n-1]
		s.unread = s.unread[:n-1]
		return t
	}
	c := s.readByte()
	for {
		if isSpace(c) {
			if s.eof {
				return tok{kind: tEOF}
			}
			c = s.readByte()
		} else if c == '%' {
			for c != '\r' && c != '\n' {
				c = s.readByte()
			}
		} else {
			break
		}
	}
	switch c {
	case '<':
		if s.readByte() == '<' {
			return tok{kind: tKeyword, s: "<<"}
		}
		s.unreadByte()
		s.skipHex()
		return tok{kind: tOther}
	case '(':
		s.skipLiteral()
		return tok{kind: tOther}
	case '[', ']', '{', '}':
		return tok{kind: tKeyword, s: string(c)}
	case '/':
		return tok{kind: tName, s: s.word(true)}
	case '>':
		if s.readByte() == '>' {
			return tok{kind: tKeyword, s: ">>"}
		}
		panic(stopRead{}) // a lone ">" is an unexpected delimiter
	}
	if isDelim(c) {
		panic(stopRead{})
	}
	s.unreadByte()
	w := s.word(false)
	if i, err := strconv.ParseInt(w, 10, 64); err == nil && isInteger(w) {
		return tok{kind: tInt, i: i}
	} else if isInteger(w) {
		panic(stopRead{}) // an integer out of range
	}
	if w == "true" || w == "false" || isReal(w) {
		return tok{kind: tOther}
	}
	return tok{kind: tKeyword, s: w}
}

// skipHex reads a hex string; at an allowed end it would spin.
func (s *sim) skipHex() {
	for {
		c := s.readByte()
		if s.eof {
			panic(errHang)
		}
		if c == '>' {
			return
		}
		if isSpace(c) {
			continue
		}
		c2 := s.readByte()
		for isSpace(c2) {
			if s.eof {
				panic(errHang)
			}
			c2 = s.readByte()
		}
		if unhex(c) < 0 || unhex(c2) < 0 {
			panic(stopRead{})
		}
	}
}

// skipLiteral reads a literal string; at an allowed end it would grow for
// ever.
func (s *sim) skipLiteral() {
	for depth := 1; depth > 0; {
		c := s.readByte()
		if s.eof {
			panic(errHang)
		}
		switch c {
		case '(':
			depth++
		case ')':
			depth--
		case '\\':
			s.escape()
		}
	}
}

func (s *sim) escape() {
	switch c := s.readByte(); c {
	case 'n', 'r', 'b', 't', 'f', '(', ')', '\\', '\n':
	case '\r':
		if s.readByte() != '\n' {
			s.unreadByte()
		}
	case '0', '1', '2', '3', '4', '5', '6', '7':
		x := int(c - '0')
		for i := 0; i < 2; i++ {
			c = s.readByte()
			if c < '0' || c > '7' {
				s.unreadByte()
				break
			}
			x = x*8 + int(c-'0')
		}
		if x > 255 {
			panic(stopRead{})
		}
	default:
		panic(stopRead{}) // an invalid escape
	}
}

// word reads a name (with #xx escapes) or a keyword up to a delimiter or
// white space.
func (s *sim) word(isName bool) string {
	var b []byte
	for {
		c := s.readByte()
		if isDelim(c) || isSpace(c) {
			s.unreadByte()
			return string(b)
		}
		if isName && c == '#' {
			x := unhex(s.readByte())<<4 | unhex(s.readByte())
			if x < 0 {
				panic(stopRead{})
			}
			c = byte(x)
		}
		b = append(b, c)
	}
}

func isSpace(b byte) bool {
	switch b {
	case '\x00', '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return false
}

func isDelim(b byte) bool {
	switch b {
	case '<', '>', '(', ')', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func unhex(b byte) int {
	switch {
	case '0' <= b && b <= '9':
		return int(b) - '0'
	case 'a' <= b && b <= 'f':
		return int(b) - 'a' + 10
	case 'A' <= b && b <= 'F':
		return int(b) - 'A' + 10
	}
	return -1
}

// isInteger and isReal are the reader's tests for numbers.
func isInteger(s string) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || '9' < c {
			return false
		}
	}
	return true
}

func isReal(s string) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	dots := 0
	for _, c := range s {
		if c == '.' {
			dots++
		} else if c < '0' || '9' < c {
			return false
		}
	}
	return dots == 1
}
