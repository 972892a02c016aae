package signing

import (
	"bytes"
	"fmt"
)

// preguard checks, before the reader opens data, the places it reads
// while opening: each cross-reference table and trailer dictionary, and
// each cross-reference stream that a "startxref" or a /Prev points at.
func preguard(data []byte) error {
	limit := maxObjects(data)
	for _, at := range keywordsAt(data, "xref") {
		if at >= 5 && string(data[at-5:at]) == "start" {
			if err := guardXrefStreams(data, at+4, limit); err != nil {
				return err
			}
			continue
		}
		if err := guardXrefTable(data, at+4, limit); err != nil {
			return err
		}
	}
	for _, at := range keywordsAt(data, "trailer") {
		if err := simulate(data, at+len("trailer"), false); err != nil {
			return err
		}
	}
	return nil
}

// maxObjects bounds the object numbers a cross-reference section may
// name: the reader allocates a table entry for every number up to the
// highest. No file has more objects than twice its bytes.
func maxObjects(data []byte) int64 { return 2*int64(len(data)) + 1<<16 }

// keywordsAt returns the offsets of kw in data.
func keywordsAt(data []byte, kw string) []int {
	var out []int
	for from := 0; ; {
		i := bytes.Index(data[from:], []byte(kw))
		if i < 0 {
			return out
		}
		out = append(out, from+i)
		from += i + len(kw)
	}
}

// guardXrefTable reads the subsection headers "first count" of the
// cross-reference table at data[at:] up to "trailer".
func guardXrefTable(data []byte, at int, limit int64) (err error) {
	s := &sim{data: data, pos: at}
	defer func() {
		if r := recover(); r != nil && r != (stopRead{}) {
			panic(r)
		}
	}()
	for {
		first := s.readToken()
		if first.kind != tInt {
			return nil // "trailer", or not a table the reader would take
		}
		count := s.readToken()
		if count.kind != tInt {
			return nil
		}
		if first.i < 0 || count.i < 0 || first.i > limit || count.i > limit-first.i {
			return fmt.Errorf("cross-reference subsection %d %d: %w", first.i, count.i, errHang)
		}
		for i := int64(0); i < 3*count.i; i++ {
			s.readToken()
		}
	}
}

// guardXrefStreams reads the offset after "startxref" and the object
// there, and follows /Prev. Where that is a cross-reference stream, its
// /Size, /Index and /W must stay within bounds.
func guardXrefStreams(data []byte, at int, limit int64) error {
	off := int64(-1)
	func() {
		defer func() { _ = recover() }()
		s := &sim{data: data, pos: at}
		if t := s.readToken(); t.kind == tInt {
			off = t.i
		}
	}()
	for seen := map[int64]bool{}; off >= 0 && off < int64(len(data)) && !seen[off]; {
		seen[off] = true
		s := &sim{data: data, pos: int(off)}
		err := func() (err error) {
			defer func() {
				if r := recover(); r == errHang {
					err = errHang
				} else if r != nil && r != (stopRead{}) {
					panic(r)
				}
			}()
			s.readObject()
			return nil
		}()
		if err == nil {
			err = xrefStreamBounds(s, limit)
		}
		if err != nil {
			return fmt.Errorf("cross-reference stream at %d: %w", off, err)
		}
		prev, ok := s.dict["Prev"]
		if !ok || prev.kind != tInt {
			return nil
		}
		off = prev.i
	}
	return nil
}

// xrefStreamBounds checks the numbers the reader sizes its tables and
// buffers by.
func xrefStreamBounds(s *sim, limit int64) error {
	if s.columns > maxColumns {
		return errHang
	}
	if size := s.dict["Size"]; size.kind == tInt && (size.i < 0 || size.i > limit) {
		return errHang
	}
	index := s.arrays["Index"]
	for i := 0; i+1 < len(index); i += 2 {
		if index[i] < 0 || index[i+1] < 0 || index[i] > limit || index[i+1] > limit-index[i] {
			return errHang
		}
	}
	for _, w := range s.arrays["W"] {
		if w < 0 || w > 8 {
			return errHang
		}
	}
	return nil
}
