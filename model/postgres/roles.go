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

// session is who the server says the connection's login is, read once
// at Open (sessionSQL): every connection of the pool logs in as the same
// login, and a login's mapping and group change only by IT's hand.
type session struct {
	// id and name are the member's the login is mapped to, nil for a
	// login mapped to none (the owner).
	id   *int64
	name *string
	// secretary: the login may do what only the secretary may (the owner
	// may do all).
	secretary bool
}

// sessionSQL reads a session in one round trip.
const sessionSQL = `SELECT styrgrupp_me(), styrgrupp_me_name(), styrgrupp_me() IS NULL OR styrgrupp_is_secretary()`

// readSession reads who the login is.
func (s *Store) readSession(ctx context.Context) error {
	return s.pool.QueryRow(ctx, sessionSQL).Scan(&s.session.id, &s.session.name, &s.session.secretary)
}

// SignedIn returns the member the connection's login is mapped to (the
// table logins), as the members table has them now; ok is false for a
// login mapped to none, such as the database's owner.
func (s *Store) SignedIn(ctx context.Context) (m model.Member, ok bool, err error) {
	if s.session.id == nil {
		return m, false, nil
	}
	m, err = s.Member(ctx, *s.session.id)
	return m, err == nil, err
}

// Rights tells what the connection's login may do, as the server said
// at Open: a login mapped to no member (the owner) may do all, a
// member's login what its group role grants (styrgrupp_is_secretary).
func (s *Store) Rights(context.Context) (model.Rights, error) {
	return model.Rights{Secretary: s.session.secretary}, nil
}

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
	case "justering_notes", "justering_rounds":
		return "justering"
	case "followup_notes":
		return "author" // a member adds notes, as themselves only
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
