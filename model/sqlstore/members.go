package sqlstore

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
)

// MemberCols are the columns of members that ScanMember reads.
const MemberCols = `id, name, title, email, role, active, created_at`

// membersSelect reads every member, in the order they were added.
const membersSelect = `SELECT ` + MemberCols + ` FROM members ORDER BY id`

// ScanMember reads one member from MemberCols.
func ScanMember(sc Scanner) (model.Member, error) {
	var m model.Member
	var role, created string
	if err := sc.Scan(&m.ID, &m.Name, &m.Title, &m.Email, &role, &m.Active, &created); err != nil {
		return m, err
	}
	m.Role = model.MemberRole(role)
	var err error
	m.CreatedAt, err = ParseTime(created)
	return m, err
}

// LoadMember reads one member by id.
func LoadMember(t Tx, id int64) (model.Member, error) {
	m, err := ScanMember(t.QueryRow(`SELECT `+MemberCols+` FROM members WHERE id = $1`, id))
	return m, NoRows(err, "member", id)
}

// RequireMembers checks that every non-zero id names a member, in one
// query; the error names the first that does not.
func RequireMembers(t Tx, ids ...int64) error {
	var m membersFound
	if err := RunBatch(t, m.query(ids)...); err != nil {
		return err
	}
	return m.err()
}

// membersFound is what RequireMembers looks for, as a query of a batch:
// which of the non-zero ids name a member.
type membersFound struct {
	want  []any
	found []int64
}

// query is the batch's query, none when no id is wanted.
func (m *membersFound) query(ids []int64) []Query {
	var params []string
	for _, id := range ids {
		if id != 0 {
			m.want = append(m.want, id)
			params = append(params, fmt.Sprintf("$%d", len(m.want)))
		}
	}
	if len(m.want) == 0 {
		return nil
	}
	return []Query{{`SELECT id FROM members WHERE id IN (` + strings.Join(params, ",") + `)`, m.want,
		Into(&m.found, func(sc Scanner) (id int64, err error) { err = sc.Scan(&id); return id, err })}}
}

// err names the first id wanted that names no member.
func (m *membersFound) err() error {
	for _, id := range m.want {
		if !slices.Contains(m.found, id.(int64)) {
			return NotFound("member", id)
		}
	}
	return nil
}

// Members returns every member, active or not, in the order they were
// added.
func (s Store) Members(ctx context.Context) (out []model.Member, err error) {
	err = s.db.ReadEach(ctx, func(t Tx) error {
		out, err = Collect(Select(t, membersSelect), ScanMember)
		return err
	})
	return out, err
}

// Member returns the member with id.
func (s Store) Member(ctx context.Context, id int64) (m model.Member, err error) {
	err = s.db.ReadEach(ctx, func(t Tx) error { m, err = LoadMember(t, id); return err })
	return m, err
}

// cleanMember trims the member's text fields and gives a member without
// a role the default one.
func cleanMember(m model.Member) model.Member {
	m.Name = strings.TrimSpace(m.Name)
	m.Title = strings.TrimSpace(m.Title)
	m.Email = strings.TrimSpace(m.Email)
	m.Role = model.MemberRole(strings.TrimSpace(string(m.Role))).OrDefault()
	return m
}

// CreateMember adds a member; m.ID and m.CreatedAt are set by the store.
func (s Store) CreateMember(ctx context.Context, m model.Member) (out model.Member, err error) {
	m = cleanMember(m)
	if err := m.Validate(); err != nil {
		return out, err
	}
	err = s.db.Write(ctx, func(t Tx) error {
		id, err := t.Insert(`INSERT INTO members (name, title, email, role, active, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
			m.Name, m.Title, m.Email, string(m.Role), m.Active, FmtTime(t.Now()))
		if err != nil {
			return err
		}
		if err := t.Audit("member.create", "member", id, Detail{"name": m.Name, "title": m.Title, "role": m.Role, "active": m.Active}); err != nil {
			return err
		}
		out, err = LoadMember(t, id)
		return err
	})
	return out, err
}

// UpdateMember changes a member's name, title, e-mail, standing role and
// whether they are active.
func (s Store) UpdateMember(ctx context.Context, m model.Member) (out model.Member, err error) {
	m = cleanMember(m)
	if err := m.Validate(); err != nil {
		return out, err
	}
	err = s.db.Write(ctx, func(t Tx) error {
		old, err := LoadMember(t, m.ID)
		if err != nil {
			return err
		}
		if err := t.Exec(`UPDATE members SET name = $1, title = $2, email = $3, role = $4, active = $5 WHERE id = $6`,
			m.Name, m.Title, m.Email, string(m.Role), m.Active, m.ID); err != nil {
			return err
		}
		var changed []string
		for _, f := range []struct {
			name string
			diff bool
		}{{"name", old.Name != m.Name}, {"title", old.Title != m.Title}, {"email", old.Email != m.Email},
			{"role", old.Role != m.Role}, {"active", old.Active != m.Active}} {
			if f.diff {
				changed = append(changed, f.name)
			}
		}
		if err := t.Audit("member.update", "member", m.ID, Detail{"name": m.Name, "title": m.Title, "changed": changed}); err != nil {
			return err
		}
		out, err = LoadMember(t, m.ID)
		return err
	})
	return out, err
}
