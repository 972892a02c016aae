package main

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/styrgrupp/styrgrupp/internal/pgtest"
	"github.com/styrgrupp/styrgrupp/model/postgres"
)

// serverDB is a new database of the test cluster, its name, and a
// connection as its owner; the roles server init and add-member make
// there (cluster-wide) are dropped when the test ends.
func serverDB(t *testing.T, logins ...string) (string, string, *pgx.Conn) {
	t.Helper()
	raw := pgtest.URL(t)
	u, _ := url.Parse(raw)
	db := strings.TrimPrefix(u.Path, "/")
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, raw)
	must(t, err)
	t.Cleanup(func() {
		defer admin.Close(ctx)
		var roles []string
		for _, r := range append([]string{"member", "secretary"}, logins...) {
			roles = append(roles, pgx.Identifier{db + "_" + r}.Sanitize())
		}
		list := strings.Join(roles, ", ")
		_, _ = admin.Exec(ctx, "DROP OWNED BY "+list)
		_, _ = admin.Exec(ctx, "DROP ROLE IF EXISTS "+list)
	})
	return raw, db, admin
}

// withStdin makes the commands read in from now until the test ends.
// loginURL is raw logged in as login with password.
func loginURL(raw, login, password string) string {
	u, _ := url.Parse(raw)
	u.User = url.UserPassword(login, password)
	return u.String()
}

// server init makes an empty database a shared store with its group roles,
// and may run again; add-member gives a member a login with a password
// read from stdin, creating the member, and changes the login's role when
// run again.
func TestServerInitAndAddMember(t *testing.T) {
	raw, db, admin := serverDB(t, "anna")
	ctx := context.Background()
	for range 2 {
		out := mustRun(t, exitOK, "server", "init", "--store", raw, "--lang", "en")
		if !strings.Contains(out, db+"_member") || !strings.Contains(out, db+"_secretary") {
			t.Errorf("server init does not name the group roles: %s", out)
		}
	}
	login := db + "_anna"
	withStdin(t, "Sommar i Älvstad 2026\n", false)
	out := mustRun(t, exitOK, "server", "add-member", "--store", raw, "--login", login, "--member", "Anna Lindqvist",
		"--role", "member", "--password-stdin")
	if strings.Contains(out, "Sommar") {
		t.Errorf("the password is printed: %s", out)
	}
	s, err := postgres.Open(ctx, loginURL(raw, login, "Sommar i Älvstad 2026"))
	must(t, err)
	defer s.Close()
	me, ok, err := s.SignedIn(ctx)
	must(t, err)
	if !ok || me.Name != "Anna Lindqvist" {
		t.Fatalf("signed in as %+v, %v; want Anna Lindqvist", me, ok)
	}

	isSecretary := func() bool {
		var yes bool
		must(t, admin.QueryRow(ctx, `SELECT pg_has_role($1, $2, 'MEMBER')`, login, db+"_secretary").Scan(&yes))
		return yes
	}
	if isSecretary() {
		t.Error("a member's login has the secretary's role")
	}
	mustRun(t, exitOK, "server", "add-member", "--store", raw, "--login", login, "--member", "Anna Lindqvist", "--role", "secretary")
	if !isSecretary() {
		t.Error("add-member --role secretary did not make the login the secretary")
	}
	var members int
	must(t, admin.QueryRow(ctx, `SELECT count(*) FROM members WHERE name = 'Anna Lindqvist'`).Scan(&members))
	if members != 1 {
		t.Errorf("%d members named Anna Lindqvist; want the one made the first time", members)
	}
}

// A database that holds someone else's tables is refused and left as it
// is.
func TestServerInitRefusesAForeignDatabase(t *testing.T) {
	raw, _, admin := serverDB(t)
	ctx := context.Background()
	_, err := admin.Exec(ctx, `CREATE TABLE invoices (id integer)`)
	must(t, err)
	out := mustRun(t, exitUsage, "server", "init", "--store", raw, "--lang", "en")
	if !strings.Contains(out, "not Styrgrupp's") {
		t.Errorf("server init on a foreign database says: %s", out)
	}
	var created bool
	must(t, admin.QueryRow(ctx, `SELECT to_regclass('proposals') IS NOT NULL`).Scan(&created))
	if created {
		t.Error("server init wrote its schema into a foreign database")
	}
}

// A new login's password is typed twice; two different ones create
// nothing.
func TestServerAddMemberPasswordsMustMatch(t *testing.T) {
	raw, db, admin := serverDB(t, "bo")
	mustRun(t, exitOK, "server", "init", "--store", raw)
	withStdin(t, "ett\ntvå\n", false)
	out := mustRun(t, exitUsage, "server", "add-member", "--store", raw, "--login", db+"_bo", "--member", "Bo Ek", "--lang", "en")
	if !strings.Contains(out, "passwords differ") {
		t.Errorf("add-member with two passwords says: %s", out)
	}
	var exists bool
	must(t, admin.QueryRow(context.Background(), `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)`, db+"_bo").Scan(&exists))
	if exists {
		t.Error("the login was created although the passwords differ")
	}
	mustRun(t, exitUsage, "server", "add-member", "--store", raw, "--login", db+"_bo", "--member", "Bo Ek", "--role", "chair")
	mustRun(t, exitUsage, "server", "init", "--store", "styrgrupp.db")
}
