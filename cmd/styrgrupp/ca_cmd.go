package main

import (
	"context"
	"encoding/pem"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model/identity"
)

// runCA runs "ca new": it makes a certificate authority for a group whose
// organisation has none, saves it (key and certificate) in a new
// passphrase-protected PKCS#12 file, and its certificate alone beside it
// as PEM, the file that is handed to `trust add`, to readers and to IT.
func runCA(_ context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "new" {
		fmt.Fprint(stderr, msg("cli.error")+" "+msg("cli.ca_usage")+"\n\n", msg("cli.usage"))
		return exitUsage
	}
	fs := newFlagSet("ca new", stderr)
	org := fs.String("org", "", msg("cli.flag.ca_org"))
	out := fs.String("o", "", msg("cli.flag.ca_out"))
	fs.String("lang", "", msg("cli.flag.lang"))
	if err := fs.Parse(args[1:]); err != nil {
		return exitUsage
	}
	switch {
	case fs.NArg() > 0:
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.unknown_argument", fs.Arg(0)))
		return exitUsage
	case strings.TrimSpace(*org) == "":
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.ca_need_org"))
		return exitUsage
	case *out == "":
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.ca_need_out"))
		return exitUsage
	}
	certPath := strings.TrimSuffix(*out, filepath.Ext(*out)) + ".pem"
	if outputRefused(stderr, outfile.Target{Path: *out, Kind: outfile.Identity}) ||
		outputRefused(stderr, outfile.Target{Path: certPath, Kind: outfile.Identity}) {
		return exitUsage
	}
	ca, err := identity.NewCA(*org, time.Now())
	if err != nil {
		return fail(stderr, err)
	}
	if code := saveIdentity(ca, *out, stderr); code != exitOK {
		return code
	}
	if err := writeNew(certPath, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: ca.Certificate.Raw})); err != nil {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.identity_save_failed", certPath, err))
		return exitUsage
	}
	fmt.Fprintln(stdout, msg("cli.ca_saved", ca.Name(), *out, certPath))
	fmt.Fprintln(stdout, msg("cli.ca_valid_until", ca.Certificate.NotAfter.Local().Format(time.DateOnly)))
	fmt.Fprintln(stdout, msg("cli.identity_fingerprint", ca.Fingerprint()))
	fmt.Fprintln(stdout, msg("cli.ca_next", *out))
	return exitOK
}
