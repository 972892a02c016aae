package model_test

import (
	"context"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

func TestMemberInitials(t *testing.T) {
	tests := []struct {
		name, want string
	}{
		{"Anna Lindqvist", "AL"},
		{"Eva-Lena Ek", "ELE"},
		{"Per Olof Jönsson-Åberg", "POJÅ"},
		{"åsa öberg", "ÅÖ"},
		{"  Karin   Berg  ", "KB"},
		{"Madonna", "M"},
		{"Anna-", "A"},
		{"-", ""},
		{"", ""},
		{"   ", ""},
		{"A\u030asa Berg", "ÅB"}, // NFD is composed first
	}
	for _, tt := range tests {
		if got := (model.Member{Name: tt.name}).Initials(); got != tt.want {
			t.Errorf("Initials(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestMemberValidate(t *testing.T) {
	assertNoErr(t, model.Member{Name: "Anna Lindqvist"}.Validate())
	for _, name := range []string{"", "  \t"} {
		e := assertErr(t, model.Member{Name: name}.Validate(), model.EInvalid, "member_name_required")
		if e.Field != "name" {
			t.Errorf("field = %q", e.Field)
		}
	}
}

func TestCommentValidate(t *testing.T) {
	tests := []struct {
		name string
		c    model.Comment
		keys []string
	}{
		{"valid", model.Comment{ProposalID: 1, AuthorID: 2, Body: "Bra förslag."}, nil},
		{"answer", model.Comment{ProposalID: 1, ParentID: 4, AuthorID: 2, Body: "Håller med."}, nil},
		{"empty body", model.Comment{AuthorID: 2, Body: " \n"}, []string{"comment_body_required"}},
		{"no author", model.Comment{Body: "Hej"}, []string{"comment_author_required"}},
		{"neither", model.Comment{}, []string{"comment_body_required", "comment_author_required"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.c.Validate()
			if tt.keys == nil {
				assertNoErr(t, err)
				return
			}
			for _, k := range tt.keys {
				assertErr(t, err, model.EInvalid, k)
			}
			assertKeys(t, err, tt.keys...)
		})
	}
}

func TestActorAndClock(t *testing.T) {
	ctx := context.Background()
	if got := model.ActorFrom(ctx); got != "system" {
		t.Errorf("ActorFrom(empty) = %q", got)
	}
	if got := model.ActorFrom(model.WithActor(ctx, "")); got != "system" {
		t.Errorf("ActorFrom(\"\") = %q", got)
	}
	if got := model.ActorFrom(model.WithActor(ctx, "Anna Lindqvist")); got != "Anna Lindqvist" {
		t.Errorf("ActorFrom = %q", got)
	}
	fixed := time.Date(2026, 11, 5, 10, 0, 0, 0, time.UTC)
	if got := model.Now(model.WithClock(ctx, func() time.Time { return fixed })); !got.Equal(fixed) {
		t.Errorf("Now = %v", got)
	}
	before := time.Now()
	if got := model.Now(ctx); got.Before(before) || got.After(time.Now()) {
		t.Errorf("Now without clock = %v", got)
	}
}
