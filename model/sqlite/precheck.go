package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// sqliteMagic begins every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// precheck looks at an existing file before the store opens it for
// writing, which would change it (journal mode, schema): it must pass
// inspect and be writable, in a folder SQLite can write its working files
// in. It only reads (and tries a temporary file in the folder). isNew
// says that the file does not exist or is empty.
func precheck(file string) (isNew bool, err error) {
	isNew, _, err = inspect(file)
	if err != nil || !exists(file) {
		return isNew, err
	}
	return isNew, writable(file)
}

// inspect looks at a file before the store opens it: it must be an SQLite
// file, whole (not cut short), hold Styrgrupp's schema or nothing and not
// come from a newer schema. It only reads. isNew says that the file does
// not exist or is empty; version is the schema version of one that is
// not.
func inspect(file string) (isNew bool, version int, err error) {
	notOurs := func(err error) error {
		return &model.Error{Code: model.EInvalid, Key: "store_not_sqlite", Args: []any{file}, Err: err}
	}
	f, err := os.Open(file)
	if errors.Is(err, fs.ErrNotExist) {
		return true, 0, nil
	}
	if err != nil {
		return false, 0, model.Wrap(err, "store_open", file)
	}
	defer f.Close()
	st, err := f.Stat()
	switch {
	case err != nil:
		return false, 0, model.Wrap(err, "store_open", file)
	case st.IsDir():
		return false, 0, model.Errorf(model.EInvalid, "store_open", file)
	case st.Size() == 0: // SQLite takes an empty file for a new database
		return true, 0, nil
	}
	head := make([]byte, 100)
	if _, err := io.ReadFull(f, head); err != nil || string(head[:len(sqliteMagic)]) != sqliteMagic {
		return false, 0, notOurs(nil) // a short file's io.ErrUnexpectedEOF says nothing more
	}
	if err := wholeFile(file, head, st.Size()); err != nil {
		return false, 0, err
	}
	// Read-only, and immutable unless a write-ahead log is there: SQLite
	// would otherwise make the log and its index beside the file (and
	// leave them, or fail in a read-only folder). Without a log the file
	// holds the whole database, which no one else has open for writing.
	ro := "?mode=ro"
	if !exists(file + "-wal") {
		ro += "&immutable=1"
	}
	db, err := sql.Open("sqlite", strings.SplitN(dsn(file, false), "?", 2)[0]+ro)
	if err != nil {
		return false, 0, model.Wrap(err, "store_open", file)
	}
	defer db.Close()
	var ours, empty bool
	err = retryBusy(context.Background(), busyBudget, func() (err error) {
		version, ours, empty, err = schemaOf(db)
		return err
	})
	switch {
	case err != nil && (sqliteCode(err)&0xff == codeNotADB || sqliteCode(err)&0xff == codeCorrupt):
		return false, 0, notOurs(err)
	case err != nil:
		return false, 0, model.Wrap(err, "store_open", file)
	case !ours && !empty:
		return false, 0, notOurs(nil)
	case version > SchemaVersion():
		return false, 0, model.Errorf(model.EInvalid, "store_newer", file, version, SchemaVersion())
	}
	return false, version, nil
}

// wholeFile compares the file's size with the size its header records. A
// store cut short (a copy that stopped half-way, a full disk) is refused
// as damaged (store_damaged) rather than opened, where SQLite would find
// the missing pages only once it read them, perhaps in the middle of a
// write. The header's size counts only when SQLite vouches for it (the
// change counter equals the version-valid-for number), and not while a
// write-ahead log beside the file holds pages a checkpoint has yet to
// copy into it.
func wholeFile(file string, head []byte, size int64) error {
	page := int64(binary.BigEndian.Uint16(head[16:18]))
	if page == 1 {
		page = 65536
	}
	pages := int64(binary.BigEndian.Uint32(head[28:32]))
	vouched := binary.BigEndian.Uint32(head[24:28]) == binary.BigEndian.Uint32(head[92:96])
	want := page * pages
	if !vouched || pages == 0 || size >= want {
		return nil
	}
	if st, err := os.Stat(file + "-wal"); err == nil && st.Size() > 0 {
		return nil
	}
	return model.Errorf(model.EInvalid, "store_damaged", file, size, want)
}

// writable checks that the store can be written before anything is: the
// file itself (store_file_readonly), and its folder, where SQLite keeps
// the write-ahead log (-wal) and its index (-shm) while the store is open
// (store_folder_readonly), unless both are there already. Permissions do
// not bind the superuser, for whom both always pass.
func writable(file string) error {
	f, err := os.OpenFile(file, os.O_RDWR, 0)
	if errors.Is(err, fs.ErrPermission) {
		return model.Errorf(model.EState, "store_file_readonly", file)
	}
	if err != nil {
		return model.Wrap(err, "store_open", file)
	}
	f.Close()
	if exists(file+"-wal") && exists(file+"-shm") {
		return nil
	}
	dir := filepath.Dir(file)
	probe, err := os.CreateTemp(dir, ".styrgrupp-prov-*.tmp")
	if errors.Is(err, fs.ErrPermission) {
		return model.Errorf(model.EState, "store_folder_readonly", file, dir)
	}
	if err != nil {
		return model.Wrap(err, "store_open", file)
	}
	probe.Close()
	os.Remove(probe.Name())
	return nil
}

// exists tells whether there is a file at path.
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
