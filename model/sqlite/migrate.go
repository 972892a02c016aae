package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"weak"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrations returns the embedded migrations in order.
func migrations() ([]sqlstore.Migration, error) { return sqlstore.Migrations(migrationFiles) }

// SchemaVersion is the schema version this program writes: the number of
// its last migration.
func SchemaVersion() int { return sqlstore.SchemaVersion(migrationFiles) }

// migrate applies the migrations the file lacks, each in its own
// transaction, recording each in schema_migrations and PRAGMA user_version.
// A store that holds data and is at an older schema is first copied to a
// file beside it (copyBeforeMigrating); when the copy cannot be written,
// nothing is migrated.
func migrate(ctx context.Context, db *sql.DB) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	return migrateTo(ctx, db, ms)
}

// migrateTo applies ms, the migrations from the first up to some version,
// as migrate does all of them.
func migrateTo(ctx context.Context, db *sql.DB, ms []sqlstore.Migration) error {
	version, ours, empty, err := schemaOf(db)
	if err != nil {
		return err
	}
	if ours {
		if done, err := allApplied(ctx, db, len(ms)); err != nil || done {
			return err
		}
	}
	if err := copyBeforeMigrating(ctx, db, version, ours, empty, len(ms)); err != nil {
		return err
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		applied_at TEXT    NOT NULL)`); err != nil {
		return err
	}
	for _, m := range ms {
		if err := apply(ctx, db, m); err != nil {
			return fmt.Errorf("sqlite: migration %s: %w", m.Name, err)
		}
	}
	return nil
}

// allApplied tells whether schema_migrations records exactly the
// migrations 1 to n, so that Open of an up-to-date store costs one query
// rather than a transaction per migration. Anything else (a gap, a
// version beyond n) goes the long way, which applies what is missing.
func allApplied(ctx context.Context, db *sql.DB, n int) (bool, error) {
	var done bool
	err := db.QueryRowContext(ctx, `SELECT count(*) = ?1 AND coalesce(min(version) = 1 AND max(version) = ?1, 0)
		FROM schema_migrations`, n).Scan(&done)
	return done, err
}

// apply runs one migration unless it is already recorded; the check is
// inside the transaction, so two programs opening a new file at once do
// not both apply it.
func apply(ctx context.Context, db *sql.DB, m sqlstore.Migration) error {
	sqlTx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer sqlTx.Rollback()
	var n int
	if err := sqlTx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.Version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := sqlTx.ExecContext(ctx, m.SQL); err != nil {
		return err
	}
	if fill := fillAfter[m.Version]; fill != nil {
		if err := fill(&tx{ctx: ctx, sql: sqlTx}); err != nil {
			return err
		}
	}
	if _, err := sqlTx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`,
		m.Version, sqlstore.FmtTime(time.Now())); err != nil {
		return err
	}
	if _, err := sqlTx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.Version)); err != nil {
		return err
	}
	return sqlTx.Commit()
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

// fillAfter holds, by migration number, what a migration needs done in Go
// in its own transaction after its SQL. A fill reads with today's code, so
// only the last migration that changes what it reads may have it: 0003
// made the full-text indexes, 0007 made the proposals' again with the
// registry number and 0014 made both again without a copy of the text;
// 0014's fill takes in the proposals and comments stored before any of
// them.
var fillAfter = map[int]func(*tx) error{14: indexAll}

// indexAll puts every proposal and comment in the full-text index.
func indexAll(t *tx) error {
	ps, err := sqlstore.Collect(sqlstore.Select(t, `SELECT `+sqlstore.ProposalCols(t)+` FROM proposals p ORDER BY p.id`), sqlstore.ScanProposal)
	if err != nil {
		return err
	}
	for _, p := range ps {
		if err := indexProposal(t, p.ID, p.Content, false); err != nil {
			return err
		}
	}
	if _, err := t.exec(`DELETE FROM comment_fts`); err != nil {
		return err
	}
	_, err = t.exec(`INSERT INTO comment_fts (rowid, body) SELECT id, body FROM comments ORDER BY id`)
	return err
}

// copyBeforeMigrating copies a store file that holds data and is at an
// older schema than target to a new file beside it, named as backupName
// says, before any migration changes it, and notes the migration for
// MigratedFrom. A new or empty store is not copied. When the copy cannot
// be written, the result is EInternal store_backup_before_migrate and the
// file is left as it was.
func copyBeforeMigrating(ctx context.Context, db *sql.DB, version int, ours, empty bool, target int) error {
	if !ours || empty || version == 0 || version >= target {
		return nil
	}
	var data bool
	if err := db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM audit_log) OR EXISTS (SELECT 1 FROM members)
		OR EXISTS (SELECT 1 FROM proposals) OR EXISTS (SELECT 1 FROM meetings)`).Scan(&data); err != nil || !data {
		return err
	}
	var file string
	if err := db.QueryRowContext(ctx, `SELECT file FROM pragma_database_list WHERE name = 'main'`).Scan(&file); err != nil {
		return err
	}
	backup := backupName(file, version)
	if err := writeCopy(ctx, db, backup); err != nil {
		// The cause is kept as text: an SQLite error in the chain would
		// make Open report it as its own (store_not_sqlite, store_open).
		return &model.Error{Code: model.EInternal, Key: "store_backup_before_migrate",
			Args: []any{file, version, backup}, Err: errors.New(err.Error())}
	}
	migrated.note(db, migrationNote{from: version, backup: backup})
	return nil
}

// backupName returns the name of the copy of file made before migrating
// it from schema version: file.schemaN.bak beside it (ASCII, whatever the
// language), or file.schemaN-2.bak and so on when that is taken.
func backupName(file string, version int) string {
	name := fmt.Sprintf("%s.schema%d.bak", file, version)
	for i := 2; exists(name) && i < 1000; i++ {
		name = fmt.Sprintf("%s.schema%d-%d.bak", file, version, i)
	}
	return name
}

// migrationNote is what Open did to a store file from an older schema.
type migrationNote struct {
	from   int    // the schema version the file was at
	backup string // the copy of the file as it was
}

// migrated keeps the migration notes. Open hands migrate only the
// store's writer pool, so a note is kept by that pool, held weakly: a
// store that is gone takes its note with it.
var migrated migrationNotes

// migrationNotes maps writer pools to what Open did to their files.
type migrationNotes struct {
	mu    sync.Mutex
	notes map[weak.Pointer[sql.DB]]migrationNote
}

// note records what Open did to db's file, dropping the notes of stores
// that are gone.
func (n *migrationNotes) note(db *sql.DB, note migrationNote) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.notes == nil {
		n.notes = map[weak.Pointer[sql.DB]]migrationNote{}
	}
	for k := range n.notes {
		if k.Value() == nil {
			delete(n.notes, k)
		}
	}
	n.notes[weak.Make(db)] = note
}

// get returns the note on db's file, the zero note when there is none.
func (n *migrationNotes) get(db *sql.DB) migrationNote {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.notes[weak.Make(db)]
}

// MigratedFrom tells whether Open brought the store's file up to today's
// schema from an older one, with data in it: old is the schema version the
// file was at, and backup the copy of the file as it was, which Open wrote
// beside it first. Both are zero when the file was new or already at
// today's schema.
func (s *Store) MigratedFrom() (old int, backup string) {
	n := migrated.get(s.db)
	return n.from, n.backup
}
