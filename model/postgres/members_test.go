package postgres_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestMembers(t *testing.T) {
	s, _ := openStore(t)
	clk := &clock{now: start}
	a, err := s.CreateMember(clk.at("Bo Ek"), model.Member{Name: " Anna Lindqvist ", Title: "Kommundirektör", Email: "anna@example.se", Active: true})
	check(t, err)
	if a.ID == 0 || a.Name != "Anna Lindqvist" || !a.Active || !a.CreatedAt.Equal(clk.last()) {
		t.Fatalf("created %+v", a)
	}
	b, err := s.CreateMember(clk.at("Bo Ek"), model.Member{Name: "Örjan Åkesson-Ek", Title: "Socialchef"})
	check(t, err)

	got, err := s.Member(context.Background(), a.ID)
	check(t, err)
	if !reflect.DeepEqual(got, a) {
		t.Errorf("Member = %+v, want %+v", got, a)
	}
	b.Active, b.Email = true, "orjan@example.se"
	b2, err := s.UpdateMember(clk.at("Bo Ek"), b)
	check(t, err)
	if !reflect.DeepEqual(b2, b) {
		t.Errorf("updated %+v, want %+v", b2, b)
	}
	all, err := s.Members(context.Background())
	check(t, err)
	if len(all) != 2 || all[0].ID != a.ID || all[1].Email != "orjan@example.se" {
		t.Errorf("Members = %+v", all)
	}

	_, err = s.CreateMember(clk.at("Bo Ek"), model.Member{Name: "  "})
	wantCode(t, err, model.EInvalid, "member_name_required")
	_, err = s.UpdateMember(clk.at("Bo Ek"), model.Member{ID: 99, Name: "Ingen"})
	wantCode(t, err, model.ENotFound, "not_found")
	_, err = s.Member(context.Background(), 99)
	wantCode(t, err, model.ENotFound, "not_found")

	rows, err := s.Audit(context.Background(), "member", "2", 0)
	check(t, err)
	if len(rows) != 2 || rows[0].Action != "member.update" || rows[1].Action != "member.create" {
		t.Errorf("audit %+v", rows)
	}
}
