package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/model"
)

// The who-am-I chooser names each member's standing role beside the title.
func TestWhoAmIOffersTheMembersWithTheirRoles(t *testing.T) {
	a := test.NewTempApp(t)
	if err := SetLanguage(model.Swedish); err != nil {
		t.Fatal(err)
	}
	s := demoStore(t)
	who := whoAmI{app: a, store: s, ctx: context.Background()}
	d, err := who.newDialog(a.NewWindow("who"), nil)
	if err != nil {
		t.Fatal(err)
	}
	roles := map[model.MemberRole]int{}
	for i, m := range d.members {
		opt := d.sel.Options[i]
		if !strings.HasPrefix(opt, m.Name) {
			t.Errorf("option %q does not start with %q", opt, m.Name)
		}
		if r := m.Role.OrDefault(); r != model.MemberRoleMember {
			roles[r]++
			if !strings.HasSuffix(opt, " · "+r.Label(model.Swedish)) {
				t.Errorf("option %q does not name the role %s", opt, r)
			}
		} else if strings.Contains(opt, "·") {
			t.Errorf("option %q names a role for a plain member", opt)
		}
	}
	if roles[model.MemberRoleChair] != 1 || roles[model.MemberRoleSecretary] != 1 {
		t.Errorf("the chooser names roles %v, want the demo's chair and secretary", roles)
	}
}
