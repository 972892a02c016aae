package postgres

import (
	"context"
	"strings"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// Members returns every member, active or not, in the order they were
// added.
func (s *Store) Members(ctx context.Context) (out []model.Member, err error) {
	err = s.readEach(ctx, func(t *tx) error {
		out, err = sqlstore.Collect(sqlstore.Select(t, `SELECT `+sqlstore.MemberCols+` FROM members ORDER BY id`), sqlstore.ScanMember)
		return err
	})
	return out, err
}

// Member returns the member with id.
func (s *Store) Member(ctx context.Context, id int64) (m model.Member, err error) {
	err = s.readEach(ctx, func(t *tx) error { m, err = sqlstore.LoadMember(t, id); return err })
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
func (s *Store) CreateMember(ctx context.Context, m model.Member) (out model.Member, err error) {
	m = cleanMember(m)
	if err := m.Validate(); err != nil {
		return out, err
	}
	err = s.write(ctx, func(t *tx) error {
		id, err := t.insert(`INSERT INTO members (name, title, email, role, active, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
			m.Name, m.Title, m.Email, string(m.Role), m.Active, sqlstore.FmtTime(t.now))
		if err != nil {
			return err
		}
		if err := t.audit("member.create", "member", id, sqlstore.Detail{"name": m.Name, "title": m.Title, "role": m.Role, "active": m.Active}); err != nil {
			return err
		}
		out, err = sqlstore.LoadMember(t, id)
		return err
	})
	return out, err
}

// UpdateMember changes a member's name, title, e-mail, standing role and
// whether they are active.
func (s *Store) UpdateMember(ctx context.Context, m model.Member) (out model.Member, err error) {
	m = cleanMember(m)
	if err := m.Validate(); err != nil {
		return out, err
	}
	err = s.write(ctx, func(t *tx) error {
		old, err := sqlstore.LoadMember(t, m.ID)
		if err != nil {
			return err
		}
		if _, err := t.exec(`UPDATE members SET name = $1, title = $2, email = $3, role = $4, active = $5 WHERE id = $6`,
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
		if err := t.audit("member.update", "member", m.ID, sqlstore.Detail{"name": m.Name, "title": m.Title, "changed": changed}); err != nil {
			return err
		}
		out, err = sqlstore.LoadMember(t, m.ID)
		return err
	})
	return out, err
}
