package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// A role the store refused cannot be written past it either: the file's
// CHECK refuses it.
func TestMemberRoleCheckRefusesPlainSQL(t *testing.T) {
	w := newWorld(t)
	db := rawDB(t, w.s.Path())
	if _, err := db.Exec(`UPDATE members SET role = 'kung' WHERE id = 1`); err == nil {
		t.Error("the file accepts an unknown role")
	}
}

// A store written before roles (schema 3) gets role 'member' for every
// member when this program opens it.
func TestMemberRoleOnAStoreFromSchema3(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gammal.db")
	db := rawDB(t, path)
	_, err := db.Exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`)
	check(t, err)
	for v, name := range []string{"0001_init.sql", "0002_locks.sql", "0003_search.sql"} {
		b, err := os.ReadFile(filepath.Join("migrations", name))
		check(t, err)
		_, err = db.Exec(string(b))
		check(t, err)
		_, err = db.Exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, '2026-01-01T00:00:00Z')`, v+1)
		check(t, err)
	}
	_, err = db.Exec(`PRAGMA user_version = 3;
		INSERT INTO members (name, title, email, active, created_at) VALUES
			('Anna Lindqvist', 'Kommundirektör', '', 1, '2026-01-01T00:00:00Z'),
			('Mats Hedlund', 'Socialchef', '', 0, '2026-01-01T00:00:00Z')`)
	check(t, err)
	check(t, db.Close())

	s, err := sqlite.Open(path)
	check(t, err)
	t.Cleanup(func() { s.Close() })
	if sqlite.SchemaVersion() < 4 {
		t.Fatalf("schema version %d has no roles", sqlite.SchemaVersion())
	}
	ms, err := s.Members(context.Background())
	check(t, err)
	if len(ms) != 2 {
		t.Fatalf("%d members after migrating, want 2", len(ms))
	}
	for _, m := range ms {
		if m.Role != model.MemberRoleMember {
			t.Errorf("%s has role %q after migrating, want member", m.Name, m.Role)
		}
	}
	if ms[0].Name != "Anna Lindqvist" || ms[0].Title != "Kommundirektör" || !ms[0].Active || ms[1].Active {
		t.Errorf("migrating changed the members: %+v", ms)
	}
	ms[1].Role = model.MemberRoleDeputy
	m, err := s.UpdateMember(model.WithActor(context.Background(), "Bo Ek"), ms[1])
	check(t, err)
	if m.Role != model.MemberRoleDeputy {
		t.Errorf("the migrated member's role = %q after the update, want deputy", m.Role)
	}
}
