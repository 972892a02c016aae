package model_test

import (
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestParseMemberRole(t *testing.T) {
	runParse(t, "ParseMemberRole", model.ParseMemberRole, []parseCase[model.MemberRole]{
		{"chair", model.MemberRoleChair, true},
		{"Ordförande", model.MemberRoleChair, true},
		{"ORDFÖRANDE", model.MemberRoleChair, true},
		{nfd("ordförande"), model.MemberRoleChair, true},
		{"Chair", model.MemberRoleChair, true},
		{"vice_chair", model.MemberRoleViceChair, true},
		{"Vice ordförande", model.MemberRoleViceChair, true},
		{"vice  ordförande", model.MemberRoleViceChair, true},
		{"vice-ordförande", model.MemberRoleViceChair, true},
		{"Vice chair", model.MemberRoleViceChair, true},
		{"Sekreterare", model.MemberRoleSecretary, true},
		{"secretary", model.MemberRoleSecretary, true},
		{"Ledamot", model.MemberRoleMember, true},
		{"member", model.MemberRoleMember, true},
		{"ordinarie ledamot", model.MemberRoleMember, true},
		{"Ersättare", model.MemberRoleDeputy, true},
		{"suppleant", model.MemberRoleDeputy, true},
		{"Deputy", model.MemberRoleDeputy, true},
		{"Adjungerad", model.MemberRoleCoOpted, true},
		{"co_opted", model.MemberRoleCoOpted, true},
		{"Co-opted", model.MemberRoleCoOpted, true},
		{"  adjungerad ledamot ", model.MemberRoleCoOpted, true},
		{"", "", false},
		{"justerare", "", false}, // a role in one meeting, not a standing one
		{"kung", "", false},
	})
}

// Every standing role has a name in both languages, and reading the name
// back gives the role.
func TestMemberRolesRoundTrip(t *testing.T) {
	want := map[model.MemberRole][2]string{
		model.MemberRoleChair:     {"Ordförande", "Chair"},
		model.MemberRoleViceChair: {"Vice ordförande", "Vice chair"},
		model.MemberRoleSecretary: {"Sekreterare", "Secretary"},
		model.MemberRoleMember:    {"Ledamot", "Member"},
		model.MemberRoleDeputy:    {"Ersättare", "Deputy"},
		model.MemberRoleCoOpted:   {"Adjungerad", "Co-opted"},
	}
	if len(model.MemberRoles) != len(want) {
		t.Fatalf("%d roles, want %d", len(model.MemberRoles), len(want))
	}
	for _, r := range model.MemberRoles {
		for i, l := range []model.Language{model.Swedish, model.English} {
			key := "member_role." + string(r)
			if _, ok := model.Catalogue[l][key]; !ok {
				t.Errorf("label %q has no %s name", key, l)
			}
			name := r.Label(l)
			if name != want[r][i] {
				t.Errorf("%s in %s = %q, want %q", r, l, name, want[r][i])
			}
			if got, ok := model.ParseMemberRole(name); !ok || got != r {
				t.Errorf("ParseMemberRole(%q) = %q, %v; want %q", name, got, ok, r)
			}
		}
		if got, ok := model.ParseMemberRole(string(r)); !ok || got != r {
			t.Errorf("ParseMemberRole(%q) = %q, %v", r, got, ok)
		}
		if !r.Valid() {
			t.Errorf("%s is not valid", r)
		}
	}
	var none model.MemberRole
	if none.OrDefault() != model.MemberRoleMember || !none.Valid() || none.Label(model.Swedish) != "Ledamot" {
		t.Errorf("the empty role is not the default member: %q, %v, %q", none.OrDefault(), none.Valid(), none.Label(model.Swedish))
	}
}

func TestMemberValidateChecksTheRole(t *testing.T) {
	m := model.Member{Name: "Anna Lindqvist"}
	if err := m.Validate(); err != nil {
		t.Errorf("a member without a role: %v", err)
	}
	m.Role = model.MemberRoleSecretary
	if err := m.Validate(); err != nil {
		t.Errorf("a secretary: %v", err)
	}
	m.Role = "kung"
	e := assertErr(t, m.Validate(), model.EInvalid, "member_role_invalid")
	if e.Field != "role" {
		t.Errorf("the error names field %q, want role", e.Field)
	}
	if msg := e.Message(model.Swedish); msg != `"kung" är ingen roll i styrgruppen (ordförande, vice ordförande, sekreterare, ledamot, ersättare eller adjungerad).` {
		t.Errorf("sv = %q", msg)
	}
}
