package postgres_test

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/styrgrupp/styrgrupp/internal/pgproxy"
	"github.com/styrgrupp/styrgrupp/internal/pgtest"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/postgres"
	"github.com/styrgrupp/styrgrupp/model/storetest"
)

// start is the time the tests' history begins.
var start = storetest.Start

// openStore opens a store on a new, empty database of the test cluster
// (internal/pgtest) and returns it with the database's URL.
func openStore(t *testing.T) (*postgres.Store, string) {
	t.Helper()
	url := pgtest.URL(t)
	s, err := postgres.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, url
}

// openAgain opens a second Store on the same database, as a second
// member's window would.
func openAgain(t *testing.T, url string) *postgres.Store {
	t.Helper()
	other, err := postgres.Open(context.Background(), url)
	check(t, err)
	t.Cleanup(func() { other.Close() })
	return other
}

// proxyTo starts a proxy (internal/pgproxy) to the database at raw,
// closed when the test ends, and returns it with the URL that reaches the
// database through it.
func proxyTo(t *testing.T, raw string) (*pgproxy.Proxy, string) {
	t.Helper()
	u, err := url.Parse(raw)
	check(t, err)
	p, err := pgproxy.Start(u.Host)
	check(t, err)
	t.Cleanup(func() { p.Close() })
	through, err := p.URL(raw)
	check(t, err)
	return p, through
}

// openThrough opens a Store on the database at raw through a proxy of its
// own, as a member's window far from the server would.
func openThrough(t *testing.T, raw string) (*postgres.Store, *pgproxy.Proxy) {
	t.Helper()
	p, through := proxyTo(t, raw)
	s, err := postgres.Open(context.Background(), through)
	check(t, err)
	t.Cleanup(func() { s.Close() })
	return s, p
}

// deciding is a meeting under way with one proposal on its agenda, in a
// store reached directly and through a proxy (s), as a secretary's
// window far from the server reaches it.
type deciding struct {
	w      *storetest.World
	direct *postgres.Store
	s      *postgres.Store
	proxy  *pgproxy.Proxy
	m      model.Meeting
	p      model.Proposal
	it     model.Item
}

// newDeciding makes the meeting, its item and the proxied store.
func newDeciding(t *testing.T) *deciding {
	t.Helper()
	direct, raw := openStore(t)
	d := &deciding{w: storetest.NewWorld(t, direct), direct: direct}
	d.m = d.w.AddMeeting(storetest.Start.Add(48 * time.Hour))
	d.p = d.w.Ready("1.1", "Insats")
	d.it = d.w.AddItem(d.m, d.p)
	d.w.Begin(d.m)
	d.s, d.proxy = openThrough(t, raw)
	return d
}

// rawDB connects to the store's database with plain pgx, as someone with
// psql would: none of the store's code.
func rawDB(t *testing.T, url string) *pgx.Conn {
	t.Helper()
	db, err := pgx.Connect(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close(context.Background()) })
	return db
}

// check and wantCode are the contract's (storetest.Check, WantCode).
var check, wantCode = storetest.Check, storetest.WantCode

// wantRefused checks that a plain SQL statement failed with a message
// containing want.
func wantRefused(t *testing.T, db *pgx.Conn, want, stmt string, args ...any) {
	t.Helper()
	_, err := db.Exec(context.Background(), stmt, args...)
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("%s: got %v, want an error with %q", stmt, err, want)
	}
}

// world is the suite's World on a PostgreSQL store of its own, with the
// store as itself and its database's URL for what only PostgreSQL has
// (plain SQL, its errors, a second client).
type world struct {
	*storetest.World
	s   *postgres.Store
	url string
}

func newWorld(t *testing.T) *world {
	t.Helper()
	s, url := openStore(t)
	return &world{storetest.NewWorld(t, s), s, url}
}

// signedOffWorld is storetest.SignedOffWorld on a PostgreSQL store of its
// own.
func signedOffWorld(t *testing.T) (*world, model.Meeting, model.Item) {
	t.Helper()
	s, url := openStore(t)
	w, m, it := storetest.SignedOffWorld(t, s)
	return &world{w, s, url}, m, it
}

// reportText is a check report as lines, as `styrgrupp check` prints it.
func reportText(r model.CheckReport) string {
	lines := append(append(append([]string(nil), r.Integrity...), r.ForeignKeys...), r.Minutes...)
	if b := r.Chain; b != nil {
		lines = append(lines, fmt.Sprintf("granskningsloggen: rad %d (%s) %s", b.Seq, b.Reason, r.Unlogged))
	}
	return strings.Join(lines, "\n")
}
