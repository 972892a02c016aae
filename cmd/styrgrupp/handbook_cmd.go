package main

import (
	"context"
	"io"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pdf"
)

// runHandbook writes the user's handbook as a PDF (styrgrupp handbook -o
// handbok.pdf [--lang en]): the same document Hjälp → Handbok opens.
func runHandbook(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("handbook", stderr)
	out := fs.String("o", "", msg("cli.flag.handbook_out"))
	langFlag := fs.String("lang", "sv", msg("cli.flag.handbook_lang"))
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	l, ok := model.ParseLanguage(*langFlag)
	if !ok {
		complain(stderr, model.Swedish, text(model.Swedish, "document_language", *langFlag))
		return exitUsage
	}
	if *out == "" {
		complain(stderr, l, text(l, "document_out_required"))
		return exitUsage
	}
	if fs.NArg() > 0 {
		complain(stderr, l, text(l, "cli.handbook_extra", fs.Arg(0)))
		return exitUsage
	}
	target := outfile.Target{Path: *out, Kind: outfile.PDF, Replace: true}
	if outputRefused(stderr, target) {
		return exitUsage
	}
	data, err := pdf.Handbook(l, "")
	if err != nil {
		return failIn(stderr, l, err)
	}
	if err := outfile.Write(*out, data); err != nil {
		return writeFailedIn(stderr, l, *out, err)
	}
	say(stdout, l, "cli.handbook_written", *out)
	return exitOK
}

// handbookMessages are the messages of styrgrupp handbook; they join
// cliMessages before it joins the model's catalogue.
var handbookMessages = map[model.Language]map[string]string{
	model.Swedish: {
		"cli.flag.handbook_out":  "PDF-fil att skriva handboken till",
		"cli.flag.handbook_lang": "handbokens språk: sv eller en",
		"cli.handbook_extra":     "handbook tar inga filer utan -o: %q",
		"cli.handbook_written":   "Handboken är skriven till %s",
	},
	model.English: {
		"cli.flag.handbook_out":  "the PDF file to write the handbook to",
		"cli.flag.handbook_lang": "the handbook's language: sv or en",
		"cli.handbook_extra":     "handbook takes no files without -o: %q",
		"cli.handbook_written":   "The handbook is written to %s",
	},
}

var _ = joinMessages(cliMessages, handbookMessages)
