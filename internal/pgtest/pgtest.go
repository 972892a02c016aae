// Package pgtest gives a test a fresh, empty PostgreSQL database on the
// throwaway cluster that .ci/pg-cluster starts, found through the
// environment variable STYRGRUPP_TEST_PG:
//
//	eval "$(.ci/pg-cluster start)"
//	go test ./model/postgres/...
//	.ci/pg-cluster stop
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Env names the environment variable with the cluster's URL, as
// .ci/pg-cluster start prints it.
const Env = "STYRGRUPP_TEST_PG"

// URL creates a database with a name of its own on the cluster that Env
// names and returns its URL; the database is dropped when the test ends.
// Without Env the test is skipped, but in CI (the variable CI set) it
// fails: there a missing PostgreSQL is a fault of the set-up.
func URL(t testing.TB) string {
	t.Helper()
	return database(t, base(t))
}

// base returns the cluster's URL from Env, skipping or failing the test
// without it as URL says.
func base(t testing.TB) string {
	t.Helper()
	return required(t, Env, "start a cluster with eval \"$(.ci/pg-cluster start)\"")
}

// required returns the environment variable env, or skips the test
// without it, saying what to do (hint); in CI (the variable CI set) it
// fails instead: there a missing cluster is a fault of the set-up.
func required(t testing.TB, env, hint string) string {
	t.Helper()
	v := os.Getenv(env)
	if v == "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("pgtest: %s is not set in CI; %s", env, hint)
		}
		t.Skipf("pgtest: %s is not set; %s", env, hint)
	}
	return v
}

// database creates a database of its own for the test on the cluster at
// base, dropped when the test ends, and returns its URL.
func database(t testing.TB, base string) string {
	t.Helper()
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("pgtest: %s: %v", Env, err)
	}
	var b [8]byte
	_, _ = rand.Read(b[:])
	name := "styrgrupp_test_" + hex.EncodeToString(b[:])

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	admin, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("pgtest: connect to %s: %v", u.Redacted(), err)
	}
	defer admin.Close(context.Background())
	// The name is made here of hex digits: nothing to quote. FILE_COPY
	// (PostgreSQL 15) copies the small template's files, faster than
	// writing it through the log.
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+name+" STRATEGY FILE_COPY"); err != nil {
		t.Fatalf("pgtest: create database: %v", err)
	}
	t.Cleanup(func() { drop(t, base, name) })
	u.Path = "/" + name
	return u.String()
}

// drop removes the test's database, ending connections the test left
// open.
func drop(t testing.TB, base, name string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	admin, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Errorf("pgtest: connect to drop %s: %v", name, err)
		return
	}
	defer admin.Close(context.Background())
	if _, err := admin.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
		t.Errorf("pgtest: drop %s: %v", name, err)
	}
}
