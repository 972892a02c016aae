package postgres

import (
	"context"
	"embed"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

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

// migrateLock is the key of the advisory lock migrate holds, so that two
// programs starting at once on a new database do not both create it.
const migrateLock int64 = 0x7374797267726d67

// migrate applies the migrations the database lacks, each in its own
// transaction that also records it in schema_migrations. Each takes the
// migration lock first and then reads the version again, so a client
// that waited for another applies nothing twice. A database at a newer
// version than this program knows is refused (store_newer).
func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	have, err := schemaVersion(ctx, pool)
	if err != nil {
		return err
	}
	if have == len(ms) {
		return nil
	}
	for _, m := range ms {
		if err := apply(ctx, pool, m, len(ms)); err != nil {
			return err
		}
	}
	return nil
}

// schemaVersion reads the database's schema version, 0 when it has
// none, without creating anything: a member's login, which may create no
// table, opens a database that is up to date this way.
func schemaVersion(ctx context.Context, pool *pgxpool.Pool) (int, error) {
	var known bool
	if err := pool.QueryRow(ctx, `SELECT to_regclass('schema_migrations') IS NOT NULL`).Scan(&known); err != nil || !known {
		return 0, err
	}
	var have int
	err := pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&have)
	return have, err
}

// apply runs one migration in a transaction unless it is applied.
func apply(ctx context.Context, pool *pgxpool.Pool, m sqlstore.Migration, latest int) error {
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrateLock); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version    integer PRIMARY KEY,
			name       text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
			return err
		}
		var have int
		if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
			return err
		}
		if have > latest {
			return model.Errorf(model.EState, "store_newer", redactedDB(tx), have, latest)
		}
		if have >= m.Version {
			return nil
		}
		if _, err := tx.Exec(ctx, m.SQL); err != nil {
			return fmt.Errorf("postgres: migration %s: %w", m.Name, err)
		}
		_, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.Version, m.Name)
		return err
	})
}

// redactedDB names the database a transaction is on, for a message.
func redactedDB(tx pgx.Tx) string {
	return tx.Conn().Config().Database
}
