package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model/identity"
)

// runIdentity runs "identity new": it makes a self-signed signing identity
// and saves it, protected by a passphrase, in a new PKCS#12 file that only
// its owner can read.
func runIdentity(_ context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "new" {
		fmt.Fprint(stderr, "fel: skriv styrgrupp identity new --name NAMN --org ORGANISATION -o ID.p12\n\n", usage)
		return exitUsage
	}
	fs := newFlagSet("identity new", stderr)
	name := fs.String("name", "", "namnet på den som ska signera")
	org := fs.String("org", "", "organisationen, t.ex. kommunens namn")
	out := fs.String("o", "", "filen att spara identiteten i (.p12)")
	if err := fs.Parse(args[1:]); err != nil {
		return exitUsage
	}
	switch {
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "fel: okänt argument %q\n", fs.Arg(0))
		return exitUsage
	case *name == "":
		fmt.Fprintln(stderr, "fel: ange namnet på den som ska signera med --name")
		return exitUsage
	case *out == "":
		fmt.Fprintln(stderr, "fel: ange filen att spara identiteten i med -o, t.ex. -o namn.p12")
		return exitUsage
	}
	if outputRefused(stderr, outfile.Target{Path: *out, Kind: outfile.Identity}) {
		return exitUsage
	}
	id, err := identity.New(*name, *org, time.Now())
	if err != nil {
		return fail(stderr, err)
	}
	pass, err := newPassphrase(*out, stderr)
	if errors.Is(err, errPassphraseMismatch) {
		fmt.Fprintln(stderr, "fel: lösenfraserna är olika; ingen identitet sparades")
		return exitUsage
	} else if err != nil {
		fmt.Fprintln(stderr, "fel: kunde inte läsa lösenfrasen:", err)
		return exitUsage
	}
	data, err := id.Encode(pass)
	if err != nil {
		return fail(stderr, err)
	}
	if err := writeNew(*out, data); err != nil {
		fmt.Fprintf(stderr, "fel: kunde inte spara %s: %v\n", *out, err)
		return exitUsage
	}
	who := id.Name()
	if id.Org() != "" {
		who += " (" + id.Org() + ")"
	}
	fmt.Fprintf(stdout, "Signeringsidentiteten för %s är sparad i %s.\n", who, *out)
	fmt.Fprintf(stdout, "Certifikatet är självsignerat och gäller till %s.\n", id.Certificate.NotAfter.Local().Format(time.DateOnly))
	fmt.Fprintf(stdout, "Fingeravtryck (SHA-256): %s\n", id.Fingerprint())
	fmt.Fprintln(stdout, "Lämna fingeravtrycket till dem som ska kontrollera dina signaturer; `styrgrupp verify` visar det för varje signatur.")
	return exitOK
}

// writeNew writes data to a file that must not exist yet, readable by its
// owner only; on failure it leaves no file behind.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, outfile.Mode)
	if err != nil {
		return err
	}
	if _, err = f.Write(data); err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(path)
	}
	return err
}
