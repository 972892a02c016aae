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

// runDemo writes the demo programme into a new store file, or into an
// empty database on a server.
func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("demo", stderr)
	path := fs.String("store", "", msg("cli.flag.store_new"))
	fs.String("lang", "", msg("cli.flag.lang"))
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *path != "" {
		if _, err := os.Stat(*path); err == nil {
			fmt.Fprintln(stderr, msg("cli.error"), msg("cli.demo_exists", *path))
			return exitUsage
		}
	}
	s, code := openStore(*path, stderr)
	if s == nil {
		return code
	}
	defer s.Close()
	// A server's database is not new the way a file is: one that anything
	// was ever written to (its audit log moved) is not loaded on top of.
	if v, _, err := s.Version(ctx); err != nil {
		return fail(stderr, err)
	} else if v > 0 {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.demo_not_empty", s.Path()))
		return exitUsage
	}
	if err := demo.Load(ctx, s, assets.Demo); err != nil {
		return fail(stderr, err)
	}
	shown := *path
	if outfile.IsURL(shown) {
		shown = s.Path() // without the password
	}
	fmt.Fprintln(stdout, msg("cli.demo_written", shown))
	return exitOK
}

// runCheck checks the store's integrity, foreign keys, audit chain and
// the minutes frozen at each sign-off.
func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", stderr)
	path := fs.String("store", "", msg("cli.flag.store_check"))
	fs.String("lang", "", msg("cli.flag.lang"))
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *path != "" && storeMissing(*path) {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.file_not_found", *path))
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
		fmt.Fprintln(stdout, msg("cli.check_integrity"), model.Printable(line))
	}
	for _, line := range r.ForeignKeys {
		fmt.Fprintln(stdout, msg("cli.check_foreign_key"), model.Printable(line))
	}
	for _, line := range r.Minutes {
		fmt.Fprintln(stdout, msg("cli.check_minutes"), line)
	}
	if b := r.Chain; b != nil && b.Reason == "missing" {
		fmt.Fprintln(stdout, msg("cli.check_unlogged", b.Seq, model.Printable(r.Unlogged)))
	} else if b != nil {
		fmt.Fprintln(stdout, msg("cli.check_broken", b.Seq, msg("cli.check_chain."+b.Reason)))
	}
	if !r.OK() {
		fmt.Fprintln(stdout, msg("cli.check_failed"))
		return exitFailed
	}
	fmt.Fprintln(stdout, msg("cli.check_ok", r.AuditRows))
	return exitOK
}

// runExport writes every proposal with its decisions as JSON or CSV, or
// the proposals as a Word document in the template's form, its labels in
// the command line's language.
func runExport(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("export", stderr)
	path := fs.String("store", "", msg("cli.flag.store"))
	format := fs.String("format", "json", msg("cli.flag.format"))
	out := fs.String("o", "", msg("cli.flag.out_stdout"))
	fs.String("lang", "", msg("cli.flag.lang"))
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	f := document.ExportFormat(*format)
	kind, ok := document.ExportFormats[f]
	if !ok {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.unknown_format", *format))
		return exitUsage
	}
	if *out != "" && outputRefused(stderr, outfile.Target{Path: *out, Kind: kind, Replace: true, Store: *path}) {
		return exitUsage
	}
	s, code := openExisting(*path, stderr)
	if s == nil {
		return code
	}
	defer s.Close()
	if *out == "" {
		if _, err := document.Export(ctx, s, f, cliLang, stdout); err != nil {
			return fail(stderr, err)
		}
		return exitOK
	}
	if _, err := document.WriteExport(ctx, s, f, cliLang, outfile.Target{Path: *out, Store: *path}); err != nil {
		return writeFailed(stderr, *out, err)
	}
	return exitOK
}
