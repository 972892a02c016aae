package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
)

// runTrust runs "trust add", "trust list" and "trust remove": the
// authorities (and their revocation lists) whose members' signatures the
// group trusts, kept in the store.
func runTrust(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || (args[0] != "add" && args[0] != "list" && args[0] != "remove") {
		fmt.Fprint(stderr, msg("cli.error")+" "+msg("cli.trust_usage")+"\n\n", msg("cli.usage"))
		return exitUsage
	}
	fs := newFlagSet("trust "+args[0], stderr)
	path := fs.String("store", "", msg("cli.flag.store"))
	fs.String("lang", "", msg("cli.flag.lang"))
	if err := fs.Parse(args[1:]); err != nil {
		return exitUsage
	}
	files := fs.Args()
	if args[0] != "list" && len(files) == 0 {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.trust_need_"+args[0]))
		return exitUsage
	}
	if args[0] == "list" && len(files) > 0 {
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.unknown_argument", files[0]))
		return exitUsage
	}
	open := openExisting
	if args[0] != "list" {
		if *path != "" && storeMissing(*path) {
			fmt.Fprintln(stderr, msg("cli.error"), msg("cli.store_not_found", *path))
			return exitUsage
		}
		open = openStore
	}
	s, code := open(*path, stderr)
	if s == nil {
		return code
	}
	defer s.Close()
	switch args[0] {
	case "add":
		return trustAdd(ctx, s, files, stdout, stderr)
	case "remove":
		return trustRemove(ctx, s, files, stdout, stderr)
	}
	return trustList(ctx, s, stdout, stderr)
}

// trustAdd adds each file in turn; the first that is refused stops the
// rest, and those added before it stay.
func trustAdd(ctx context.Context, s model.TrustStore, files []string, stdout, stderr io.Writer) int {
	for _, f := range files {
		data, err := identity.ReadTrustedFile(f)
		if model.ErrorCode(err) == model.EInvalid {
			fmt.Fprintln(stderr, msg("cli.error"), model.ErrorMessage(err, cliLang))
			return exitUsage
		}
		if err != nil {
			fmt.Fprintln(stderr, msg("cli.error"), msg("cli.file_not_found", f))
			return exitUsage
		}
		added, err := identity.AddTrusted(ctx, s, data)
		if err != nil {
			fmt.Fprintln(stderr, msg("cli.error"), f+":", model.ErrorMessage(err, cliLang))
			return exitUsage
		}
		fmt.Fprintln(stdout, msg("cli.trust_added_"+added.Kind, added.Name, model.ShortFingerprint(added.SHA256)))
	}
	return exitOK
}

// trustRemove removes the trusted files named by the start of their
// SHA-256, as trust list shows it.
func trustRemove(ctx context.Context, s model.TrustStore, prefixes []string, stdout, stderr io.Writer) int {
	all, err := s.TrustedFiles(ctx)
	if err != nil {
		return fail(stderr, err)
	}
	for _, p := range prefixes {
		p = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(p), ":", ""))
		var found []model.TrustedFile
		for _, f := range all {
			if len(p) >= 8 && strings.HasPrefix(f.SHA256, p) {
				found = append(found, f)
			}
		}
		if len(found) != 1 {
			fmt.Fprintln(stderr, msg("cli.error"), msg("cli.trust_remove_which", p))
			return exitUsage
		}
		if err := s.RemoveTrustedFile(ctx, found[0].ID); err != nil {
			return fail(stderr, err)
		}
		fmt.Fprintln(stdout, msg("cli.trust_removed", found[0].Name, model.ShortFingerprint(found[0].SHA256)))
	}
	return exitOK
}

// trustList shows each trusted file: its kind, name, fingerprint and
// when and by whom it was added.
func trustList(ctx context.Context, s model.TrustStore, stdout, stderr io.Writer) int {
	all, err := s.TrustedFiles(ctx)
	if err != nil {
		return fail(stderr, err)
	}
	if len(all) == 0 {
		fmt.Fprintln(stdout, msg("cli.trust_none"))
		return exitOK
	}
	for _, f := range all {
		fmt.Fprintln(stdout, msg("cli.trust_line_"+f.Kind, f.Name, f.SHA256, f.AddedAt.Local().Format("2006-01-02"), f.AddedBy))
	}
	return exitOK
}
