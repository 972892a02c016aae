package pgtest_test

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/styrgrupp/styrgrupp/internal/pgtest"
)

// Each call gives a database of its own, empty, which is gone once the
// test that asked for it has ended.
func TestURLGivesAFreshDatabaseForOneTest(t *testing.T) {
	if os.Getenv(pgtest.Env) == "" {
		t.Skip("no test cluster")
	}
	ctx := context.Background()
	var name string
	t.Run("user", func(t *testing.T) {
		a, b := pgtest.URL(t), pgtest.URL(t)
		if a == b {
			t.Fatalf("two calls gave one database: %s", a)
		}
		db, err := pgx.Connect(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close(ctx)
		var tables int
		if err := db.QueryRow(ctx, `SELECT current_database(), count(*) FROM information_schema.tables
			WHERE table_schema = 'public'`).Scan(&name, &tables); err != nil {
			t.Fatal(err)
		}
		if tables != 0 || !strings.HasPrefix(name, "styrgrupp_test_") {
			t.Fatalf("database %s has %d tables", name, tables)
		}
	})
	admin, err := pgx.Connect(ctx, os.Getenv(pgtest.Env))
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	var left bool
	if err := admin.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, name).Scan(&left); err != nil {
		t.Fatal(err)
	}
	if left {
		t.Errorf("database %s is still there after its test", name)
	}
}

// Without a cluster (URL) or its CA's path (CA) a test is skipped on a
// developer's machine but fails in CI. The test runs itself again with
// the environment of each case.
func TestWithoutClusterSkipsLocallyFailsInCI(t *testing.T) {
	if need := os.Getenv("PGTEST_CHILD"); need != "" {
		if need == pgtest.CAEnv {
			pgtest.CA(t)
		} else {
			pgtest.URL(t)
		}
		t.Log("pgtest: went on without " + need)
		return
	}
	for _, env := range []string{pgtest.Env, pgtest.CAEnv} {
		for _, tc := range []struct {
			ci       string
			wantFail bool
			want     string
		}{{"", false, "SKIP"}, {"true", true, "FAIL"}} {
			cmd := exec.Command(os.Args[0], "-test.run=^TestWithoutClusterSkipsLocallyFailsInCI$", "-test.v")
			cmd.Env = append(os.Environ(), "PGTEST_CHILD="+env, env+"=", "CI="+tc.ci)
			out, err := cmd.CombinedOutput()
			if (err != nil) != tc.wantFail || !strings.Contains(string(out), tc.want) || strings.Contains(string(out), "went on") {
				t.Errorf("%s unset, CI=%q: %v\n%s", env, tc.ci, err, out)
			}
		}
	}
}
