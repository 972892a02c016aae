// Command puregoimport does what the sqlite3 shell's .import does in the
// import benchmark (.ci/bench), through the pure-Go SQLite the store uses
// (modernc.org/sqlite): it reads a ";"-separated CSV with encoding/csv,
// skips its header and inserts every row into a plain table of text
// columns in a new database, in one transaction with one prepared
// statement, with SQLite's default settings as the shell has them.
//
// It is a second baseline, printed beside the first and not judged: the
// least any import through this SQLite must cost, before validation,
// revisions, the search index and the audit log. With -fts5 the table is
// an FTS5 table with the store's tokenizer instead, as the shell's FTS5
// reference has it: what the search index alone costs through this
// SQLite.
//
// Usage: puregoimport [-fts5] DB CSV
package main

import (
	"database/sql"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	_ "modernc.org/sqlite"
)

func main() {
	fts5 := flag.Bool("fts5", false, "import into an FTS5 table with the store's tokenizer")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: puregoimport [-fts5] DB CSV")
		os.Exit(2)
	}
	n, err := importCSV(flag.Arg(0), flag.Arg(1), *fts5)
	if err != nil {
		fmt.Fprintln(os.Stderr, "puregoimport:", err)
		os.Exit(1)
	}
	fmt.Println(n)
}

// importCSV loads the CSV at path into a new table proposals_plain of db
// (an FTS5 table when fts5 is set) and returns the rows it inserted.
func importCSV(db, path string, fts5 bool) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = ';'
	r.ReuseRecord = true
	header, err := r.Read()
	if err != nil {
		return 0, err
	}
	cols := len(header)
	d, err := sql.Open("sqlite", db)
	if err != nil {
		return 0, err
	}
	defer d.Close()
	names := make([]string, cols)
	for i := range names {
		names[i] = fmt.Sprintf("c%d TEXT", i+1)
	}
	create := "CREATE TABLE proposals_plain (" + strings.Join(names, ", ") + ")"
	if fts5 {
		for i := range names {
			names[i] = fmt.Sprintf("c%d", i+1)
		}
		create = "CREATE VIRTUAL TABLE proposals_plain USING fts5 (" + strings.Join(names, ", ") +
			", tokenize = 'unicode61 remove_diacritics 0')"
	}
	if _, err := d.Exec(create); err != nil {
		return 0, err
	}
	tx, err := d.Begin()
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	stmt, err := tx.Prepare("INSERT INTO proposals_plain VALUES (?" + strings.Repeat(", ?", cols-1) + ")")
	if err != nil {
		return 0, err
	}
	args := make([]any, cols)
	rows := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, err
		}
		for i := range args {
			args[i] = rec[i]
		}
		if _, err := stmt.Exec(args...); err != nil {
			return 0, err
		}
		rows++
	}
	return rows, tx.Commit()
}
