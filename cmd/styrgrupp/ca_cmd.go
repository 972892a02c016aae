package main

import (
	"context"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model/identity"
)

// runCA runs "ca new" and "ca revoke" (runCARevoke). "ca new" it makes a certificate authority for a group whose
// organisation has none, saves it (key and certificate) in a new
// passphrase-protected PKCS#12 file, and its certificate alone beside it
// as PEM, the file that is handed to `trust add`, to readers and to IT.
func runCA(_ context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "revoke" {
		return runCARevoke(args[1:], stdout, stderr)
	}
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

// runCARevoke runs "ca revoke": it makes a revocation list, signed by the
// authority, of the member certificates given as files (PEM or DER, as
// `identity new --ca` writes them beside the .p12) or by their serial
// numbers, for `trust add`. Each run makes a list of its own; a store
// honours every list it trusts.
func runCARevoke(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("ca revoke", stderr)
	caPath := fs.String("ca", "", msg("cli.flag.identity_ca"))
	out := fs.String("o", "", msg("cli.flag.crl_out"))
	serials := fs.String("serial", "", msg("cli.flag.crl_serial"))
	fs.String("lang", "", msg("cli.flag.lang"))
	files, ok := parseInterspersed(fs, args)
	if !ok {
		return exitUsage
	}
	switch {
	case *caPath == "":
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.crl_need_ca"))
		return exitUsage
	case *out == "":
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.crl_need_out"))
		return exitUsage
	case len(files) == 0 && strings.TrimSpace(*serials) == "":
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.crl_need_certs"))
		return exitUsage
	}
	var revoked []*x509.Certificate
	for _, f := range files {
		c, err := readCertificate(f)
		if err != nil {
			fmt.Fprintln(stderr, msg("cli.error"), msg("cli.crl_not_certificate", f))
			return exitUsage
		}
		revoked = append(revoked, c)
	}
	for _, s := range strings.FieldsFunc(*serials, func(r rune) bool { return r == ',' || r == ' ' }) {
		n, ok := new(big.Int).SetString(strings.ReplaceAll(s, ":", ""), 16)
		if !ok {
			fmt.Fprintln(stderr, msg("cli.error"), msg("cli.crl_bad_serial", s))
			return exitUsage
		}
		revoked = append(revoked, &x509.Certificate{SerialNumber: n})
	}
	if outputRefused(stderr, outfile.Target{Path: *out, Kind: outfile.Identity, Inputs: []string{*caPath}}) {
		return exitUsage
	}
	ca, err := loadIdentity(*caPath, stderr)
	if err != nil {
		return fail(stderr, err)
	}
	now := time.Now()
	der, err := ca.RevocationList(revoked, now.Unix(), now)
	if err != nil {
		return fail(stderr, err)
	}
	if err := writeNew(*out, der); err != nil {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.identity_save_failed", *out, err))
		return exitUsage
	}
	fmt.Fprintln(stdout, msg("cli.crl_saved", len(revoked), ca.Name(), *out))
	return exitOK
}

// readCertificate reads one certificate, PEM or DER, from a file.
func readCertificate(path string) (*x509.Certificate, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if b, _ := pem.Decode(data); b != nil {
		data = b.Bytes
	}
	return x509.ParseCertificate(data)
}
