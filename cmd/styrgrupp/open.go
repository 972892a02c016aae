package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"golang.org/x/term"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pgurl"
	"github.com/styrgrupp/styrgrupp/model/postgres"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// store is a store of either adapter, as the commands use it: besides
// model.Store, the Runner that styrgrupp copy copies through.
type store interface {
	model.Store
	Runner() sqlstore.Runner
}

var (
	_ store = (*sqlite.Store)(nil)
	_ store = pgStore{}
)

// pgStore is a PostgreSQL store whose Backup, in the window as on the
// command line, writes a new SQLite file: a copy (copyInto) of the
// database.
type pgStore struct{ *postgres.Store }

// Backup copies the database into a new SQLite file at path; an existing
// file is refused (EConflict backup_exists) and left as it is.
func (s pgStore) Backup(ctx context.Context, path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return model.Wrap(err, "backup_failed", path)
	}
	if _, err := os.Lstat(abs); !errors.Is(err, fs.ErrNotExist) {
		return model.Errorf(model.EConflict, "backup_exists", abs)
	}
	_, err = copyInto(ctx, s, abs, io.Discard)
	return err
}

// openAny opens the store that --store names: a PostgreSQL database for a
// postgres:// URL (outfile.IsURL), else the SQLite file at that path,
// created when it does not exist.
func openAny(ctx context.Context, arg string) (store, error) {
	if outfile.IsURL(arg) {
		s, err := postgres.Open(ctx, arg)
		if err != nil {
			return nil, err
		}
		return pgStore{s}, nil
	}
	s, err := sqlite.Open(arg)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// passwordTries is how many times a password is asked for before the
// command gives up.
const passwordTries = 3

// openAsking opens the store as openAny does. When a PostgreSQL server
// wants a password that neither the URL, PGPASSWORD nor the password file
// (~/.pgpass, or the file PGPASSFILE names) gave, it asks for it on the
// terminal, hidden, again when it is wrong; without a terminal on stdin it
// fails with a message that says how to give it. The password typed is
// only in the URL it opens with, never printed or kept.
func openAsking(ctx context.Context, arg string, stderr io.Writer) (store, error) {
	s, err := openAny(ctx, arg)
	if !model.PasswordRequired(err) {
		return s, err
	}
	if !stdinIsTerminal() {
		var e *model.Error
		errors.As(err, &e)
		return nil, &model.Error{Code: e.Code, Key: "cli.password_not_given", Args: e.Args, Err: e.Err}
	}
	server, _ := pgurl.Parse(arg)
	for try := 0; try < passwordTries; try++ {
		if try > 0 {
			fmt.Fprintln(stderr, model.ErrorMessage(err, cliLang))
		}
		password, perr := askPassphrase(msg("cli.password_for", server.User, pgurl.Host(server.Host, server.Port)), stderr)
		if perr != nil {
			return nil, perr
		}
		if s, err = openAny(ctx, pgurl.WithPassword(arg, password)); !model.WrongPassword(err) {
			break
		}
	}
	return s, err
}

// stdinIsTerminal tells whether stdin is a terminal to ask on; tests
// replace it.
var stdinIsTerminal = func() bool {
	f, ok := stdin.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// storeMissing tells whether arg names a store file that does not exist;
// a PostgreSQL URL is never missing here: opening it says whether the
// database is there.
func storeMissing(arg string) bool {
	if outfile.IsURL(arg) {
		return false
	}
	_, err := os.Stat(arg)
	return err != nil
}
