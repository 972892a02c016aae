package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// readTestRefused reads data and returns the reason it was refused.
func readTestRefused(t *testing.T, data []byte) *Error {
	t.Helper()
	_, err := Read(data, readTestLimits)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("not refused: %v", err)
	}
	return e
}

func TestReadRefuses(t *testing.T) {
	withPart := func(name, text string) []byte {
		parts := readTestParts(p("", "x"))
		parts[name] = text
		return readTestZip(t, parts)
	}
	noDocument := readTestParts("")
	delete(noDocument, "word/document.xml")
	many := readTestParts("")
	for i := range readTestLimits.Entries {
		many[fmt.Sprintf("media/%d.txt", i)] = "x"
	}
	deep := strings.Repeat("<w:sdt><w:sdtContent>", 40) + p("", "djup") + strings.Repeat("</w:sdtContent></w:sdt>", 40)
	for _, c := range []struct {
		name   string
		data   []byte
		reason Reason
		text   string
	}{
		{"text", []byte("Ref;Titel\n1;Ett område\n"), NotZip, "not a zip archive"},
		{"empty", nil, NotZip, "not a zip"},
		{"encrypted", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), Encrypted, "encrypted"},
		{"a workbook", readTestZip(t, map[string]string{"[Content_Types].xml": readTestTypes, "xl/workbook.xml": "<workbook/>"}), NotDocx, "no word/document.xml"},
		{"no document", readTestZip(t, noDocument), NotDocx, "no word/document.xml"},
		{"macro content type", withPart("[Content_Types].xml", strings.Replace(readTestTypes, "document.main+xml", "document.macroEnabled.main+xml", 1)), Macros, ".docm"},
		{"vba project", withPart("word/vbaProject.bin", "\x00\x01"), Macros, ".docm"},
		{"entries", readTestZip(t, many), TooMany, "more than 50 entries"},
		{"part", withPart("word/media/big.txt", strings.Repeat("a", 2<<20)), PartTooLarge, "big.txt"},
		{"deep", readTestZip(t, readTestParts(deep)), TooDeep, "nested more than 64"},
		{"damaged xml", withPart("word/document.xml", "<w:document "+readTestW+"><w:body><w:p></w:body>"), Damaged, "word/document.xml"},
		{"damaged styles", withPart("word/styles.xml", "<w:styles"), Damaged, "word/styles.xml"},
		{"unclosed", withPart("word/document.xml", "<w:document "+readTestW+"><w:body><w:p><w:r>"), Damaged, "word/document.xml"},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := readTestRefused(t, c.data)
			if e.Reason != c.reason || !strings.Contains(e.Error(), c.text) {
				t.Errorf("reason %d %q, want %d with %q", e.Reason, e.Error(), c.reason, c.text)
			}
		})
	}
}

// TestReadBombByTotal: parts that each stay under the part limit but
// together unpack past the total are refused, whatever the zip's
// directory claims, and so is a part that claims less than it holds.
func TestReadBombByTotal(t *testing.T) {
	parts := readTestParts(p("", "x"))
	for i := range 5 {
		parts[fmt.Sprintf("word/media/%d.txt", i)] = strings.Repeat("a", 1<<20-10)
	}
	if e := readTestRefused(t, readTestZip(t, parts)); e.Reason != TooLarge {
		t.Errorf("%v", e)
	}

	lim := readTestLimits
	lim.PartBytes = 4096
	body := p("", strings.Repeat("ord ", 2000))
	_, err := Read(readTestZip(t, readTestParts(body)), lim)
	if e, ok := err.(*Error); !ok || e.Reason != PartTooLarge || e.Part != "word/document.xml" {
		t.Errorf("a document.xml past the part limit: %v", err)
	}
}

// TestReadLyingDirectory: a part whose directory entry claims a small
// size but holds more is refused, not read past the limit.
func TestReadLyingDirectory(t *testing.T) {
	lim := readTestLimits
	lim.PartBytes = 64 << 10
	big := `<w:document ` + readTestW + `><w:body>` + strings.Repeat(p("", "bomb"), 20000) + `</w:body></w:document>`
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, text := range readTestParts("") {
		if name == "word/document.xml" {
			continue
		}
		w, _ := zw.Create(name)
		w.Write([]byte(text))
	}
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Store, UncompressedSize64: 100, CompressedSize64: uint64(len(big)), CRC32: 0})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(big))
	zw.Close()
	_, err = Read(b.Bytes(), lim)
	var e *Error
	if !errors.As(err, &e) || (e.Reason != PartTooLarge && e.Reason != Damaged) {
		t.Errorf("%v", err)
	}
}
