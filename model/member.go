package model

import (
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"
)

// Member is a person in the steering group.
type Member struct {
	ID        int64
	Name      string
	Title     string // e.g. Socialchef
	Email     string
	Role      MemberRole // the standing role, a new meeting's default; empty is MemberRoleMember
	Active    bool       // inactive members stay in old minutes but are not offered for new meetings
	CreatedAt time.Time
}

// Validate checks that the member has a name and a known role (or none,
// which is the default).
func (m Member) Validate() error {
	if strings.TrimSpace(m.Name) == "" {
		return FieldError("name", "member_name_required")
	}
	if !m.Role.Valid() {
		return FieldError("role", "member_role_invalid", string(m.Role))
	}
	return nil
}

// Initials returns the member's initials, "AL" for "Anna Lindqvist".
func (m Member) Initials() string {
	var b strings.Builder
	for _, w := range strings.Fields(norm.NFC.String(m.Name)) {
		for _, part := range strings.Split(w, "-") {
			if r := []rune(part); len(r) > 0 {
				b.WriteString(strings.ToUpper(string(r[0])))
			}
		}
	}
	return b.String()
}
