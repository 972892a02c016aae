package signing

import (
	"fmt"
	"io"
	"reflect"

	"github.com/digitorus/pdf"
)

// xrefEntry is what guard needs of the reader's cross-reference entries,
// which it does not export.
type xrefEntry struct {
	inStream bool
	stream   uint32 // the object stream's number, for an object in one
	offset   int64
}

// xrefEntries reads the reader's cross-reference table by reflection. ok
// is false if the reader's type has changed so that it cannot.
func xrefEntries(rdr *pdf.Reader) (out []xrefEntry, ok bool) {
	defer func() {
		if recover() != nil {
			out, ok = nil, false
		}
	}()
	v := reflect.ValueOf(rdr).Elem().FieldByName("xref")
	for i := 0; i < v.Len(); i++ {
		x := v.Index(i)
		out = append(out, xrefEntry{
			inStream: x.FieldByName("inStream").Bool(),
			stream:   uint32(x.FieldByName("stream").FieldByName("id").Uint()),
			offset:   x.FieldByName("offset").Int(),
		})
	}
	return out, v.IsValid()
}

// maxObjStm bounds the decoded size of an object stream guard reads.
const maxObjStm = 64 << 20

// guard checks every object the reader may read after it opened data:
// each object at a cross-reference offset, and each object stream.
func guard(data []byte, rdr *pdf.Reader) error {
	entries, ok := xrefEntries(rdr)
	if !ok {
		return fmt.Errorf("cannot read the cross-reference table to check it")
	}
	streams := map[uint32]bool{}
	for _, e := range entries {
		if e.inStream {
			streams[e.stream] = true
			continue
		}
		if e.offset > 0 && e.offset < int64(len(data)) {
			if err := simulate(data, int(e.offset), false); err != nil {
				return fmt.Errorf("object at offset %d: %w", e.offset, err)
			}
		}
	}
	for id := range streams {
		if err := guardObjStm(rdr, entries, id); err != nil {
			return fmt.Errorf("object stream %d: %w", id, err)
		}
	}
	return nil
}

// guardObjStm checks an object stream as the reader reads it: its chain
// of /Extends, its header of N number pairs and each object in it.
func guardObjStm(rdr *pdf.Reader, entries []xrefEntry, id uint32) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = nil // the reader panics here too, which Verify recovers from
		}
	}()
	seen := map[uint32]bool{}
	for int(id) < len(entries) && !entries[id].inStream && !seen[id] {
		seen[id] = true
		strm := resolveNumber(rdr, id)
		if strm.Kind() != pdf.Stream || strm.Key("Type").Name() != "ObjStm" {
			return nil
		}
		data, err := io.ReadAll(io.LimitReader(strm.Reader(), maxObjStm+1))
		if err != nil || len(data) > maxObjStm {
			return fmt.Errorf("cannot be decoded within %d bytes", maxObjStm)
		}
		n, first := strm.Key("N").Int64(), strm.Key("First").Int64()
		if n < 0 || n > int64(len(data)) {
			return errHang // the reader would read N pairs, however many
		}
		if err := guardObjStmData(data, n, first); err != nil {
			return err
		}
		ext := strm.Key("Extends")
		if ext.Kind() != pdf.Stream {
			return nil
		}
		next := ext.GetPtr()
		id = next.GetID()
	}
	if seen[id] {
		return errHang // /Extends goes round in a circle
	}
	return nil
}

// resolveNumber returns object number id as the reader has it.
func resolveNumber(rdr *pdf.Reader, id uint32) pdf.Value {
	xs := rdr.Xref()
	if int(id) >= len(xs) {
		return pdf.Value{}
	}
	p := xs[id].Ptr()
	return rdr.Resolve(p, p)
}

// guardObjStmData reads an object stream's header, n pairs of object
// number and offset, and each object at first plus its offset, where the
// reader allows the end of the data and so would hang on it.
func guardObjStmData(data []byte, n, first int64) error {
	var offsets []int64
	err := func() (err error) {
		s := &sim{data: data, allowEOF: true}
		defer func() {
			if r := recover(); r == errHang {
				err = errHang
			} else if r != nil && r != (stopRead{}) {
				panic(r)
			}
		}()
		for i := int64(0); i < n; i++ {
			s.readToken()
			if t := s.readToken(); t.kind == tInt {
				offsets = append(offsets, t.i)
			}
		}
		return nil
	}()
	if err != nil {
		return err
	}
	for _, off := range offsets {
		if at := first + off; at >= 0 && at < int64(len(data)) {
			if err := simulate(data, int(at), true); err != nil {
				return err
			}
		}
	}
	return nil
}
