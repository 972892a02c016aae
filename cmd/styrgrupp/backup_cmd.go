package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
)

// runBackup writes a copy of the whole store to a new file: styrgrupp
// backup --store FIL -o KOPIA. The store may be open in the window
// meanwhile; the copy is one consistent state of it (sqlite.Store.Backup).
// An existing file is never overwritten.
func runBackup(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("backup", stderr)
	path := fs.String("store", "", "databasfil att kopiera")
	out := fs.String("o", "", "kopians fil, som inte får finnas")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	switch {
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "fel: okänt argument %q; ange kopians fil med -o KOPIA\n", fs.Arg(0))
		return exitUsage
	case *path == "":
		fmt.Fprintln(stderr, "fel: ange databasen med --store FIL")
		return exitUsage
	case *out == "":
		fmt.Fprintln(stderr, "fel: ange kopians fil med -o KOPIA")
		return exitUsage
	}
	if _, err := os.Stat(*path); err != nil {
		fmt.Fprintf(stderr, "fel: hittar inte %s\n", *path)
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
	fmt.Fprintf(stdout, "Säkerhetskopian är skriven till %s%s.\n", *out, size)
	fmt.Fprintf(stdout, "Den öppnas som vilken databas som helst; kontrollera den med: styrgrupp check --store %s\n", *out)
	return exitOK
}

// byteSize writes a file size in Swedish: 812 byte, 4,2 MB.
func byteSize(n int64) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d byte", n)
	case n < 1000*1000:
		return commaDecimal(float64(n)/1000, "kB")
	case n < 1000*1000*1000:
		return commaDecimal(float64(n)/1e6, "MB")
	}
	return commaDecimal(float64(n)/1e9, "GB")
}

// commaDecimal writes v with one decimal and a decimal comma.
func commaDecimal(v float64, unit string) string {
	return strings.Replace(fmt.Sprintf("%.1f", v), ".", ",", 1) + " " + unit
}
