package postgres_test

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/internal/pgtest"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/model/postgres"
)

// roleFixture is a shared store set up by its owner (server init) with the
// demo programme, and four logins, each with a password: the open
// meeting's chair and adjuster, the secretary and a plain member.
type roleFixture struct {
	owner *postgres.Store
	base  *url.URL // the owner's URL
	db    string
	open  model.Meeting // the demo's meeting not yet signed off
	// chair, adjuster, secretary and member are the members the logins
	// are mapped to.
	chair, adjuster, secretary, member model.Member
	logins                             map[int64]string // member id → login
}

// storyCtx is a context at the demo's story time, when its open meeting
// has ended and may be signed off.
func storyCtx() context.Context {
	return model.WithClock(context.Background(), func() time.Time { return demo.StoryTime })
}

func newRoleFixture(t *testing.T) *roleFixture {
	t.Helper()
	raw := pgtest.URL(t)
	ctx := storyCtx()
	owner, err := postgres.InitServer(ctx, raw)
	check(t, err)
	base, _ := url.Parse(raw)
	f := &roleFixture{owner: owner, base: base, db: strings.TrimPrefix(base.Path, "/"), logins: map[int64]string{}}
	t.Cleanup(func() { f.dropRoles(t) })
	t.Cleanup(func() { owner.Close() })
	check(t, demo.Load(ctx, owner, assets.Demo))

	ms, err := owner.Meetings(ctx)
	check(t, err)
	for _, m := range ms {
		if !m.SignedOff() {
			f.open = m
		}
	}
	if f.open.ID == 0 || f.open.ChairID == 0 || f.open.AdjusterID == 0 {
		t.Fatalf("the demo has no open meeting with a chair and an adjuster: %+v", f.open)
	}
	members, err := owner.Members(ctx)
	check(t, err)
	for _, m := range members {
		switch {
		case m.ID == f.open.ChairID:
			f.chair = m
		case m.ID == f.open.AdjusterID:
			f.adjuster = m
		case f.secretary.ID == 0:
			f.secretary = m
		case f.member.ID == 0:
			f.member = m
		}
	}
	for _, m := range []model.Member{f.chair, f.adjuster, f.member} {
		f.addLogin(t, m, false)
	}
	f.addLogin(t, f.secretary, true)
	return f
}

// at is a context whose clock is at t, acting as the context's actor says.
func at(when time.Time) context.Context {
	return model.WithActor(model.WithClock(context.Background(), func() time.Time { return when }), "Someone Else")
}

// decideAll has the secretary, through the store, approve every item of
// the open meeting that has no decision yet, during the meeting.
func (f *roleFixture) decideAll(t *testing.T) {
	t.Helper()
	s := f.storeAs(t, f.secretary)
	ctx := at(f.open.StartsAt.Add(10 * time.Minute))
	for _, it := range f.open.Items {
		if it.Decision == nil {
			_, err := s.RecordDecision(ctx, it.ID, model.Decision{Outcome: model.OutcomeApproved, Text: "Bifalls."})
			check(t, err)
		}
	}
	m, err := s.Meeting(ctx, f.open.ID)
	check(t, err)
	f.open = m
}

// addLogin gives m a login of this database (role names are the
// cluster's, and other tests make logins of their own at once).
func (f *roleFixture) addLogin(t *testing.T, m model.Member, secretary bool) {
	t.Helper()
	name := strings.ToLower(f.db + "_" + strings.Fields(m.Name)[0])
	name = strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' {
			return r
		}
		return 'x'
	}, name)
	check(t, f.owner.AddLogin(context.Background(), postgres.Login{Name: name, MemberID: m.ID, Secretary: secretary, Password: password(name)}))
	f.logins[m.ID] = name
}

// password is the test's password for a login.
func password(login string) string { return "lösen-" + login }

// urlOf is the URL that logs in as m's login with its password.
func (f *roleFixture) urlOf(m model.Member) string {
	u := *f.base
	login := f.logins[m.ID]
	u.User = url.UserPassword(login, password(login))
	return u.String()
}

// connAs connects as m's login with plain pgx, as psql would.
func (f *roleFixture) connAs(t *testing.T, m model.Member) *pgx.Conn {
	t.Helper()
	return rawDB(t, f.urlOf(m))
}

// storeAs opens the store as m's login.
func (f *roleFixture) storeAs(t *testing.T, m model.Member) *postgres.Store {
	t.Helper()
	s, err := postgres.Open(context.Background(), f.urlOf(m))
	check(t, err)
	t.Cleanup(func() { s.Close() })
	return s
}

// dropRoles removes the test's logins and group roles: the database is
// dropped after, but roles are the cluster's.
func (f *roleFixture) dropRoles(t *testing.T) {
	ctx := context.Background()
	db, err := pgx.Connect(ctx, f.base.String())
	if err != nil {
		t.Errorf("drop roles: %v", err)
		return
	}
	defer db.Close(ctx)
	roles := []string{f.db + "_member", f.db + "_secretary"}
	for _, l := range f.logins {
		roles = append(roles, l)
	}
	ids := make([]string, len(roles))
	for i, r := range roles {
		ids[i] = pgx.Identifier{r}.Sanitize()
	}
	list := strings.Join(ids, ", ")
	if _, err := db.Exec(ctx, "DROP OWNED BY "+list); err != nil {
		t.Errorf("drop owned: %v", err)
	}
	if _, err := db.Exec(ctx, "DROP ROLE "+list); err != nil {
		t.Errorf("drop roles: %v", err)
	}
}

// try runs a statement in a transaction it then rolls back, so that what
// one check writes does not change the next.
func try(t *testing.T, db *pgx.Conn, q string, args ...any) error {
	t.Helper()
	ctx := context.Background()
	tx, err := db.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	_, err = tx.Exec(ctx, q, args...)
	return err
}

// wantDenied fails unless err is the server's refusal of a privilege
// (SQLSTATE 42501).
func wantDenied(t *testing.T, err error, what string) {
	t.Helper()
	var pe *pgconn.PgError
	if !errors.As(err, &pe) || pe.Code != "42501" {
		t.Errorf("%s: want the server's refusal (42501), got %v", what, err)
	}
}

// wantOK fails on an error.
func wantOK(t *testing.T, err error, what string) {
	t.Helper()
	if err != nil {
		t.Errorf("%s: %v", what, err)
	}
}
