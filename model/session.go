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
