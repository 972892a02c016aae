package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one numbered schema step, migrations/NNNN_name.sql.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in order.
func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("sqlite: migration %s has no number", e.Name())
		}
		b, err := migrationFiles.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("sqlite: migration %s out of sequence", m.name)
		}
	}
	return out, nil
}

// SchemaVersion is the schema version this program writes: the number of
// its last migration.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

// migrate applies the migrations the file lacks, each in its own
// transaction, recording each in schema_migrations and PRAGMA user_version.
func migrate(ctx context.Context, db *sql.DB) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		applied_at TEXT    NOT NULL)`); err != nil {
		return err
	}
	for _, m := range ms {
		if err := apply(ctx, db, m); err != nil {
			return fmt.Errorf("sqlite: migration %s: %w", m.name, err)
		}
	}
	return nil
}

// apply runs one migration unless it is already recorded; the check is
// inside the transaction, so two programs opening a new file at once do
// not both apply it.
func apply(ctx context.Context, db *sql.DB, m migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`,
		m.version, fmtTime(time.Now())); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return err
	}
	return tx.Commit()
}

// sqliteMagic begins every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// precheck looks at an existing file before the store opens it for
// writing, which would change it (journal mode, schema): it must be an
// SQLite file, hold Styrgrupp's schema or nothing, and not come from a
// newer schema. It only reads. isNew says that the file does not exist
// or is empty.
func precheck(file string) (isNew bool, err error) {
	notOurs := func(err error) error {
		return &model.Error{Code: model.EInvalid, Key: "store_not_sqlite", Args: []any{file}, Err: err}
	}
	f, err := os.Open(file)
	if errors.Is(err, fs.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, model.Wrap(err, "store_open", file)
	}
	defer f.Close()
	st, err := f.Stat()
	switch {
	case err != nil:
		return false, model.Wrap(err, "store_open", file)
	case st.IsDir():
		return false, model.Errorf(model.EInvalid, "store_open", file)
	case st.Size() == 0: // SQLite takes an empty file for a new database
		return true, nil
	}
	head := make([]byte, 100)
	if _, err := io.ReadFull(f, head); err != nil || string(head[:len(sqliteMagic)]) != sqliteMagic {
		return false, notOurs(err)
	}
	db, err := sql.Open("sqlite", strings.SplitN(dsn(file, false), "?", 2)[0]+"?mode=ro")
	if err != nil {
		return false, model.Wrap(err, "store_open", file)
	}
	defer db.Close()
	version, ours, empty, err := schemaOf(db)
	switch {
	case err != nil && (sqliteCode(err)&0xff == codeNotADB || sqliteCode(err)&0xff == codeCorrupt):
		return false, notOurs(err)
	case err != nil:
		return false, model.Wrap(err, "store_open", file)
	case !ours && !empty:
		return false, notOurs(nil)
	case version > SchemaVersion():
		return false, model.Errorf(model.EInvalid, "store_newer", file, version, SchemaVersion())
	}
	return false, nil
}

// pageSize is the page size of a new store. Proposals and their revisions
// are rows of one to three kilobytes: in 4 KiB pages most would sit one to
// a page, half empty; 16 KiB pages hold several and halve the file.
const pageSize = 8192

// create makes the new store file at path with its page size, which must
// be set before anything else writes the file (the write-ahead log fixes
// it for good).
func create(path string) error {
	db, err := sql.Open("sqlite", strings.SplitN(dsn(path, false), "?", 2)[0])
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec(fmt.Sprintf("PRAGMA page_size = %d; PRAGMA journal_mode = WAL", pageSize))
	return err
}

// schemaOf reads a database's schema version (the larger of user_version
// and the last recorded migration), whether it has Styrgrupp's
// schema_migrations table, and whether it has no tables at all.
func schemaOf(db *sql.DB) (version int, ours, empty bool, err error) {
	if err = db.QueryRow(`PRAGMA user_version`).Scan(&version); err != nil {
		return
	}
	var tables, marked int
	if err = db.QueryRow(`SELECT count(*), coalesce(sum(name = 'schema_migrations'), 0)
		FROM sqlite_master WHERE type = 'table'`).Scan(&tables, &marked); err != nil {
		return
	}
	empty, ours = tables == 0, marked > 0
	if ours {
		var last sql.NullInt64
		if err = db.QueryRow(`SELECT max(version) FROM schema_migrations`).Scan(&last); err != nil {
			return
		}
		version = max(version, int(last.Int64))
	}
	return
}
