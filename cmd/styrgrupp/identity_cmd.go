package main

import (
	"context"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model/identity"
)

// runIdentity runs "identity new": it makes a signing identity, self-signed
// or, with --ca, issued by the organisation's authority, and saves it,
// protected by a passphrase, in a new PKCS#12 file that only its owner can
// read.
func runIdentity(_ context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "new" {
		fmt.Fprint(stderr, msg("cli.error")+" "+msg("cli.identity_usage")+"\n\n", msg("cli.usage"))
		return exitUsage
	}
	fs := newFlagSet("identity new", stderr)
	name := fs.String("name", "", msg("cli.flag.identity_name"))
	org := fs.String("org", "", msg("cli.flag.identity_org"))
	caPath := fs.String("ca", "", msg("cli.flag.identity_ca"))
	out := fs.String("o", "", msg("cli.flag.identity_out"))
	fs.String("lang", "", msg("cli.flag.lang"))
	if err := fs.Parse(args[1:]); err != nil {
		return exitUsage
	}
	switch {
	case fs.NArg() > 0:
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.unknown_argument", fs.Arg(0)))
		return exitUsage
	case *name == "":
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.identity_need_name"))
		return exitUsage
	case *out == "":
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.identity_need_out"))
		return exitUsage
	case *caPath != "" && *org != "":
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.identity_org_with_ca"))
		return exitUsage
	}
	if outputRefused(stderr, outfile.Target{Path: *out, Kind: outfile.Identity}) {
		return exitUsage
	}
	var id *identity.Identity
	var err error
	if *caPath != "" {
		var ca *identity.Identity
		if ca, err = loadIdentity(*caPath, stderr); err == nil {
			id, err = ca.Issue(*name, time.Now())
		}
	} else {
		id, err = identity.New(*name, *org, time.Now())
	}
	if err != nil {
		return fail(stderr, err)
	}
	if code := saveIdentity(id, *out, stderr); code != exitOK {
		return code
	}
	if !id.SelfSigned() {
		certPath := strings.TrimSuffix(*out, filepath.Ext(*out)) + ".pem"
		if err := writeNew(certPath, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: id.Certificate.Raw})); err == nil {
			fmt.Fprintln(stdout, msg("cli.identity_cert_beside", certPath, fmt.Sprintf("%x", id.Certificate.SerialNumber)))
		}
	}
	who := id.Name()
	if id.Org() != "" {
		who += " (" + id.Org() + ")"
	}
	fmt.Fprintln(stdout, msg("cli.identity_saved", who, *out))
	until := id.Certificate.NotAfter.Local().Format(time.DateOnly)
	if id.SelfSigned() {
		fmt.Fprintln(stdout, msg("cli.identity_valid_until", until))
	} else {
		fmt.Fprintln(stdout, msg("cli.identity_issued_until", id.Certificate.Issuer.CommonName, until))
	}
	fmt.Fprintln(stdout, msg("cli.identity_fingerprint", id.Fingerprint()))
	fmt.Fprintln(stdout, msg("cli.identity_hand_out"))
	return exitOK
}

// saveIdentity asks for the new file's passphrase and writes id to path,
// which must not exist yet; a failure is told on stderr with its exit code.
func saveIdentity(id *identity.Identity, path string, stderr io.Writer) int {
	pass, err := newPassphrase(path, stderr)
	if errors.Is(err, errPassphraseMismatch) {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.passphrases_differ"))
		return exitUsage
	} else if err != nil {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.passphrase_unreadable"), err)
		return exitUsage
	}
	data, err := id.Encode(pass)
	if err != nil {
		return fail(stderr, err)
	}
	if err := writeNew(path, data); err != nil {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.identity_save_failed", path, err))
		return exitUsage
	}
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
