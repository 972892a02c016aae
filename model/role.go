package model

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// MemberRole is a member's standing part in the steering group. It is a
// default: a meeting is offered its chair and secretary from it, but the
// roles in one meeting (Role) stay the meeting's own.
type MemberRole string

// Standing roles in the steering group; the empty role means the default,
// MemberRoleMember.
const (
	MemberRoleChair     MemberRole = "chair"      // ordförande
	MemberRoleViceChair MemberRole = "vice_chair" // vice ordförande
	MemberRoleSecretary MemberRole = "secretary"  // sekreterare
	MemberRoleMember    MemberRole = "member"     // ledamot
	MemberRoleDeputy    MemberRole = "deputy"     // ersättare
	MemberRoleCoOpted   MemberRole = "co_opted"   // adjungerad
)

// MemberRoles are the standing roles in their display order.
var MemberRoles = []MemberRole{MemberRoleChair, MemberRoleViceChair, MemberRoleSecretary,
	MemberRoleMember, MemberRoleDeputy, MemberRoleCoOpted}

// Label returns the role's name in l: "Ordförande", "Vice chair".
func (r MemberRole) Label(l Language) string { return label(l, "member_role."+string(r.OrDefault())) }

// OrDefault returns the role, or MemberRoleMember when it is empty.
func (r MemberRole) OrDefault() MemberRole {
	if r == "" {
		return MemberRoleMember
	}
	return r
}

// Valid tells whether r is one of MemberRoles or empty (the default).
func (r MemberRole) Valid() bool {
	for _, v := range MemberRoles {
		if r.OrDefault() == v {
			return true
		}
	}
	return false
}

// ParseMemberRole reads a standing role by its code or by its Swedish or
// English name ("Vice ordförande", "co-opted"), in any case.
func ParseMemberRole(s string) (MemberRole, bool) {
	s = strings.ToLower(strings.Join(strings.Fields(norm.NFC.String(s)), " "))
	if r, ok := parseEnum(s, MemberRoles, "member_role."); ok {
		return r, true
	}
	for _, r := range MemberRoles {
		for _, alias := range memberRoleAliases[r] {
			if s == alias {
				return r, true
			}
		}
	}
	return "", false
}

// memberRoleAliases are further names the roles are known by.
var memberRoleAliases = map[MemberRole][]string{
	MemberRoleChair:     {"ordf.", "chairman", "chairperson", "chairwoman"},
	MemberRoleViceChair: {"vice-ordförande", "vice ordf.", "vice-chair", "vice chairman", "vice chairperson"},
	MemberRoleSecretary: {"sekr."},
	MemberRoleMember:    {"ordinarie ledamot", "ordinary member"},
	MemberRoleDeputy:    {"suppleant", "substitute", "alternate", "deputy member"},
	MemberRoleCoOpted:   {"co-opted", "coopted", "adjungerad ledamot", "co-opted member"},
}
