package model

import "context"

// SignedInStore is a store that knows who is signed in: a shared store on
// a server, where each member logs in as their own database role and the
// server maps the login to a member. On such a store the member is the
// server's word: the window does not ask "Vem är du?", and every write is
// recorded in the signed-in member's name, whatever the context's actor
// says.
type SignedInStore interface {
	// SignedIn returns the member this connection's login is mapped to;
	// ok is false when the login is mapped to no member (the database's
	// owner, running the server's own commands).
	SignedIn(ctx context.Context) (m Member, ok bool, err error)
	// Rights returns what this connection's login may do, as the server
	// enforces it; a login mapped to no member (the owner) may do all.
	Rights(ctx context.Context) (Rights, error)
}

// Rights is what the signed-in login may do on a shared store. Every
// member reads everything, comments as themselves and signs off in the
// roles a meeting names them for; the rest is the secretary's.
type Rights struct {
	// Secretary tells whether the login may write proposals (new, edit,
	// mark ready, withdraw), import, record decisions, create and edit
	// meetings and their agendas, and manage members and follow-ups.
	Secretary bool
}

// AllRights is what a user of a store that knows no logins (a file) may
// do: everything.
var AllRights = Rights{Secretary: true}

// RightsOf returns what the login of s may do: the server's word on a
// SignedInStore, and AllRights on any other store.
func RightsOf(ctx context.Context, s any) (Rights, error) {
	if si, ok := s.(SignedInStore); ok {
		return si.Rights(ctx)
	}
	return AllRights, nil
}

// ChangeFeed is a store that tells of changes as they are made, by this
// program or any other client, instead of being polled with Version.
type ChangeFeed interface {
	// Changes returns a channel that receives the store's Version after
	// each change, from any client, until ctx ends; then it is closed.
	// While the server cannot be reached, the feed reconnects by itself
	// and sends the Version it finds when it is back, so nothing missed
	// in between goes unnoticed.
	Changes(ctx context.Context) <-chan int64
}

// Unreachable reports whether err says that the store's server could not
// be reached (EUnavailable): the connection failed or broke, as opposed to
// the server refusing what was asked.
func Unreachable(err error) bool { return ErrorCode(err) == EUnavailable }
