package sqlstore_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/styrgrupp/styrgrupp/internal/pgtest"
	"github.com/styrgrupp/styrgrupp/model/postgres"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// derived are the tables a copy does not copy: each store's own record of
// its migrations, the search index, which the copy rebuilds, and a shared
// store's logins, which name roles of its server (the server's owner maps
// them again with styrgrupp server add-member). Every other column of
// either schema must be copied, or a copy would drop it.
var derived = []string{"schema_migrations", "proposal_search", "comment_search", "sign_offs.seq", "logins"}

// wantCopied compares the schema's tables and columns with those Copy
// copies.
func wantCopied(t *testing.T, schema map[string][]string) {
	t.Helper()
	copied := sqlstore.CopiedColumns()
	for table, cols := range schema {
		if slices.Contains(derived, table) || strings.Contains(table, "_fts") {
			continue
		}
		for _, c := range cols {
			if !slices.Contains(copied[table], c) && !slices.Contains(derived, table+"."+c) {
				t.Errorf("the copy leaves out %s.%s", table, c)
			}
		}
		if len(copied[table]) == 0 {
			t.Errorf("the copy leaves out the table %s", table)
		}
	}
	for table, cols := range copied {
		for _, c := range cols {
			if !slices.Contains(schema[table], c) {
				t.Errorf("the copy copies %s.%s, which the schema does not have", table, c)
			}
		}
	}
}

func TestCopyCoversEveryColumnOfTheSQLiteSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'`)
	if err != nil {
		t.Fatal(err)
	}
	wantCopied(t, schema(t, rows.Next, rows.Scan, rows.Err))
}

func TestCopyCoversEveryColumnOfThePostgreSQLSchema(t *testing.T) {
	url := pgtest.URL(t)
	s, err := postgres.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	conn, err := pgx.Connect(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	rows, err := conn.Query(context.Background(),
		`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	wantCopied(t, schema(t, rows.Next, func(dest ...any) error { return rows.Scan(dest...) }, rows.Err))
}

// schema reads (table, column) rows into columns by table.
func schema(t *testing.T, next func() bool, scan func(...any) error, rowsErr func() error) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for next() {
		var table, col string
		if err := scan(&table, &col); err != nil {
			t.Fatal(err)
		}
		out[table] = append(out[table], col)
	}
	if err := rowsErr(); err != nil {
		t.Fatal(err)
	}
	return out
}
