package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
)

// runBackup writes a copy of the whole store to a new file: styrgrupp
// backup --store FIL -o KOPIA. The store may be open in the window
// meanwhile; the copy is one consistent state of it (sqlite.Store.Backup;
// for a PostgreSQL database a copy into a new SQLite file, pgStore.Backup).
// An existing file is never overwritten.
func runBackup(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("backup", stderr)
	path := fs.String("store", "", msg("cli.flag.store_copy"))
	out := fs.String("o", "", msg("cli.flag.backup_out"))
	fs.String("lang", "", msg("cli.flag.lang"))
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	switch {
	case fs.NArg() > 0:
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.backup_extra_argument", fs.Arg(0)))
		return exitUsage
	case *path == "":
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.need_store"))
		return exitUsage
	case *out == "":
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.backup_need_out"))
		return exitUsage
	}
	if storeMissing(*path) {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.file_not_found", *path))
		return exitUsage
	}
	if outputRefused(stderr, outfile.Target{Path: *out, Kind: outfile.Store, Store: *path}) {
		return exitUsage
	}
	s, code := openExisting(*path, stderr)
	if s == nil {
		return code
	}
	defer s.Close()
	if err := s.Backup(ctx, *out); err != nil {
		return fail(stderr, err)
	}
	size := ""
	if st, err := os.Stat(*out); err == nil {
		size = fmt.Sprintf(" (%s)", byteSize(st.Size()))
	}
	fmt.Fprintln(stdout, msg("cli.backup_written", *out, size))
	fmt.Fprintln(stdout, msg("cli.backup_check", *out))
	return exitOK
}

// byteSize writes a file size in Swedish: 812 byte, 4,2 MB.
func byteSize(n int64) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d %s", n, msg("cli.byte"))
	case n < 1000*1000:
		return commaDecimal(float64(n)/1000, "kB")
	case n < 1000*1000*1000:
		return commaDecimal(float64(n)/1e6, "MB")
	}
	return commaDecimal(float64(n)/1e9, "GB")
}

// commaDecimal writes v with one decimal, with a decimal comma in Swedish.
func commaDecimal(v float64, unit string) string {
	s := fmt.Sprintf("%.1f", v)
	if cliLang == model.Swedish {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s + " " + unit
}
