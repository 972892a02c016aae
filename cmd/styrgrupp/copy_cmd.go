package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// runCopy copies a whole store into a new one: styrgrupp copy --from A
// --to B, each a SQLite file or a postgres:// URL. Every row is copied as
// it is (sqlstore.Copy), the audit log included, in one transaction on
// the target; a target file must not exist, and a target database must
// be empty.
func runCopy(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("copy", stderr)
	from := fs.String("from", "", msg("cli.flag.copy_from"))
	to := fs.String("to", "", msg("cli.flag.copy_to"))
	fs.String("lang", "", msg("cli.flag.lang"))
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	switch {
	case fs.NArg() > 0:
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.unknown_argument", fs.Arg(0)))
		return exitUsage
	case *from == "" || *to == "":
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.copy_need_from_to"))
		return exitUsage
	case *from == *to:
		fmt.Fprintln(stderr, msg("cli.error"), msg("cli.copy_same"))
		return exitUsage
	}
	src, code := openExisting(*from, stderr)
	if src == nil {
		return code
	}
	defer src.Close()
	if !outfile.IsURL(*to) && outputRefused(stderr, outfile.Target{Path: *to, Kind: outfile.Store, Store: *from}) {
		return exitUsage
	}
	where, err := copyInto(ctx, src, *to, stderr)
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintln(stdout, msg("cli.copy_written", src.Path(), where))
	fmt.Fprintln(stdout, msg("cli.backup_check", where))
	return exitOK
}

// copyInto copies src into the store to names, which it opens (a new
// SQLite file is created), and returns the target as its Path gives it,
// without a password. When the copy fails, a file it created is removed:
// nothing is left half written. A server's password is asked for on
// stderr as openAsking does.
func copyInto(ctx context.Context, src store, to string, stderr io.Writer) (string, error) {
	isNew := storeMissing(to)
	dst, err := openAsking(ctx, to, stderr)
	if err != nil {
		return "", err
	}
	where := dst.Path()
	err = sqlstore.Copy(ctx, src.Runner(), dst.Runner(), where, nil)
	err = errors.Join(err, dst.Close())
	if err != nil && isNew && !outfile.IsURL(to) {
		for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
			os.Remove(where + suffix)
		}
	}
	return where, err
}
