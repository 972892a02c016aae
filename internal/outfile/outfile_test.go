package outfile

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestSniff(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name string
		data string
		want Kind
	}{
		{"a.db", "SQLite format 3\x00rest", Store},
		{"a.bin", "\x30\x82\x01\x00\x02\x01\x03rest", Identity},
		{"a.p12", "anything", Identity},
		{"a.pdf", "%PDF-1.7\n", PDF},
		{"a.json", "\uFEFF  {\"x\": 1}", JSON},
		{"a.csv", "Ref;Titel\n1;Å\n", CSV},
		{"a.zip", "PK\x03\x04\x00\x00", 0},
		{"a.docx", "PK\x03\x04\x14\x00\x08\x00[Content_Types].xml\x00\x00PK\x03\x04word/document.xml", DOCX},
		{"a.xlsx", "PK\x03\x04\x14\x00\x08\x00[Content_Types].xml\x00\x00PK\x03\x04xl/workbook.xml", 0},
		{"a.txt", "", empty},
		{"key", "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n", Identity},
		{"id_ed25519", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n", Identity},
		{"k8", "-----BEGIN PRIVATE KEY-----\nMIIE\n", Identity},
		{"cert.pem", "-----BEGIN CERTIFICATE-----\n", Identity},
		{"blank.csv", "  \n\n", CSV},
	} {
		path := filepath.Join(dir, c.name)
		if err := os.WriteFile(path, []byte(c.data), 0o600); err != nil {
			t.Fatal(err)
		}
		if got, err := sniff(path); err != nil || got != c.want {
			t.Errorf("%s: %v %v, want %v", c.name, got, err, c.want)
		}
	}
}

func TestCheckNewAndReplaced(t *testing.T) {
	dir := t.TempDir()
	pdf := filepath.Join(dir, "a.pdf")
	if err := Check(Target{Path: pdf, Kind: PDF}); err != nil {
		t.Errorf("a new file: %v", err)
	}
	if err := Write(pdf, []byte("%PDF-1.7\n")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(pdf); st.Mode().Perm() != Mode {
		t.Errorf("mode %v", st.Mode().Perm())
	}
	if err := Check(Target{Path: pdf, Kind: PDF, Replace: true}); err != nil {
		t.Errorf("replacing a PDF: %v", err)
	}
	if err := Check(Target{Path: pdf, Kind: PDF}); model.ErrorCode(err) != model.EConflict {
		t.Errorf("without Replace: %v", err)
	}
	if err := Check(Target{Path: pdf, Kind: JSON, Replace: true}); model.ErrorCode(err) != model.EInvalid {
		t.Errorf("a PDF as JSON: %v", err)
	}
}

func TestIsURLTellsADatabaseFromAFile(t *testing.T) {
	for arg, want := range map[string]bool{
		"postgres://u@h/db": true, "PostgreSQL://h/db": true, "postgresql://h/db?sslmode=disable": true,
		"styrgrupp.db": false, "postgres.db": false, "./postgres://x": false, "": false,
	} {
		if got := IsURL(arg); got != want {
			t.Errorf("IsURL(%q) = %v", arg, got)
		}
	}
}

// A store given by URL is no path: an output is not compared with it,
// though the URL read as a path would name the output file.
func TestCheckDoesNotTakeAStoreURLForAFile(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := Check(Target{Path: "postgres:/h/db", Kind: JSON, Store: "postgres://h/db"}); err != nil {
		t.Errorf("Check = %v", err)
	}
}
