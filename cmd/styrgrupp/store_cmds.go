package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/model/document"
)

// runDemo writes the demo programme into a new store file.
func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("demo", stderr)
	path := fs.String("store", "", "databasfil att skapa")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *path != "" {
		if _, err := os.Stat(*path); err == nil {
			fmt.Fprintf(stderr, "fel: %s finns redan; demodatabasen skrivs bara till en ny fil\n", *path)
			return exitUsage
		}
	}
	s, code := openStore(*path, stderr)
	if s == nil {
		return code
	}
	defer s.Close()
	if err := demo.Load(ctx, s, assets.Demo); err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "Demodatabasen är skriven till %s\n", *path)
	return exitOK
}

// runCheck checks the store's integrity, foreign keys, audit chain and
// the minutes frozen at each sign-off.
func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", stderr)
	path := fs.String("store", "", "databasfil att kontrollera")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if _, err := os.Stat(*path); *path != "" && err != nil {
		fmt.Fprintf(stderr, "fel: hittar inte %s\n", *path)
		return exitUsage
	}
	s, code := openExisting(*path, stderr)
	if s == nil {
		return code
	}
	defer s.Close()
	r, err := s.Check(ctx)
	if err != nil {
		return fail(stderr, err)
	}
	for _, line := range r.Integrity {
		fmt.Fprintln(stdout, "integritet:", model.Printable(line))
	}
	for _, line := range r.ForeignKeys {
		fmt.Fprintln(stdout, "främmande nyckel:", model.Printable(line))
	}
	for _, line := range r.Minutes {
		fmt.Fprintln(stdout, "justerat protokoll:", line)
	}
	if b := r.Chain; b != nil && b.Reason == "missing" {
		fmt.Fprintf(stdout, "granskningsloggen saknar rader efter rad %d: %s har ingen rad i loggen\n", b.Seq, model.Printable(r.Unlogged))
	} else if b != nil {
		fmt.Fprintf(stdout, "granskningsloggen är bruten vid rad %d (%s)\n", b.Seq, chainReason[b.Reason])
	}
	if !r.OK() {
		fmt.Fprintln(stdout, "KONTROLLEN MISSLYCKADES")
		return exitFailed
	}
	fmt.Fprintf(stdout, "ok: integritet, främmande nycklar, granskningsloggen (%d rader) och de justerade protokollen håller\n", r.AuditRows)
	return exitOK
}

var chainReason = map[string]string{
	"hash":     "raden är ändrad",
	"link":     "en tidigare rad är ändrad eller borttagen",
	"sequence": "en rad saknas",
}

// runExport writes every proposal with its decisions as JSON or CSV.
func runExport(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("export", stderr)
	path := fs.String("store", "", "databasfil")
	format := fs.String("format", "json", "json eller csv")
	out := fs.String("o", "", "utfil (standard: standard ut)")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if _, ok := exportKind[*format]; !ok {
		fmt.Fprintf(stderr, "fel: okänt format %q: välj json eller csv\n", *format)
		return exitUsage
	}
	if *out != "" && outputRefused(stderr, outfile.Target{Path: *out, Kind: exportKind[*format], Replace: true, Store: *path}) {
		return exitUsage
	}
	s, code := openExisting(*path, stderr)
	if s == nil {
		return code
	}
	defer s.Close()
	f := document.ExportFormat(*format)
	if *out == "" {
		if _, err := document.Export(ctx, s, f, stdout); err != nil {
			return fail(stderr, err)
		}
		return exitOK
	}
	if _, err := document.WriteExport(ctx, s, f, outfile.Target{Path: *out, Store: *path}); err != nil {
		return writeFailed(stderr, *out, err)
	}
	return exitOK
}

// exportKind is the kind of file each export format writes.
var exportKind = map[string]outfile.Kind{"json": outfile.JSON, "csv": outfile.CSV}
