package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Limits bound what Read unpacks, so that a small file cannot take the
// memory or the time of a large one (a zip bomb). The caller chooses
// them; the importer passes the limits it reads workbooks with.
type Limits struct {
	Entries   int    // entries in the zip's directory
	PartBytes int64  // bytes of one part unpacked
	Total     int64  // bytes of all the parts read, unpacked
	Ratio     uint64 // most a part may claim to unpack to per packed byte
	Depth     int    // elements nested in a part
}

// Reason says why Read refused a file.
type Reason int

// Why a file is refused.
const (
	NotZip       Reason = iota + 1 // not a zip archive at all
	NotDocx                        // a zip without word/document.xml
	Macros                         // a macro-enabled document (.docm)
	Encrypted                      // an encrypted (password-protected) document, or an old .doc
	TooMany                        // more entries than Limits.Entries
	PartTooLarge                   // a part past Limits.PartBytes unpacked
	TooLarge                       // the parts together past Limits.Total unpacked
	TooDeep                        // elements nested past Limits.Depth
	Damaged                        // a part that is not well-formed XML, or a zip entry that cannot be read
)

// Error is a refused file: the reason, the part concerned if any, and
// what went wrong.
type Error struct {
	Reason Reason
	Part   string // the zip entry, "" for the file as a whole
	Detail string
}

// Error returns the reason in English.
func (e *Error) Error() string {
	what := map[Reason]string{
		NotZip:       "not a Word document (.docx): not a zip archive",
		NotDocx:      "not a Word document (.docx): it has no word/document.xml",
		Macros:       "a macro-enabled Word document (.docm)",
		Encrypted:    "an encrypted or old-format Word document",
		TooMany:      "too many entries in the zip",
		PartTooLarge: "a part too large unpacked",
		TooLarge:     "too large unpacked",
		TooDeep:      "elements nested too deep",
		Damaged:      "a damaged Word document",
	}[e.Reason]
	if e.Part != "" {
		what += " (" + e.Part + ")"
	}
	if e.Detail != "" {
		what += ": " + e.Detail
	}
	return what
}

// oleMagic starts an OLE compound file: an old .doc, or a .docx encrypted
// with a password, which Office wraps in one.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0}

// Read reads the Word document in data within the limits.
func Read(data []byte, lim Limits) (*Document, error) {
	if bytes.HasPrefix(data, oleMagic) {
		return nil, &Error{Reason: Encrypted}
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, &Error{Reason: NotZip}
	}
	a, err := openArchive(zr, lim)
	if err != nil {
		return nil, err
	}
	return a.document()
}

// archive is a checked zip: its entries by name, and the bytes read so
// far against the limits.
type archive struct {
	lim   Limits
	files map[string]*zip.File // by name with "/" separators, in lower case
	read  int64
}

func openArchive(zr *zip.Reader, lim Limits) (*archive, error) {
	if len(zr.File) > lim.Entries {
		return nil, &Error{Reason: TooMany, Detail: fmt.Sprintf("more than %d entries", lim.Entries)}
	}
	a := &archive{lim: lim, files: make(map[string]*zip.File, len(zr.File))}
	var claimed uint64
	for _, f := range zr.File {
		name := strings.ToLower(strings.ReplaceAll(f.Name, `\`, "/"))
		if f.UncompressedSize64 > f.CompressedSize64*lim.Ratio+1024 || f.UncompressedSize64 > uint64(lim.PartBytes) {
			return nil, &Error{Reason: PartTooLarge, Part: f.Name, Detail: fmt.Sprintf("more than %d MB unpacked", lim.PartBytes>>20)}
		}
		if _, dup := a.files[name]; dup {
			return nil, &Error{Reason: Damaged, Part: f.Name, Detail: "the part is there twice"}
		}
		if strings.HasSuffix(name, "vbaproject.bin") {
			return nil, &Error{Reason: Macros}
		}
		a.files[name] = f
		claimed += f.UncompressedSize64
	}
	if claimed > uint64(lim.Total) {
		return nil, &Error{Reason: TooLarge, Detail: fmt.Sprintf("more than %d MB unpacked", lim.Total>>20)}
	}
	if a.files["word/document.xml"] == nil {
		return nil, &Error{Reason: NotDocx}
	}
	types, err := a.part("[Content_Types].xml")
	if err != nil {
		return nil, err
	}
	if bytes.Contains(bytes.ToLower(types), []byte("macroenabled")) {
		return nil, &Error{Reason: Macros}
	}
	return a, nil
}

// part returns the unpacked bytes of the named part, nil when there is
// none; reading it counts against the limits, whatever the zip's
// directory claims.
func (a *archive) part(name string) ([]byte, error) {
	f := a.files[strings.ToLower(name)]
	if f == nil {
		return nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, &Error{Reason: Damaged, Part: f.Name, Detail: err.Error()}
	}
	defer rc.Close()
	limit := min(a.lim.PartBytes, a.lim.Total-a.read)
	b, err := io.ReadAll(io.LimitReader(rc, limit+1))
	a.read += int64(len(b))
	switch {
	case int64(len(b)) > limit && limit == a.lim.PartBytes:
		return nil, &Error{Reason: PartTooLarge, Part: f.Name, Detail: fmt.Sprintf("more than %d MB unpacked", limit>>20)}
	case int64(len(b)) > limit:
		return nil, &Error{Reason: TooLarge, Detail: fmt.Sprintf("more than %d MB unpacked", a.lim.Total>>20)}
	case err != nil:
		return nil, &Error{Reason: Damaged, Part: f.Name, Detail: err.Error()}
	}
	return b, nil
}

// document reads the parts a document's text needs: the relationships,
// the styles and the numbering, then the body.
func (a *archive) document() (*Document, error) {
	rels, err := a.part("word/_rels/document.xml.rels")
	if err != nil {
		return nil, err
	}
	links, err := readRelationships(rels, a.lim.Depth)
	if err != nil {
		return nil, err
	}
	styleXML, err := a.part("word/styles.xml")
	if err != nil {
		return nil, err
	}
	styles, err := readStyles(styleXML, a.lim.Depth)
	if err != nil {
		return nil, err
	}
	numXML, err := a.part("word/numbering.xml")
	if err != nil {
		return nil, err
	}
	numbering, err := readNumbering(numXML, a.lim.Depth)
	if err != nil {
		return nil, err
	}
	body, err := a.part("word/document.xml")
	if err != nil {
		return nil, err
	}
	b := &bodyReader{styles: styles, numbering: numbering, links: links, depth: a.lim.Depth}
	if err := b.read(body); err != nil {
		return nil, err
	}
	return &b.doc, nil
}
