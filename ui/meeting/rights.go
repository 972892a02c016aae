package meeting

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/model"
)

// signOffRoles are the roles in which a meeting's minutes are signed off,
// in the order the sign-off dialog offers them.
var signOffRoles = []model.Role{model.RoleChair, model.RoleAdjuster}

// ownRoles are the roles in which the user may sign off mt's minutes: on
// a shared store only those the signed-in member holds at mt, as the
// server allows; elsewhere both, for whoever holds them.
func (m *Window) ownRoles(mt model.Meeting) []model.Role {
	if !m.shell.SignedIn() {
		return signOffRoles
	}
	var out []model.Role
	for _, r := range signOffRoles {
		if me := m.shell.Me(); me != 0 && roleMember(mt, r) == me {
			out = append(out, r)
		}
	}
	return out
}

// awaitsMySignOff tells whether mt's minutes wait for a sign-off in one
// of the user's own roles.
func (m *Window) awaitsMySignOff(mt model.Meeting) bool {
	for _, r := range m.ownRoles(mt) {
		if !signedAs(mt, r) {
			return true
		}
	}
	return false
}

// rightsNote says why the buttons the login may not use are disabled: a
// member who is not the secretary prepares no meeting, and one who holds
// no role at mt does not sign off its minutes (when they could be, by
// signable). It is "" when the login may do all.
func (m *Window) rightsNote(mt model.Meeting, signable bool) string {
	var why []string
	if !m.shell.Rights().Secretary {
		why = append(why, lang.L("rights.member_line"))
	}
	if signable && len(m.ownRoles(mt)) == 0 {
		why = append(why, lang.L("rights.sign_off_not_yours"))
	}
	return strings.Join(why, " ")
}

// hint returns the message secretary, which tells what to do next with
// a button, when the login may press it; otherwise the message member,
// which tells only the state.
func (m *Window) hint(secretary, member string) string {
	if m.shell.Rights().Secretary {
		return lang.L(secretary)
	}
	return lang.L(member)
}
