package signing

import (
	"bytes"
	"fmt"

	"github.com/digitorus/pdf"

	"github.com/styrgrupp/styrgrupp/model"
)

// open parses data as a PDF. github.com/digitorus/pdf panics on some
// malformed files; a panic, like an error, means "not a PDF". On others it
// would never finish, so open first checks, with preguard and guard, the
// objects the reader will read (see lexsim.go).
func open(data []byte) (rdr *pdf.Reader, err error) {
	defer func() {
		if r := recover(); r != nil {
			rdr, err = nil, &model.Error{Code: model.EInvalid, Key: "signing_not_pdf", Err: fmt.Errorf("%v", r)}
		}
	}()
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		return nil, model.Errorf(model.EInvalid, "signing_not_pdf")
	}
	if err := preguard(data); err != nil {
		return nil, &model.Error{Code: model.EInvalid, Key: "signing_not_pdf", Err: err}
	}
	rdr, err = pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, &model.Error{Code: model.EInvalid, Key: "signing_not_pdf", Err: err}
	}
	if err := guard(data, rdr); err != nil {
		return nil, &model.Error{Code: model.EInvalid, Key: "signing_not_pdf", Err: err}
	}
	if rdr.Trailer().Key("Root").Kind() != pdf.Dict {
		return nil, model.Errorf(model.EInvalid, "signing_not_pdf")
	}
	return rdr, nil
}

// Keywords returns the Keywords of a PDF's document information, as its
// latest revision has them. Styrgrupp keeps its manifest there (see
// model/pdf.ParseManifest).
func Keywords(data []byte) (string, error) {
	rdr, err := open(data)
	if err != nil {
		return "", err
	}
	return keywords(rdr), nil
}

func keywords(rdr *pdf.Reader) (s string) {
	defer func() {
		if recover() != nil {
			s = ""
		}
	}()
	return rdr.Trailer().Key("Info").Key("Keywords").Text()
}

// sigObject is a signature dictionary found in the file, with the name of
// the form field that holds it, if one does.
type sigObject struct {
	value pdf.Value
	id    uint32
	field string
}

// findSignatures returns the signature dictionaries of the file's latest
// revision: every object that is a signature (/Type /Sig, or a dictionary
// with /ByteRange and /Contents), whether or not a form field points at it,
// so that a signature cut loose from the form still shows. Objects that do
// not parse are skipped.
func findSignatures(rdr *pdf.Reader) []sigObject {
	fields := fieldNames(rdr)
	var out []sigObject
	for _, x := range rdr.Xref() {
		ptr := x.Ptr()
		if ptr.GetID() == 0 {
			continue
		}
		v, ok := func() (v pdf.Value, ok bool) {
			defer func() {
				if recover() != nil {
					ok = false
				}
			}()
			return rdr.Resolve(ptr, ptr), true
		}()
		if !ok || v.Kind() != pdf.Dict {
			continue
		}
		isSig := v.Key("Type").Name() == "Sig" ||
			v.Key("ByteRange").Kind() == pdf.Array && v.Key("Contents").Kind() == pdf.String
		if isSig {
			out = append(out, sigObject{value: v, id: ptr.GetID(), field: fields[ptr.GetID()]})
		}
	}
	return out
}

// countSignatures counts the signature dictionaries; 0 for a file that
// does not parse.
func countSignatures(rdr *pdf.Reader) int { return len(findSignatures(rdr)) }

// fieldNames maps the object number of each signature value to the name
// (/T) of the form field that holds it, looking one level into /Kids.
func fieldNames(rdr *pdf.Reader) (names map[uint32]string) {
	names = map[uint32]string{}
	defer func() { _ = recover() }()
	var visit func(f pdf.Value, depth int)
	visit = func(f pdf.Value, depth int) {
		if v := f.Key("V"); f.Key("FT").Name() == "Sig" && v.Kind() == pdf.Dict {
			ptr := v.GetPtr()
			names[ptr.GetID()] = f.Key("T").Text()
		}
		if kids := f.Key("Kids"); depth < 4 {
			for i := 0; i < kids.Len(); i++ {
				visit(kids.Index(i), depth+1)
			}
		}
	}
	fields := rdr.Trailer().Key("Root").Key("AcroForm").Key("Fields")
	for i := 0; i < fields.Len(); i++ {
		visit(fields.Index(i), 0)
	}
	return names
}

// revisionEnds returns where each revision of the file ends: the offset
// just past each "%%EOF" that closes a trailer (preceded by "startxref"
// and an offset), in file order. A revision's end may also take the line
// break after "%%EOF"; both offsets are kept, as [2]int64{bare, withEOL}.
func revisionEnds(data []byte) [][2]int64 {
	var out [][2]int64
	marker := []byte("%%EOF")
	for from := 0; ; {
		i := bytes.Index(data[from:], marker)
		if i < 0 {
			return out
		}
		at := from + i
		from = at + len(marker)
		if !closesTrailer(data[:at]) {
			continue
		}
		end := int64(from)
		withEOL := end
		switch {
		case bytes.HasPrefix(data[from:], []byte("\r\n")):
			withEOL += 2
		case bytes.HasPrefix(data[from:], []byte("\n")), bytes.HasPrefix(data[from:], []byte("\r")):
			withEOL++
		case from < len(data):
			continue // "%%EOF" inside something else
		}
		out = append(out, [2]int64{end, withEOL})
	}
}

// closesTrailer tells whether before ends in "startxref", white space, an
// offset and white space: the lines that come before "%%EOF".
func closesTrailer(before []byte) bool {
	b := bytes.TrimRight(before, " \t\r\n")
	digits := len(b)
	for digits > 0 && b[digits-1] >= '0' && b[digits-1] <= '9' {
		digits--
	}
	if digits == len(b) {
		return false
	}
	b = bytes.TrimRight(b[:digits], " \t\r\n")
	return bytes.HasSuffix(b, []byte("startxref"))
}
