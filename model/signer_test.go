package model_test

import (
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestSignerNameMatches(t *testing.T) {
	for _, c := range []struct {
		member, cert string
		want         bool
	}{
		{"Anna Lindqvist", "Anna Lindqvist", true},
		{"Anna Lindqvist", "anna  LINDQVIST", true},
		{"Anna Lindqvist", "Lindqvist, Anna", true},
		{"Anna Lindqvist", "Anna Maria Lindqvist", true},
		{"Per Åkesson", "Per A\u030akesson", true}, // å decomposed
		{"Anna Lindqvist", "Johan Berggren", false},
		{"Anna Lindqvist", "Anna Berg", false},
		{"Anna Lindqvist", "", false},
		{"", "Anna Lindqvist", false},
	} {
		if got := model.SignerNameMatches(c.member, c.cert); got != c.want {
			t.Errorf("SignerNameMatches(%q, %q) = %v, want %v", c.member, c.cert, got, c.want)
		}
	}
}

func TestCheckSignerRefusesTheOtherRolesIdentity(t *testing.T) {
	m := model.Meeting{SignOffs: []model.SignOff{{Role: model.RoleChair, Signer: "Johan Berggren, Älvstads kommun (469b c28e)"}}}
	err := m.CheckSigner("Johan Berggren, Älvstads kommun (469b c28e)")
	if model.ErrorCode(err) != model.EState || model.ErrorMessage(err, model.Swedish) == "" {
		t.Fatalf("same identity: %v", err)
	}
	if err := m.CheckSigner("Elin Nordström, Älvstads kommun (1234 abcd)"); err != nil {
		t.Errorf("another identity refused: %v", err)
	}
	if err := (model.Meeting{SignOffs: []model.SignOff{{Role: model.RoleChair}}}).CheckSigner(""); err != nil {
		t.Errorf("sign-offs without identity refused: %v", err)
	}
}
