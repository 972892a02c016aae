package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// TestAllAppliedNeedsEveryVersionOnce: Open skips the migrations only when
// schema_migrations records exactly 1 to n; a gap or a version beyond n
// sends it the long way, which applies what is missing.
func TestAllAppliedNeedsEveryVersionOnce(t *testing.T) {
	s := openTemp(t)
	ctx, n := context.Background(), SchemaVersion()
	want := func(step string, n int, wantDone bool) {
		t.Helper()
		done, err := allApplied(ctx, s.db, n)
		if err != nil || done != wantDone {
			t.Fatalf("%s: allApplied(%d) = %v, %v; want %v", step, n, done, err, wantDone)
		}
	}
	want("a new store", n, true)
	want("a program with one more migration", n+1, false)
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := s.db.ExecContext(ctx, q, args...); err != nil {
			t.Fatal(err)
		}
	}
	exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, 'x')`, n+1)
	want("a version beyond the program's", n, false)
	exec(`DELETE FROM schema_migrations WHERE version = ?`, n+1)
	exec(`DELETE FROM schema_migrations WHERE version = 3`)
	want("a gap", n, false)
	exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (0, 'x')`)
	want("a gap filled by a version 0", n, false)
	exec(`DELETE FROM schema_migrations`)
	want("no versions", n, false)
}

// openTemp opens a new store in t's temporary folder, closed when t ends.
func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestReadersStayOpenAfterABurst: after as many reads at once as the pool
// allows, every connection stays open for the next, sparing each a new
// read of the schema.
func TestReadersStayOpenAfterABurst(t *testing.T) {
	s, ctx := openTemp(t), context.Background()
	var txs []*sql.Tx
	for range readers {
		tx, err := s.rdb.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM proposals`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	for _, tx := range txs {
		if err := tx.Rollback(); err != nil {
			t.Fatal(err)
		}
	}
	st := s.rdb.Stats()
	if st.OpenConnections != readers || st.Idle != readers || st.MaxIdleClosed != 0 {
		t.Fatalf("after %d reads at once: %d open, %d idle, %d closed as surplus; want all %d kept",
			readers, st.OpenConnections, st.Idle, st.MaxIdleClosed, readers)
	}
}
