package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/styrgrupp/styrgrupp/model/document"
)

// runVerify checks a PDF's signatures and, with --store, whether the
// group trusts their signers and the fingerprints its manifest names
// against the store (document.Verify). It exits 0 only when every
// signature is valid, the last covers the whole file, every signer is
// trusted (when the group trusts an authority) and every fingerprint
// matches; 1 when something does not hold; 2 when the
// file is not a signed PDF.
func runVerify(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := newFlagSet("verify", stderr)
	storePath := flags.String("store", "", "databasen att jämföra fingeravtrycken med")
	lang := langFlag(flags)
	files, ok := parseInterspersed(flags, args)
	if !ok {
		return exitUsage
	}
	l, ok := flagLanguage(stderr, *lang)
	if !ok {
		return exitUsage
	}
	if len(files) != 1 {
		complain(stderr, l, text(l, "verify_one_file"))
		return exitUsage
	}
	path := files[0]
	data, err := os.ReadFile(path)
	if err != nil {
		complain(stderr, l, text(l, "sign_cannot_read", path, pathErr(err, l)))
		return exitUsage
	}
	// The signatures are printed before the store is opened, so that a
	// store that cannot be opened still leaves them said.
	r, err := document.Verify(ctx, nil, data)
	if err != nil {
		return failFile(stderr, l, path, err)
	}
	printLines(stdout, document.SignatureLines(r.Signatures, l))
	if *storePath != "" {
		if storeMissing(*storePath) {
			complain(stderr, l, text(l, "verify_no_store", *storePath))
			return exitUsage
		}
		s, code := openExisting(*storePath, stderr)
		if s == nil {
			return code
		}
		defer s.Close()
		if r.Trust, err = document.CheckTrust(ctx, s, r.Signatures); err != nil {
			return fail(stderr, err)
		}
		if r.Trust != nil {
			printLines(stdout, r.Trust.Lines(r.Signatures, l))
		}
		c, err := document.CompareWithStore(ctx, s, r.Signatures)
		if err != nil {
			return fail(stderr, err)
		}
		r.Store = &c
		printLines(stdout, c.Lines(l))
	}
	fmt.Fprintln(stdout, r.Verdict(l))
	if !r.OK() {
		return exitFailed
	}
	return exitOK
}

// printLines writes each line.
func printLines(w io.Writer, lines []string) {
	for _, line := range lines {
		fmt.Fprintln(w, line)
	}
}
