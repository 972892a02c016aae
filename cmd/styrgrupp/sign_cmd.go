package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
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
	files, ok := parseInterspersed(flags, args)
	if !ok {
		return exitUsage
	}
	switch {
	case len(files) != 1:
		fmt.Fprintln(stderr, "fel: ange en PDF-fil att signera: styrgrupp sign --id ID.p12 FIL.pdf [-o UT.pdf]")
		return exitUsage
	case *idPath == "":
		fmt.Fprintln(stderr, "fel: ange signeringsidentiteten med --id ID.p12 (skapa en med styrgrupp identity new)")
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
		fmt.Fprintf(stderr, "fel: kan inte läsa %s: %v\n", in, pathErr(err))
		return exitUsage
	}
	id, err := loadIdentity(*idPath, stderr)
	if err != nil {
		return failFile(stderr, *idPath, err)
	}
	var signed bytes.Buffer
	opts := signing.SignOptions{Reason: *reason, Location: *location}
	if err := signing.Sign(data, &signed, id, opts); err != nil {
		return failFile(stderr, in, err)
	}
	target := *out
	if target == "" {
		target = in
	}
	if err := outfile.Write(target, signed.Bytes()); err != nil {
		fmt.Fprintf(stderr, "fel: kunde inte skriva %s: %v\n", target, pathErr(err))
		return exitUsage
	}
	r, err := signing.Verify(signed.Bytes())
	n := len(r.Signatures)
	if err != nil || n == 0 {
		return failFile(stderr, target, err)
	}
	fmt.Fprintf(stdout, "%s har signerat %s (signatur %d av %d).\n", signerName(r.Signatures[n-1]), target, n, n)
	return exitOK
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

// failFile prints err's message in Swedish after the file it concerns and
// returns the exit code for bad input.
func failFile(stderr io.Writer, path string, err error) int {
	fmt.Fprintf(stderr, "fel: %s: %s\n", path, model.Printable(model.ErrorMessage(err, model.Swedish)))
	var e *model.Error
	if !errors.As(err, &e) || e.Err != nil {
		fmt.Fprintln(stderr, "  detaljer:", model.Printable(err.Error()))
	}
	return exitUsage
}

// pathErr drops the operation and path from an *fs.PathError, which the
// message already names.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(err, fs.ErrNotExist) {
			return errors.New("filen finns inte")
		}
		return pe.Err
	}
	return err
}

// signerName is the signer as the certificate names them, with the
// organisation.
func signerName(s signing.Signature) string {
	name := s.Name
	if name == "" {
		name = "(okänd)"
	}
	if s.Org != "" {
		name += " (" + s.Org + ")"
	}
	return model.Printable(name)
}
