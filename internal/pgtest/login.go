package pgtest

import (
	"context"
	"net/url"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// CAEnv names the environment variable with the path of the test
// cluster's CA certificate, as .ci/pg-cluster start prints it when the
// cluster has TLS.
const CAEnv = "STYRGRUPP_TEST_PG_CA"

// CA returns the path of the certificate of the CA that signed the test
// cluster's server certificate (for localhost and 127.0.0.1). Without
// CAEnv the test is skipped, but in CI it fails, as URL does.
func CA(t testing.TB) string {
	t.Helper()
	return required(t, CAEnv, "the test cluster has no TLS: start one with openssl installed, eval \"$(.ci/pg-cluster start)\"")
}

// Login creates a login of its own with password on the cluster, makes
// it the owner of the database at dbURL (a URL from URL), so that it can
// open the store there, and returns the database's URL for that login,
// without the password: the cluster asks every login but the superuser
// for its password over TCP. The login is removed when the test ends.
func Login(t testing.TB, dbURL, password string) string {
	t.Helper()
	u, err := url.Parse(dbURL)
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	db := u.Path[1:]
	name := "login_" + db[len("styrgrupp_test_"):]
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	admin, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatalf("pgtest: connect: %v", err)
	}
	defer admin.Close(context.Background())
	// The names are made of hex digits: nothing to quote.
	if _, err := admin.Exec(ctx, "CREATE ROLE "+name+" LOGIN PASSWORD "+quote(password)); err != nil {
		t.Fatalf("pgtest: create login: %v", err)
	}
	if _, err := admin.Exec(ctx, "ALTER DATABASE "+db+" OWNER TO "+name); err != nil {
		t.Fatalf("pgtest: give the database to the login: %v", err)
	}
	t.Cleanup(func() { dropLogin(t, dbURL, db, name) })
	u.User = url.User(name)
	return u.String()
}

// dropLogin gives the database and what the login made in it back to
// the superuser and removes the login.
func dropLogin(t testing.TB, dbURL, db, name string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	admin, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Errorf("pgtest: connect to drop %s: %v", name, err)
		return
	}
	defer admin.Close(context.Background())
	for _, q := range []string{
		"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + name + "'",
		"ALTER DATABASE " + db + " OWNER TO postgres",
		"REASSIGN OWNED BY " + name + " TO postgres",
		"DROP OWNED BY " + name,
		"DROP ROLE " + name,
	} {
		if _, err := admin.Exec(ctx, q); err != nil {
			t.Errorf("pgtest: drop %s: %s: %v", name, q, err)
			return
		}
	}
}

// quote quotes s as an SQL string literal.
func quote(s string) string {
	out := []byte{'\''}
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' {
			out = append(out, '\'')
		}
		out = append(out, s[i])
	}
	return string(append(out, '\''))
}
