package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// OpenReadOnly opens the store in the existing file at path for reading
// only: the commands that only read (check, export, the PDF documents,
// verify --store, backup) open it so. It writes nothing, neither the file
// nor its schema, so it works on a write-protected copy, and it does not
// wait for the write lock: while another program writes, it reads the
// last committed state, and where SQLite must wait for a writer (a
// checkpoint, a recovery) it waits up to busyBudget (15 s).
//
// A file at an older schema is refused (EState store_older_readonly)
// rather than read with queries it lacks the columns for, or migrated
// against the command's promise. A file whose folder is read-only is read
// as immutable when no write-ahead log (-wal) is beside it, since then no
// program can be writing to it; with a -wal in a read-only folder it is
// read when SQLite can, and refused otherwise (store_readonly_wal).
func OpenReadOnly(path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, model.Wrap(err, "store_open", path)
	}
	if !exists(abs) {
		return nil, model.Errorf(model.ENotFound, "store_missing", abs)
	}
	isNew, version, err := inspect(abs)
	switch {
	case err != nil:
		return nil, err
	case isNew:
		return nil, model.Errorf(model.EInvalid, "store_not_sqlite", abs)
	case version < SchemaVersion():
		return nil, model.Errorf(model.EState, "store_older_readonly", abs, version, SchemaVersion())
	}
	roDSN := readOnlyDSN(abs, !exists(abs+"-wal") && !folderWritable(filepath.Dir(abs)))
	s := &Store{path: abs, copyDSN: roDSN + fmt.Sprintf("&_pragma=busy_timeout(%d)", busyBudget.Milliseconds())}
	s.wire()
	if s.db, err = sql.Open("sqlite", roDSN+readOnlyPragmas); err != nil {
		return nil, model.Wrap(err, "store_open", abs)
	}
	s.db.SetMaxOpenConns(1)
	if s.rdb, err = sql.Open("sqlite", roDSN+readOnlyPragmas+"&_pragma=mmap_size(268435456)"); err != nil {
		s.db.Close()
		return nil, model.Wrap(err, "store_open", abs)
	}
	poolReaders(s.rdb)
	// SQLite does not always call its busy handler for a reader that
	// finds the file held (a writer in exclusive mode, a recovery), so the
	// first read is tried again for up to busyBudget.
	err = retryBusy(context.Background(), busyBudget, func() error {
		_, _, _, err := schemaOf(s.rdb)
		return err
	})
	switch {
	case err != nil && exists(abs+"-wal") && sqliteCode(err)&0xff == codeCantOpen:
		err = model.Errorf(model.EState, "store_readonly_wal", abs, filepath.Dir(abs))
	case err != nil:
		err = s.openError(err)
	}
	if err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// readOnlyPragmas are set on a read-only store's connections: reads wait
// for a writer as long as writes do (busyBudget), and nothing is written.
var readOnlyPragmas = fmt.Sprintf("&_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)&_pragma=query_only(1)", busyBudget.Milliseconds())

// readOnlyDSN is the data source name of a read-only connection to the
// file at path, without pragmas; immutable tells SQLite that no one can
// change the file, so that it takes no locks and needs no -shm.
func readOnlyDSN(path string, immutable bool) string {
	s := strings.SplitN(dsn(path, false), "?", 2)[0] + "?mode=ro"
	if immutable {
		s += "&immutable=1"
	}
	return s
}

// folderWritable tells whether files can be made in dir (SQLite's -wal
// and -shm beside a store).
func folderWritable(dir string) bool {
	probe, err := os.CreateTemp(dir, ".styrgrupp-prov-*.tmp")
	if err != nil {
		return false
	}
	probe.Close()
	os.Remove(probe.Name())
	return true
}
