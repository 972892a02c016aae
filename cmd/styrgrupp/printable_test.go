package main

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportPrintsNoTerminalEscapes: issue 11, hole 9. An import printed
// text from the file as it was, so a header or a title could colour the
// terminal, set its title or reorder a line. Every line printed now has
// such characters escaped, and the title is stored without them.
func TestImportPrintsNoTerminalEscapes(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "s.db")
	write := func(name, text string) string {
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return file
	}
	first := write("första.csv", "Ref;Titel;\x1b]2pwn\x07Extra\u202e\r\n1;\x1b[31mRöd\x1b[0m titel;x\r\n")
	second := write("andra.csv", "Ref;Titel\r\n1;\x1b[32mGrön\u202e\x1b[0m titel\r\n")
	bad := write("fel.json", `{"format_version": 1, "proposals": [{"ref": "2", "title": "`+
		strings.Repeat(`\u001b[31m`, 30)+strings.Repeat("å", 301)+`"}]}`)
	var out strings.Builder
	for _, args := range [][]string{
		{"import", "--store", path, "--create", first},
		{"import", "--store", path, second},
		{"import", "--store", path, bad},
	} {
		_, stdout, stderr := runCLI(args...)
		out.WriteString(stdout + stderr)
	}
	got := out.String()
	if strings.ContainsAny(got, "\x1b\x07\u202e") {
		t.Errorf("raw control characters printed:\n%q", got)
	}
	for _, want := range []string{
		`kolumn \x1b]2pwn\x07Extra\u202e: okänd kolumn`, // the warning names the header, escaped
		"ändrad   1      [32mGrön[0m titel (titel)",     // the title as stored, without the escapes
		`fel.json, rad 1, kolumn title: Texten är för lång: 421 tecken, högst 300`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}

// TestCheckPrintsStoredTextEscaped: check names stored text (here a ref
// changed behind the store's back) with its control characters escaped.
func TestCheckPrintsStoredTextEscaped(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	file := filepath.Join(t.TempDir(), "en.csv")
	if err := os.WriteFile(file, []byte("Ref;Titel\r\n1;Område\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, stdout, stderr := runCLI("import", "--store", path, "--create", file); code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("UPDATE proposals SET ref = '1' || char(27) || '[2J' || char(8238)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	code, stdout, stderr := runCLI("check", "--store", path)
	if code != exitFailed || strings.ContainsAny(stdout+stderr, "\x1b\u202e") || !strings.Contains(stdout, `förslag 1\x1b[2J\u202e:`) {
		t.Fatalf("exit %d, raw control characters or none found:\n%q", code, stdout+stderr)
	}
}
