package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
)

var (
	trailerRE   = regexp.MustCompile(`trailer\s*<<\s*/Size (\d+)\s*/Root (\d+) 0 R\s*/Info (\d+) 0 R\s*>>\s*startxref\s*(\d+)\s*%%EOF\s*$`)
	openActRE   = regexp.MustCompile(`/OpenAction \[[^\]]*\]\n?`)
	catalogOpen = []byte("<<\n")
)

// openAt makes doc, a PDF as gofpdf writes it, open at page (from 1),
// top millimetres from the page's top: an incremental update (ISO
// 32000-1 §7.5.6) appends a new version of the catalog whose
// /OpenAction names that place, so the document before it is unchanged
// byte for byte. gofpdf writes page n as object 1+2n, as its own links
// assume.
func openAt(doc []byte, page int, top float64) ([]byte, error) {
	m := trailerRE.FindSubmatch(doc)
	if m == nil || page < 1 {
		return nil, fmt.Errorf("pdf: handbook: no trailer to open page %d from", page)
	}
	size, root, info, prev := string(m[1]), string(m[2]), string(m[3]), string(m[4])
	head := []byte("\n" + root + " 0 obj\n")
	at := bytes.LastIndex(doc, head)
	end := -1
	if at >= 0 {
		end = bytes.Index(doc[at:], []byte("\nendobj"))
	}
	if at < 0 || end < 0 {
		return nil, fmt.Errorf("pdf: handbook: no catalog (object %s)", root)
	}
	dict := doc[at+len(head) : at+end]
	dict = openActRE.ReplaceAll(dict, nil)
	if !bytes.HasPrefix(dict, catalogOpen) {
		return nil, fmt.Errorf("pdf: handbook: the catalog is not a dictionary")
	}
	y := pageH/ptToMM - top/ptToMM
	action := fmt.Sprintf("/OpenAction [%d 0 R /XYZ null %.2f null]\n", 1+2*page, y)
	out := bytes.NewBuffer(append([]byte(nil), doc...))
	if !bytes.HasSuffix(doc, []byte("\n")) {
		out.WriteByte('\n')
	}
	objAt := out.Len()
	fmt.Fprintf(out, "%s 0 obj\n<<\n%s%s\nendobj\n", root, action, dict[len(catalogOpen):])
	xrefAt := out.Len()
	rootN, _ := strconv.Atoi(root)
	fmt.Fprintf(out, "xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n", rootN, objAt)
	fmt.Fprintf(out, "trailer\n<<\n/Size %s\n/Root %s 0 R\n/Info %s 0 R\n/Prev %s\n>>\nstartxref\n%d\n%%%%EOF\n", size, root, info, prev, xrefAt)
	return out.Bytes(), nil
}
