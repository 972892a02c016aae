package main

import (
	"bytes"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dump returns every row of every table of the store's file as text, in
// a fixed order, so that two dumps are equal exactly when the contents
// are.
func dump(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	var tables, schema []string
	for rows.Next() {
		var name, stmt string
		if err := rows.Scan(&name, &stmt); err != nil {
			t.Fatal(err)
		}
		tables, schema = append(tables, name), append(schema, stmt)
	}
	rows.Close()
	var b strings.Builder
	b.WriteString(strings.Join(schema, "\n"))
	for _, table := range tables {
		r, err := db.Query(`SELECT * FROM "` + table + `" ORDER BY rowid`)
		if err != nil {
			r, err = db.Query(`SELECT * FROM "` + table + `"`)
		}
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := r.Columns()
		for r.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := r.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%s %q\n", table, vals)
		}
		r.Close()
	}
	return b.String()
}

// An error in row 9,000 of a 10,000-row file stops the import with the
// row named, and leaves the store as it was, row for row and byte for
// byte.
func TestABrokenRowDeepInABigFileLeavesTheStoreAsItWas(t *testing.T) {
	path := demoFile(t)
	var csv bytes.Buffer
	csv.WriteString("Ref;Titel;Sammanfattning;Kostnad\r\n7;Nytt område;Ett område för importen.;\r\n")
	for row := 3; row <= 10000; row++ {
		cost := "125 000"
		if row == 9000 {
			cost = "ungefär en miljon"
		}
		fmt.Fprintf(&csv, "7.%d;Insats %d i det nya området;Text om insatsen;%s\r\n", row-2, row-2, cost)
	}
	file := filepath.Join(t.TempDir(), "stor.csv")
	if err := os.WriteFile(file, csv.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	beforeBytes, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	before := dump(t, path)

	code, stdout, stderr := runCLI("import", "--store", path, file)
	if code != exitUsage {
		t.Fatalf("import exited %d, want %d:\n%s%s", code, exitUsage, stdout, stderr)
	}
	if !strings.Contains(stderr, "stor.csv, rad 9000, kolumn Kostnad") || !strings.Contains(stderr, "ungefär en miljon") {
		t.Errorf("the message does not place the error: %s", stderr)
	}
	if after := dump(t, path); after != before {
		t.Error("the store's contents changed")
	}
	if afterBytes, _ := os.ReadFile(path); !bytes.Equal(beforeBytes, afterBytes) {
		t.Error("the store's file changed")
	}

	// The same file without the error goes in whole.
	fixed := bytes.Replace(csv.Bytes(), []byte("ungefär en miljon"), []byte("1 000 000"), 1)
	if err := os.WriteFile(file, fixed, 0o600); err != nil {
		t.Fatal(err)
	}
	if code, stdout, stderr := runCLI("import", "--store", path, file); code != exitOK || !strings.Contains(stdout, "9999 nya") {
		t.Fatalf("the fixed file: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, stdout, _ := runCLI("import", "--store", path, file); code != exitOK || !strings.Contains(stdout, "0 nya, 0 ändrade, 9999 oförändrade") {
		t.Fatalf("importing it again: exit %d\n%s", code, stdout)
	}
}

func TestImportDryRunWritesNothing(t *testing.T) {
	path := demoFile(t)
	file := filepath.Join(t.TempDir(), "en.json")
	if err := os.WriteFile(file, []byte(`{"format_version": 1, "proposals": [{"ref": "6.9", "title": "Trygghetsvandringar"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	before := dump(t, path)
	code, stdout, stderr := runCLI("import", "--store", path, "--dry-run", file)
	if code != exitOK || !strings.Contains(stdout, "Torrkörning") || !strings.Contains(stdout, "1 nya") {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if dump(t, path) != before {
		t.Error("a dry run changed the store")
	}
}

func TestImportNeedsAFile(t *testing.T) {
	if code, _, stderr := runCLI("import", "--store", "x.db"); code != exitUsage || !strings.Contains(stderr, "minst en fil") {
		t.Fatalf("exit %d, %q", code, stderr)
	}
}

func TestImportRefusesAStoreThatIsNotThere(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "en.csv")
	if err := os.WriteFile(file, []byte("Ref;Titel\r\n1;Område\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	typo := filepath.Join(dir, "stor.db")
	for _, args := range [][]string{{"import", "--store", typo, file}, {"import", "--store", typo, "--create", "--dry-run", file}} {
		if code, _, stderr := runCLI(args...); code != exitUsage || !strings.Contains(stderr, "hittar inte databasen") {
			t.Errorf("%q: exit %d, %q", args, code, stderr)
		}
		if _, err := os.Stat(typo); err == nil {
			t.Fatalf("%q created the store", args)
		}
	}
	if code, stdout, stderr := runCLI("import", "--store", typo, file, "--create"); code != exitOK || !strings.Contains(stdout, "1 nya") {
		t.Fatalf("--create after the file: exit %d\n%s%s", code, stdout, stderr)
	}
}

// TestImportSilentLossRefused: input that would lose something without a
// word (a JSON key twice, a zip part twice, a shared-string index out of
// range) stops the import with exit 2 and a message at its place.
func TestImportSilentLossRefused(t *testing.T) {
	path := demoFile(t)
	for file, want := range map[string]string{
		"duplicate_proposals.json": "duplicate_proposals.json, kolumn proposals: fältet finns två gånger i samma objekt (andra gången på rad 6 i filen)",
		"duplicate_part.xlsx":      "duplicate_part.xlsx: arbetsboken är skadad (delen xl/worksheets/sheet1.xml finns två gånger)",
		"string_index.xlsx":        "string_index.xlsx, blad Förslag, rad 3, kolumn B: cellen hänvisar till text nummer 7",
	} {
		code, stdout, stderr := runCLI("import", "--store", path, "--dry-run", filepath.Join("..", "..", "model", "importer", "testdata", "bad", file))
		if code != exitUsage || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d\n%s%s", file, code, stdout, stderr)
		}
	}
}
