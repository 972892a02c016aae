// Command puregoimport does what the sqlite3 shell's .import does in the
// import benchmark (.ci/bench), through the pure-Go SQLite the store uses
// (modernc.org/sqlite): it reads a ";"-separated CSV with encoding/csv,
// skips its header and inserts every row into a plain table of text
// columns in a new database, in one transaction with one prepared
// statement, with SQLite's default settings as the shell has them.
//
// It is a second baseline, printed beside the first and not judged: the
// least any import through this SQLite must cost, before validation,
// revisions, the search index and the audit log.
//
// Usage: puregoimport DB CSV
package main

import (
	"database/sql"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strings"

	_ "modernc.org/sqlite"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: puregoimport DB CSV")
		os.Exit(2)
	}
	n, err := importCSV(os.Args[1], os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, "puregoimport:", err)
		os.Exit(1)
	}
	fmt.Println(n)
}

// importCSV loads the CSV at path into a new table proposals_plain of db
// and returns the rows it inserted.
func importCSV(db, path string) (int, error) {
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
	if _, err := d.Exec("CREATE TABLE proposals_plain (" + strings.Join(names, ", ") + ")"); err != nil {
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
