package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"sync"
	"testing"

	"github.com/styrgrupp/styrgrupp/model"
)

func testMembers(t *testing.T, h Harness) {
	s := h.Open(t)
	clk := &Clock{now: Start}
	a, err := s.CreateMember(clk.At("Bo Ek"), model.Member{Name: " Anna Lindqvist ", Title: "Kommundirektör", Email: "anna@example.se", Active: true})
	check(t, err)
	if a.ID == 0 || a.Name != "Anna Lindqvist" || !a.Active || !a.CreatedAt.Equal(clk.Last()) {
		t.Fatalf("created %+v", a)
	}
	b, err := s.CreateMember(clk.At("Bo Ek"), model.Member{Name: "Örjan Åkesson-Ek", Title: "Socialchef"})
	check(t, err)

	got, err := s.Member(context.Background(), a.ID)
	check(t, err)
	if !reflect.DeepEqual(got, a) {
		t.Errorf("Member = %+v, want %+v", got, a)
	}
	b.Active, b.Email = true, "orjan@example.se"
	b2, err := s.UpdateMember(clk.At("Bo Ek"), b)
	check(t, err)
	if !reflect.DeepEqual(b2, b) {
		t.Errorf("updated %+v, want %+v", b2, b)
	}
	all, err := s.Members(context.Background())
	check(t, err)
	if len(all) != 2 || all[0].ID != a.ID || all[1].Email != "orjan@example.se" {
		t.Errorf("Members = %+v", all)
	}

	_, err = s.CreateMember(clk.At("Bo Ek"), model.Member{Name: "  "})
	wantCode(t, err, model.EInvalid, "member_name_required")
	_, err = s.UpdateMember(clk.At("Bo Ek"), model.Member{ID: 99, Name: "Ingen"})
	wantCode(t, err, model.ENotFound, "not_found")
	_, err = s.Member(context.Background(), 99)
	wantCode(t, err, model.ENotFound, "not_found")

	rows, err := s.Audit(context.Background(), "member", "2", 0)
	check(t, err)
	if len(rows) != 2 || rows[0].Action != "member.update" || rows[1].Action != "member.create" {
		t.Errorf("audit %+v", rows)
	}
}

func testMemberRoleRoundTrips(t *testing.T, h Harness) {
	s := h.Open(t)
	clk := &Clock{now: Start}
	ctx := context.Background()

	plain, err := s.CreateMember(clk.At("Bo Ek"), model.Member{Name: "Anna Lindqvist", Active: true})
	check(t, err)
	if plain.Role != model.MemberRoleMember {
		t.Errorf("a member created without a role has %q, want member", plain.Role)
	}
	for _, r := range model.MemberRoles {
		m, err := s.CreateMember(clk.At("Bo Ek"), model.Member{Name: "Ledamot " + string(r), Role: r, Active: true})
		check(t, err)
		got, err := s.Member(ctx, m.ID)
		check(t, err)
		if got.Role != r || m.Role != r {
			t.Errorf("created with %q, got back %q and read %q", r, m.Role, got.Role)
		}
	}

	plain.Role = model.MemberRoleChair
	updated, err := s.UpdateMember(clk.At("Bo Ek"), plain)
	check(t, err)
	if updated.Role != model.MemberRoleChair {
		t.Errorf("updated role = %q, want chair", updated.Role)
	}
	got, err := s.Member(ctx, plain.ID)
	check(t, err)
	if got.Role != model.MemberRoleChair {
		t.Errorf("stored role = %q, want chair", got.Role)
	}
	rows, err := s.Audit(ctx, "member", strconv.FormatInt(plain.ID, 10), 1)
	check(t, err)
	var d struct {
		Changed []string `json:"changed"`
	}
	if len(rows) != 1 || json.Unmarshal([]byte(rows[0].Detail), &d) != nil || len(d.Changed) != 1 || d.Changed[0] != "role" {
		t.Errorf("the audit row does not name the changed role: %+v", rows)
	}

	// An unknown role is refused.
	plain.Role = "kung"
	_, err = s.UpdateMember(clk.At("Bo Ek"), plain)
	wantCode(t, err, model.EInvalid, "member_role_invalid")
	_, err = s.CreateMember(clk.At("Bo Ek"), model.Member{Name: "Karl", Role: "kung"})
	wantCode(t, err, model.EInvalid, "member_role_invalid")
	if got, err := s.Member(ctx, plain.ID); err != nil || got.Role != model.MemberRoleChair {
		t.Errorf("the refused update changed the role to %q (%v)", got.Role, err)
	}
}

func testConcurrentWrites(t *testing.T, h Harness) {
	s := h.Open(t)
	clk := &Clock{now: Start}
	var wg sync.WaitGroup
	errs := make(chan error, 80)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 5 {
				_, err := s.CreateMember(clk.At("test"), model.Member{Name: fmt.Sprintf("Ledamot %d-%d", g, i)})
				errs <- err
				if _, err := s.Members(context.Background()); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		check(t, err)
	}
	ms, err := s.Members(context.Background())
	check(t, err)
	r, err := s.Check(context.Background())
	check(t, err)
	if len(ms) != 40 || !r.OK() || r.AuditRows != 40 {
		t.Fatalf("%d members, check %+v", len(ms), r)
	}
}
