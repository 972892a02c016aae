package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"io/fs"
	"os"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/document"
	"github.com/styrgrupp/styrgrupp/model/signing"
)

// runSign adds one signature to a PDF, made with the identity in a .p12
// file. Without -o the PDF is signed in place: the signed file is written
// beside it and renamed over it, so an interrupted run leaves the old file.
func runSign(_ context.Context, args []string, stdout, stderr io.Writer) int {
	flags := newFlagSet("sign", stderr)
	idPath := flags.String("id", "", "signeringsidentiteten (.p12)")
	out := flags.String("o", "", "den signerade filen (standard: PDF-filen själv)")
	reason := flags.String("reason", "", "varför du signerar, t.ex. Justering")
	location := flags.String("location", "", "var du signerar, t.ex. kommunens namn")
	lang := langFlag(flags)
	files, ok := parseInterspersed(flags, args)
	if !ok {
		return exitUsage
	}
	l, ok := flagLanguage(stderr, *lang)
	switch {
	case !ok:
		return exitUsage
	case len(files) != 1:
		complain(stderr, l, text(l, "sign_one_file"))
		return exitUsage
	case *idPath == "":
		complain(stderr, l, text(l, "sign_id_required"))
		return exitUsage
	}
	in := files[0]
	// Without -o, or with -o naming the PDF itself, the PDF is signed in
	// place; the identity is never written over.
	if *out != "" && outputRefused(stderr, outfile.Target{Path: *out, Kind: outfile.PDF, Replace: true, Inputs: []string{*idPath}}) {
		return exitUsage
	}
	data, err := os.ReadFile(in)
	if err != nil {
		complain(stderr, l, text(l, "sign_cannot_read", in, pathErr(err, l)))
		return exitUsage
	}
	id, err := loadIdentity(*idPath, stderr)
	if err != nil {
		return failFile(stderr, l, *idPath, err)
	}
	signed, err := document.Sign(data, id, signing.SignOptions{Reason: *reason, Location: *location})
	if err != nil {
		return failFile(stderr, l, in, err)
	}
	target := *out
	if target == "" {
		target = in
	}
	if err := outfile.Write(target, signed); err != nil {
		complain(stderr, l, text(l, "sign_cannot_write", target, pathErr(err, l)))
		return exitUsage
	}
	r, err := signing.Verify(signed)
	n := len(r.Signatures)
	if err != nil || n == 0 {
		return failFile(stderr, l, target, err)
	}
	say(stdout, l, "sign_signed", document.SignerName(r.Signatures[n-1], l), target, n, n)
	return exitOK
}

// langFlag is the --lang flag of the commands whose only language is that
// of their messages; empty, it leaves the language to cliLang.
func langFlag(flags *flag.FlagSet) *string {
	return flags.String("lang", "", msg("cli.flag.lang"))
}

// flagLanguage is the language --lang names, or cliLang without it; it
// says so when the flag names neither sv nor en.
func flagLanguage(stderr io.Writer, lang string) (model.Language, bool) {
	if lang == "" {
		return cliLang, true
	}
	l, ok := model.ParseLanguage(lang)
	if !ok {
		complain(stderr, cliLang, text(cliLang, "document_language", lang))
	}
	return l, ok
}

// parseInterspersed parses flags that may come before, between or after
// the file names, and returns the file names.
func parseInterspersed(flags *flag.FlagSet, args []string) ([]string, bool) {
	var files []string
	for {
		if err := flags.Parse(args); err != nil {
			return nil, false
		}
		if flags.NArg() == 0 {
			return files, true
		}
		files, args = append(files, flags.Arg(0)), flags.Args()[1:]
	}
}

// failFile prints err's message in l after the file it concerns and
// returns the exit code for bad input.
func failFile(stderr io.Writer, l model.Language, path string, err error) int {
	complain(stderr, l, path+": "+model.Printable(model.ErrorMessage(err, l)))
	var e *model.Error
	if !errors.As(err, &e) || e.Err != nil {
		say(stderr, l, "sign_details", model.Printable(err.Error()))
	}
	return exitUsage
}

// pathErr drops the operation and path from an *fs.PathError, which the
// message already names.
func pathErr(err error, l model.Language) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(err, fs.ErrNotExist) {
			return errors.New(text(l, "sign_no_such_file"))
		}
		return pe.Err
	}
	return err
}
