package handbook

import (
	"fmt"
	"io/fs"

	"github.com/styrgrupp/styrgrupp/docs"
	"github.com/styrgrupp/styrgrupp/model"
)

// File is the handbook's markdown file in l, as named under docs/.
func File(l model.Language) string {
	if l == model.English {
		return "handbook.md"
	}
	return "handbok.md"
}

// Source is the handbook's markdown text in l.
func Source(l model.Language) (string, error) {
	b, err := fs.ReadFile(docs.Handbook, File(l))
	if err != nil {
		return "", fmt.Errorf("handbook: %w", err)
	}
	return string(b), nil
}

// Blocks is the handbook in l, parsed.
func Blocks(l model.Language) ([]Block, error) {
	md, err := Source(l)
	if err != nil {
		return nil, err
	}
	return Parse(md), nil
}

// ImageData is the bytes of an image the handbook names by its path
// (img/sv-meetings.png).
func ImageData(src string) ([]byte, error) {
	b, err := fs.ReadFile(docs.Handbook, src)
	if err != nil {
		return nil, fmt.Errorf("handbook: image %s: %w", src, err)
	}
	return b, nil
}

// Anchors lists the anchors of the headings in blocks, in order.
func Anchors(blocks []Block) []string {
	var out []string
	for _, b := range blocks {
		if b.Kind == Heading {
			out = append(out, b.Slug)
		}
	}
	return out
}
