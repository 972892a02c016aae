package pdf

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/sfnt"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/model"
)

// family is the name the embedded Noto Sans is registered under.
const family = "noto"

// addFonts registers Noto Sans in regular, bold and italic with doc, each
// from its own copy of the embedded bytes: gofpdf's subsetting appends to
// the slice it was given, so two documents made at once from one slice
// would race.
func addFonts(doc *gofpdf.Fpdf) error {
	for _, f := range []struct {
		style string
		data  []byte
	}{{"", assets.FontRegular}, {"B", assets.FontBold}, {"I", assets.FontItalic}} {
		doc.AddUTF8FontFromBytes(family, f.style, append([]byte(nil), f.data...))
		// Bad bytes only show later as "undefined font": select the font
		// now, so that the error is reported here.
		doc.SetFont(family, f.style, 10)
		if err := doc.Error(); err != nil {
			return fmt.Errorf("pdf: font Noto Sans %q: %w", f.style, err)
		}
	}
	return nil
}

// coverage records which characters of the Basic Multilingual Plane the
// regular font has a glyph for; bold and italic cover the same.
var coverage struct {
	once sync.Once
	bits [0x10000 / 64]uint64
	err  error
}

func covered(r rune) bool {
	coverage.once.Do(func() {
		f, err := sfnt.Parse(assets.FontRegular)
		if err != nil {
			coverage.err = err
			return
		}
		var buf sfnt.Buffer
		for c := rune(0); c < 0x10000; c++ {
			if g, err := f.GlyphIndex(&buf, c); err == nil && g != 0 {
				coverage.bits[c/64] |= 1 << (c % 64)
			}
		}
	})
	if coverage.err != nil {
		return r < 0x10000 // no table: let gofpdf do what it can
	}
	return r < 0x10000 && coverage.bits[r/64]&(1<<(r%64)) != 0
}

// replacement stands for a character the font cannot show.
const replacement = '\uFFFD'

// substitutes are characters the font lacks that have a plain stand-in.
var substitutes = map[rune]string{
	'\u2212': "-",      // minus sign
	'\u2010': "-",      // hyphen
	'\u2011': "-",      // non-breaking hyphen
	'\u202f': "\u00a0", // narrow no-break space
	'\u2009': " ",      // thin space
	'\t':     "    ",
}

// clean makes text safe to write with gofpdf: Unicode NFC, line breaks as
// "\n", and every character the font has no glyph for replaced by "�":
// characters outside the Basic Multilingual Plane (emoji) make gofpdf's
// MultiCell fail and SplitText panic, and others would print as nothing.
// Variation selectors, joiners and control characters are dropped.
func clean(s string) string {
	s = model.NFC(s)
	ok := true
	for _, r := range s {
		if r == '\n' || r >= ' ' && r < 0x7f {
			continue
		}
		ok = false
		break
	}
	if ok {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prevReplaced := false
	for _, r := range strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n") {
		switch {
		case r == '\n':
			b.WriteRune(r)
		case substitutes[r] != "":
			b.WriteString(substitutes[r])
		case r >= 0xFE00 && r <= 0xFE0F, r == 0x200D, r == 0x200C, r == 0xFEFF,
			unicode.IsControl(r), r >= 0xE0000: // variation selectors, joiners, tags
			continue
		case covered(r):
			b.WriteRune(r)
		default:
			// An emoji with skin tone or a flag is several characters;
			// one mark is enough for it.
			if !prevReplaced {
				b.WriteRune(replacement)
			}
			prevReplaced = true
			continue
		}
		prevReplaced = false
	}
	return b.String()
}

// flow prepares running text for MultiCell: clean, trimmed, and with a
// hyphen that stands for a shared ending ("Kultur- och fritids…") bound to
// the next word by a no-break space. gofpdf breaks lines only at spaces,
// and pdftotext joins a line that ends in a hyphen to the next one
// ("Kulturoch"), so the text would not be found by a search.
func flow(s string) string {
	return strings.ReplaceAll(strings.TrimSpace(clean(s)), "- ", "-\u00a0")
}
