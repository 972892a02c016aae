package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// Backup writes a copy of the whole store to the file at path, which must
// not exist (EConflict backup_exists). The store stays open and in use
// meanwhile: the copy is one consistent state of it, as of the moment the
// copy began, and writes made during the copy go on and are not in it.
//
// The copy is SQLite's VACUUM INTO, run on a connection of its own. Not on
// the read pool: its connections are query_only, which SQLite applies to
// VACUUM INTO as well. Not on the writer either: the copy would hold the
// one write connection for as long as it takes, and every save in the
// window would wait for it. In WAL mode a connection of its own reads one
// snapshot like any reader, and the writer goes on beside it.
//
// The copy is written to a temporary file in path's folder, checked
// (PRAGMA quick_check), synced and only then given its name, so a backup
// that fails leaves no file behind (EInternal backup_failed). The copy is
// an ordinary store file: Open opens it and Check passes on it.
func (s *Store) Backup(ctx context.Context, path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return model.Wrap(err, "backup_failed", path)
	}
	if _, err := os.Lstat(abs); !errors.Is(err, fs.ErrNotExist) {
		return model.Errorf(model.EConflict, "backup_exists", abs)
	}
	src, err := sql.Open("sqlite", s.copyDSN)
	if err != nil {
		return model.Wrap(err, "backup_failed", abs)
	}
	defer src.Close()
	src.SetMaxOpenConns(1)
	return writeCopy(ctx, src, abs)
}

// writeCopy copies the database src is open on into the new file target
// with VACUUM INTO, by way of a temporary file beside it. The errors are
// model errors: backup_exists when target has appeared meanwhile,
// backup_failed with the cause otherwise.
func writeCopy(ctx context.Context, src *sql.DB, target string) (err error) {
	failed := func(err error) error { return model.Wrap(err, "backup_failed", target) }
	tmp, err := os.CreateTemp(filepath.Dir(target), ".styrgrupp-kopia-*.tmp")
	if err != nil {
		return failed(err)
	}
	name := tmp.Name()
	defer func() {
		if err != nil {
			os.Remove(name)
		}
	}()
	// VACUUM INTO takes an empty file as a new one; close it so that
	// Windows lets SQLite open it.
	if err := tmp.Close(); err != nil {
		return failed(err)
	}
	if _, err := src.ExecContext(ctx, `VACUUM INTO ?`, name); err != nil {
		return failed(err)
	}
	if err := quickCheck(ctx, name); err != nil {
		return failed(err)
	}
	if err := syncFile(name); err != nil {
		return failed(err)
	}
	if err := linkNew(name, target); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return model.Errorf(model.EConflict, "backup_exists", target)
		}
		return failed(err)
	}
	syncDir(filepath.Dir(target))
	return nil
}

// quickCheck opens the database in file read-only and runs PRAGMA
// quick_check on it.
func quickCheck(ctx context.Context, file string) error {
	db, err := sql.Open("sqlite", strings.SplitN(dsn(file, false), "?", 2)[0]+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `PRAGMA quick_check`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var bad []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return err
		}
		if line != "ok" {
			bad = append(bad, line)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(bad) > 0 {
		return fmt.Errorf("quick_check of the copy: %s", strings.Join(bad, "; "))
	}
	return nil
}

// linkNew gives the file tmp the name target, failing with fs.ErrExist
// when target exists: a hard link never replaces a file, where a rename
// would. On a file system without hard links it checks and renames.
func linkNew(tmp, target string) error {
	err := os.Link(tmp, target)
	if err == nil {
		return os.Remove(tmp)
	}
	if errors.Is(err, fs.ErrExist) {
		return err
	}
	if _, serr := os.Lstat(target); !errors.Is(serr, fs.ErrNotExist) {
		return fs.ErrExist
	}
	return os.Rename(tmp, target)
}

// syncFile writes the file's data through to the disk.
func syncFile(name string) error {
	f, err := os.OpenFile(name, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// syncDir writes the folder's entries through to the disk, so that the
// copy's new name survives a power cut. Windows cannot sync a folder; it
// is done there as the rename is.
func syncDir(dir string) {
	if runtime.GOOS == "windows" {
		return
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
