package postgres

import (
	"context"
	"regexp"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pgurl"
)

// The store is the server's word on who is signed in (migrations/0004).
var _ model.SignedInStore = (*Store)(nil)

// SignedIn returns the member the connection's login is mapped to (the
// table logins); ok is false for a login mapped to none, such as the
// database's owner.
func (s *Store) SignedIn(ctx context.Context) (m model.Member, ok bool, err error) {
	var id *int64
	if err := s.pool.QueryRow(ctx, `SELECT styrgrupp_me()`).Scan(&id); err != nil {
		return m, false, s.fail(err)
	}
	if id == nil {
		return m, false, nil
	}
	m, err = s.Member(ctx, *id)
	return m, err == nil, err
}

// Rights asks the server what the connection's login may do: a login
// mapped to no member (the owner) may do all, a member's login what its
// group role grants (styrgrupp_is_secretary).
func (s *Store) Rights(ctx context.Context) (model.Rights, error) {
	var r model.Rights
	err := s.pool.QueryRow(ctx, `SELECT styrgrupp_me() IS NULL OR styrgrupp_is_secretary()`).Scan(&r.Secretary)
	if err != nil {
		return model.Rights{}, s.fail(err)
	}
	return r, nil
}

// signedInSQL gives the signed-in member's name, NULL when the login is
// mapped to none: a write of a mapped login is recorded in that name,
// whatever the context's actor says, as the server's triggers insist.
const signedInSQL = `SELECT styrgrupp_me_name()`

// actor is who a write is recorded as made by: the signed-in member's
// name, or else the context's actor.
func actor(ctx context.Context, signedIn *string) string {
	if signedIn != nil {
		return *signedIn
	}
	return model.ActorFrom(ctx)
}

// refusal says in words why the server refused a login what it asked: a
// message key under "denied." (model/messages_denied.go), written in the
// language of the message it is an argument of.
type refusal string

// Label returns the reason in l.
func (r refusal) Label(l model.Language) string { return model.Message(l, "denied."+string(r)) }

// deniedTag finds the key of a refusal by migrations/0004's triggers
// (styrgrupp[denied_author]: …), deniedTable the table the server's own
// refusals name (permission denied for table decisions; new row violates
// row-level security policy for table "comments"), or whose id sequence
// they name (permission denied for sequence proposals_id_seq).
var (
	deniedTag   = regexp.MustCompile(`styrgrupp\[denied_([a-z_]+)\]`)
	deniedTable = regexp.MustCompile(`for (?:table|sequence) "?([a-z_]+?)(?:_id_seq|_seq_seq)?"?$`)
)

// refusalOf tells why the server refused, from its message.
func refusalOf(pe *pgconn.PgError) refusal {
	if m := deniedTag.FindStringSubmatch(pe.Message); m != nil {
		return refusal(m[1])
	}
	switch {
	case strings.Contains(pe.Message, "to create role"):
		return "create_role"
	case strings.Contains(pe.Message, "for database"):
		return "connect"
	case strings.Contains(pe.Message, "for schema"):
		return "upgrade" // only a migration creates anything in a schema
	}
	table := ""
	if m := deniedTable.FindStringSubmatch(pe.Message); m != nil {
		table = m[1]
	}
	switch table {
	case "":
		return "other"
	case "comments", "comment_search":
		return "comment"
	case "sign_offs", "minutes_records":
		return "sign_off"
	case "audit_log", "audit_head":
		return "audit"
	case "logins", "schema_migrations":
		return "owner"
	}
	return "secretary"
}

// denied is the EDenied error for a refusal of the server (SQLSTATE
// 42501): store_denied, with the server and the reason in words.
func (s *Store) denied(pe *pgconn.PgError, err error) error {
	return &model.Error{Code: model.EDenied, Key: "store_denied", Args: []any{pgurl.Label(s.url), refusalOf(pe)}, Err: err}
}
