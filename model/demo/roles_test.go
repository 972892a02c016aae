package demo_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/styrgrupp/styrgrupp/assets"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/demo"
	"github.com/styrgrupp/styrgrupp/model/sqlite"
)

// The demo's group has one chair and one secretary, who are the ones its
// meetings name; the rest are members or deputies.
func TestDemoMembersHaveStandingRoles(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := demo.Load(ctx, s, assets.Demo); err != nil {
		t.Fatal(err)
	}
	ms, err := s.Members(ctx)
	if err != nil {
		t.Fatal(err)
	}
	count := map[model.MemberRole]int{}
	byID := map[int64]model.Member{}
	for _, m := range ms {
		count[m.Role]++
		byID[m.ID] = m
		switch m.Role {
		case model.MemberRoleChair, model.MemberRoleSecretary, model.MemberRoleMember, model.MemberRoleDeputy:
		default:
			t.Errorf("%s has role %q", m.Name, m.Role)
		}
	}
	if count[model.MemberRoleChair] != 1 || count[model.MemberRoleSecretary] != 1 || count[model.MemberRoleMember] < 5 {
		t.Errorf("roles %v, want one chair, one secretary and mostly members", count)
	}
	meetings, err := s.Meetings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range meetings {
		if byID[m.ChairID].Role != model.MemberRoleChair || byID[m.SecretaryID].Role != model.MemberRoleSecretary {
			t.Errorf("meeting %v: chair %s and secretary %s do not hold those standing roles",
				m.StartsAt, byID[m.ChairID].Name, byID[m.SecretaryID].Name)
		}
	}
}
