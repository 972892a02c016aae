package signing

import (
	"io"

	"github.com/digitorus/pdf"
)

// maxAttachment is the most of one embedded file Verify reads, and
// maxNameDepth how deep it follows the tree of embedded files' names.
const (
	maxAttachment = 16 << 20
	maxNameDepth  = 8
)

// Attachments returns the embedded files of a PDF's latest revision (the
// catalogue's /Names /EmbeddedFiles) by their names; Styrgrupp's
// documents carry their decisions there (model/pdf.AttachmentName).
func Attachments(data []byte) (map[string][]byte, error) {
	rdr, err := open(data)
	if err != nil {
		return nil, err
	}
	return attachments(rdr), nil
}

// attachments reads the embedded files; one that cannot be read, or is
// larger than maxAttachment, is left out.
func attachments(rdr *pdf.Reader) map[string][]byte {
	out := map[string][]byte{}
	names(rdr.Trailer().Key("Root").Key("Names").Key("EmbeddedFiles"), 0, out)
	return out
}

// names reads one node of a name tree into out: its /Names pairs and,
// to maxNameDepth, its /Kids.
func names(node pdf.Value, depth int, out map[string][]byte) {
	if depth > maxNameDepth || node.Kind() != pdf.Dict {
		return
	}
	pairs := node.Key("Names")
	for i := 0; i+1 < pairs.Len(); i += 2 {
		spec := pairs.Index(i + 1)
		name := spec.Key("UF").Text()
		if name == "" {
			name = spec.Key("F").Text()
		}
		if b, ok := embedded(spec.Key("EF").Key("F")); ok && name != "" {
			out[name] = b
		}
	}
	kids := node.Key("Kids")
	for i := 0; i < kids.Len(); i++ {
		names(kids.Index(i), depth+1, out)
	}
}

// embedded reads an embedded file's stream; the reader panics on some
// broken streams, which counts as unreadable.
func embedded(v pdf.Value) (b []byte, ok bool) {
	defer func() {
		if recover() != nil {
			b, ok = nil, false
		}
	}()
	if v.Kind() != pdf.Stream {
		return nil, false
	}
	b, err := io.ReadAll(io.LimitReader(v.Reader(), maxAttachment+1))
	if err != nil || len(b) > maxAttachment {
		return nil, false
	}
	return b, true
}
