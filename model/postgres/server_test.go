package postgres_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/pgtest"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/postgres"
)

// The tests in this file are of what the PostgreSQL store adds to the
// rules it shares with model/sqlite: several clients on one server.

// Eight members write at once, each through a Store of their own, as
// eight desktops would: nothing is lost, the audit chain stays one chain
// numbered without a gap, and Check passes.
func TestConcurrentWritersKeepOneChain(t *testing.T) {
	w := newWorld(t)
	const writers, each = 8, 12
	ctx := context.Background()
	before, err := w.s.Audit(ctx, "", "", 0)
	check(t, err)
	var wg sync.WaitGroup
	errs := make(chan error, writers*each*2)
	for i := range writers {
		s := w.s
		if i > 0 {
			s = openAgain(t, w.url)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			actx := model.WithActor(ctx, fmt.Sprintf("Skrivare %d", i))
			for n := range each {
				p, err := s.CreateProposal(actx, model.Content{Ref: fmt.Sprintf("1.%d", i*each+n+1),
					Kind: model.KindIntervention, Title: fmt.Sprintf("Insats %d från skrivare %d", n, i)})
				errs <- err
				if err == nil {
					_, err = s.AddComment(actx, model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: "Kommentar"})
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		check(t, err)
	}
	all, err := w.s.Audit(ctx, "", "", 0)
	check(t, err)
	if want := len(before) + writers*each*2; len(all) != want {
		t.Fatalf("%d audit rows, want %d", len(all), want)
	}
	for i, e := range all {
		if want := int64(len(all) - i); e.Seq != want {
			t.Fatalf("row %d has seq %d, want %d: a gap or a fork", i, e.Seq, want)
		}
	}
	r, err := w.s.Check(ctx)
	check(t, err)
	if !r.OK() || r.AuditRows != int64(len(all)) {
		t.Fatalf("check: %s", reportText(r))
	}
	ps, err := w.s.Proposals(ctx, model.ProposalFilter{})
	check(t, err)
	if len(ps) != 1+writers*each {
		t.Errorf("%d proposals, want %d", len(ps), 1+writers*each)
	}
}

// Several clients opening a new database at once create its schema once.
func TestClientsMigrateAtOnce(t *testing.T) {
	url := pgtest.URL(t)
	var wg sync.WaitGroup
	stores := make([]*postgres.Store, 4)
	errs := make([]error, len(stores))
	for i := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = postgres.Open(context.Background(), url)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		check(t, err)
		t.Cleanup(func() { stores[i].Close() })
	}
	var n, max int
	check(t, rawDB(t, url).QueryRow(context.Background(), `SELECT count(*), max(version) FROM schema_migrations`).Scan(&n, &max))
	if n != postgres.SchemaVersion() || max != postgres.SchemaVersion() {
		t.Errorf("schema_migrations has %d rows up to %d, want %d", n, max, postgres.SchemaVersion())
	}
	_, err := stores[1].CreateMember(context.Background(), model.Member{Name: "Anna Lindqvist", Active: true})
	check(t, err)
}

// TRUNCATE passes row triggers by; the tables that keep history refuse it
// too.
func TestTruncateRefused(t *testing.T) {
	w, _, _ := signedOffWorld(t)
	db := rawDB(t, w.url)
	for _, table := range []string{"audit_log", "audit_head", "minutes_records", "decisions", "items", "revisions", "meetings"} {
		wantRefused(t, db, "cannot be emptied", `TRUNCATE `+table+` CASCADE`)
	}
	r, err := w.s.Check(context.Background())
	check(t, err)
	if !r.OK() {
		t.Fatalf("check: %s", reportText(r))
	}
}

// Path names the server and database but never the password.
func TestPathHidesThePassword(t *testing.T) {
	url := pgtest.URL(t)
	withPassword := strings.Replace(url, "postgres@", "postgres:hemligt@", 1)
	if withPassword == url {
		t.Skip("the test cluster's URL has no user part to add a password to")
	}
	s, err := postgres.Open(context.Background(), withPassword) // the test cluster trusts local users
	check(t, err)
	defer s.Close()
	if p := s.Path(); strings.Contains(p, "hemligt") || !strings.Contains(p, "postgres@") {
		t.Errorf("Path() = %q", p)
	}
	err = s.Backup(context.Background(), t.TempDir()+"/kopia.db")
	wantCode(t, err, model.EState, "backup_not_supported")
}

// A database that is not there gives a model error that names the server
// without its password.
func TestOpenFailureNamesTheServer(t *testing.T) {
	url := pgtest.URL(t)
	bad := strings.Replace(url, "postgres@", "postgres:hemligt@", 1)
	bad = bad[:strings.LastIndex(bad, "/")] + "/finns_inte?sslmode=disable"
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, err := postgres.Open(ctx, bad)
	if err == nil {
		t.Fatal("opened a database that is not there")
	}
	msg := model.ErrorMessage(err, model.English)
	if model.ErrorCode(err) != model.ENotFound || !strings.Contains(msg, "finns_inte") || strings.Contains(msg, "hemligt") {
		t.Errorf("error %v", err)
	}
}

// The signed-off minutes changed past the triggers (a superuser's
// session_replication_role = replica skips them all) are found by Check,
// which names the table, row and field, as model/sqlite's check does.
func TestCheckFindsTamperedMinutes(t *testing.T) {
	w, m, it := signedOffWorld(t)
	ctx := context.Background()
	db := rawDB(t, w.url)
	_, err := db.Exec(ctx, `SET session_replication_role = replica`)
	check(t, err)
	for _, stmt := range []string{
		`UPDATE decisions SET text = text || ' Dessutom får socialchefen fria händer.' WHERE id = $1`,
		`UPDATE decisions SET recipients = jsonb_set(recipients, '{0}', '"Ingen"') WHERE id = $1 AND recipients <> '[]'`,
	} {
		_, err := db.Exec(ctx, stmt, it.Decision.ID)
		check(t, err)
	}
	_, err = db.Exec(ctx, `UPDATE attendees SET decides = false WHERE meeting_id = $1`, m.ID)
	check(t, err)
	r, err := w.s.Check(ctx)
	check(t, err)
	text := reportText(r)
	for _, want := range []string{fmt.Sprintf("decisions rad %d (§", it.Decision.ID), ": Text", "Attendees[0].Decides"} {
		if !strings.Contains(text, want) {
			t.Errorf("check's report lacks %q:\n%s", want, text)
		}
	}
	if r.OK() || len(r.Minutes) == 0 {
		t.Fatalf("check passed: %s", text)
	}
}

// A database that a newer program has migrated further is refused, and
// left as it is.
func TestNewerSchemaRefused(t *testing.T) {
	s, url := openStore(t)
	s.Close()
	db := rawDB(t, url)
	_, err := db.Exec(context.Background(), `INSERT INTO schema_migrations (version, name) VALUES (99, '0099_framtiden.sql')`)
	check(t, err)
	_, err = postgres.Open(context.Background(), url)
	wantCode(t, err, model.EState, "store_newer")
	var n int
	check(t, db.QueryRow(context.Background(), `SELECT count(*) FROM schema_migrations`).Scan(&n))
	if n != postgres.SchemaVersion()+1 {
		t.Errorf("schema_migrations has %d rows", n)
	}
}
