package main

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
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
	_, err = copyInto(ctx, s, abs)
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
