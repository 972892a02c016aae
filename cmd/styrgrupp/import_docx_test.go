package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A Word document saved by LibreOffice Writer imports from the command
// line, and again as unchanged; a file that only calls itself .docx is
// refused with the file named; a .docx given alone opens the import.
func TestImportWordDocument(t *testing.T) {
	store := filepath.Join(t.TempDir(), "s.db")
	doc := filepath.Join("..", "..", "model", "importer", "testdata", "docx", "team_sv.docx")
	if code, stdout, stderr := runCLI("import", "--store", store, "--create", doc); code != exitOK || !strings.Contains(stdout, "3 nya") {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if code, stdout, stderr := runCLI("import", "--store", store, doc); code != exitOK || !strings.Contains(stdout, "0 nya, 0 ändrade, 3 oförändrade") {
		t.Fatalf("again: exit %d\n%s%s", code, stdout, stderr)
	}
	fake := filepath.Join(t.TempDir(), "förslag.docx")
	if err := os.WriteFile(fake, []byte("Ref;Titel\r\n1;Område\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI("import", "--store", store, fake)
	if want := "förslag.docx: filen är inget Word-dokument (.docx)"; code != exitUsage || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, %q, want %q", code, stderr, want)
	}
	if !importable(doc) || !importable(fake) {
		t.Error("a .docx does not open the import")
	}
}
