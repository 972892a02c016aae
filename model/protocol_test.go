package model_test

import (
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestCheckProtocolSave(t *testing.T) {
	open := model.Meeting{ID: 1, SignOffs: []model.SignOff{{Role: model.RoleChair}}}
	signed := model.Meeting{ID: 1, SignOffs: []model.SignOff{{Role: model.RoleChair}, {Role: model.RoleAdjuster}}}
	first := []byte("%PDF first")
	for _, c := range []struct {
		name         string
		m            model.Meeting
		stored, next []byte
		key          string
	}{
		{"first version", signed, nil, first, ""},
		{"extends", signed, first, []byte("%PDF first, second"), ""},
		{"open meeting", open, nil, first, "protocol_not_signed_off"},
		{"empty", signed, nil, nil, "protocol_empty"},
		{"same bytes", signed, first, first, "protocol_not_extension"},
		{"shorter", signed, first, first[:4], "protocol_not_extension"},
		{"replaced", signed, first, []byte("%PDF other file"), "protocol_not_extension"},
	} {
		err := model.CheckProtocolSave(c.m, c.stored, c.next)
		got := ""
		if e, ok := err.(*model.Error); ok {
			got = e.Key
		}
		if got != c.key {
			t.Errorf("%s: got %q (%v), want %q", c.name, got, err, c.key)
		}
	}
}

func TestSignedOffBy(t *testing.T) {
	m := model.Meeting{SignOffs: []model.SignOff{
		{MemberID: 1, Role: model.RoleChair, CertSHA256: "aa", SignedAt: time.Now()},
		{MemberID: 2, Role: model.RoleAdjuster},
	}}
	if s, ok := m.SignedOffBy("aa"); !ok || s.MemberID != 1 {
		t.Errorf("SignedOffBy(aa) = %+v, %v", s, ok)
	}
	if _, ok := m.SignedOffBy(""); ok {
		t.Error("a sign-off without a certificate matches the empty hash")
	}
	if _, ok := m.SignedOffBy("bb"); ok {
		t.Error("an unknown certificate matches")
	}
}
