package sqlite

import (
	"context"
	"path/filepath"
	"testing"
)

// TestAllAppliedNeedsEveryVersionOnce: Open skips the migrations only when
// schema_migrations records exactly 1 to n; a gap or a version beyond n
// sends it the long way, which applies what is missing.
func TestAllAppliedNeedsEveryVersionOnce(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
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
