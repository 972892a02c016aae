package sqlite_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

func TestMemberRoleRoundTrips(t *testing.T) {
	s := openStore(t)
	clk := &clock{now: start}
	ctx := context.Background()

	plain, err := s.CreateMember(clk.at("Bo Ek"), model.Member{Name: "Anna Lindqvist", Active: true})
	check(t, err)
	if plain.Role != model.MemberRoleMember {
		t.Errorf("a member created without a role has %q, want member", plain.Role)
	}
	for _, r := range model.MemberRoles {
		m, err := s.CreateMember(clk.at("Bo Ek"), model.Member{Name: "Ledamot " + string(r), Role: r, Active: true})
		check(t, err)
		got, err := s.Member(ctx, m.ID)
		check(t, err)
		if got.Role != r || m.Role != r {
			t.Errorf("created with %q, got back %q and read %q", r, m.Role, got.Role)
		}
	}

	plain.Role = model.MemberRoleChair
	updated, err := s.UpdateMember(clk.at("Bo Ek"), plain)
	check(t, err)
	if updated.Role != model.MemberRoleChair {
		t.Errorf("updated role = %q, want chair", updated.Role)
	}
	got, err := s.Member(ctx, plain.ID)
	check(t, err)
	if got.Role != model.MemberRoleChair {
		t.Errorf("stored role = %q, want chair", got.Role)
	}
	rows, err := s.Audit(ctx, "member", "1", 1)
	check(t, err)
	var d struct {
		Changed []string `json:"changed"`
	}
	if len(rows) != 1 || json.Unmarshal([]byte(rows[0].Detail), &d) != nil || len(d.Changed) != 1 || d.Changed[0] != "role" {
		t.Errorf("the audit row does not name the changed role: %+v", rows)
	}

	// An unknown role is refused by the store and, written past it, by the
	// file's CHECK.
	plain.Role = "kung"
	_, err = s.UpdateMember(clk.at("Bo Ek"), plain)
	wantCode(t, err, model.EInvalid, "member_role_invalid")
	_, err = s.CreateMember(clk.at("Bo Ek"), model.Member{Name: "Karl", Role: "kung"})
	wantCode(t, err, model.EInvalid, "member_role_invalid")
	if got, err := s.Member(ctx, plain.ID); err != nil || got.Role != model.MemberRoleChair {
		t.Errorf("the refused update changed the role to %q (%v)", got.Role, err)
	}
	db := rawDB(t, s.Path())
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
