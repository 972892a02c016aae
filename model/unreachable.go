package model

// UnreachableReason says in words why a store's server could not be
// reached or was lost: the second argument of store_unreachable, after
// the server's address, written in the message's language.
type UnreachableReason string

// The reasons a server cannot be reached.
const (
	// ReasonRefused: the address answers, but no database server accepts
	// connections there (it is stopped, or the port is wrong).
	ReasonRefused UnreachableReason = "refused"
	// ReasonUnknownHost: the server's name is not found.
	ReasonUnknownHost UnreachableReason = "unknown_host"
	// ReasonNetwork: the network has no way to the server.
	ReasonNetwork UnreachableReason = "network"
	// ReasonNoConnection: a connection could not be opened, for another
	// reason the system gave.
	ReasonNoConnection UnreachableReason = "no_connection"
	// ReasonNoAnswer: the server did not answer in time.
	ReasonNoAnswer UnreachableReason = "no_answer"
	// ReasonConnectionLost: an open connection broke, mid-way through
	// what was asked.
	ReasonConnectionLost UnreachableReason = "lost"
	// ReasonShutdown: the server was shut down (or restarted after a
	// crash) and ended the connection.
	ReasonShutdown UnreachableReason = "shutdown"
	// ReasonStarting: the server is starting up or shutting down and
	// takes no connections just now.
	ReasonStarting UnreachableReason = "starting"
)

// UnreachableReasons lists every reason.
var UnreachableReasons = []UnreachableReason{ReasonRefused, ReasonUnknownHost, ReasonNetwork,
	ReasonNoConnection, ReasonNoAnswer, ReasonConnectionLost, ReasonShutdown, ReasonStarting}

// Label returns the reason in words, in l.
func (r UnreachableReason) Label(l Language) string { return label(l, "unreachable."+string(r)) }

// unreachableMessages are the reasons' words; they join the catalogue when
// the package starts, as fileMessages do.
var unreachableMessages = map[Language]map[string]string{
	Swedish: {
		"unreachable.refused":       "ingen databasserver tar emot anslutningar på den adressen",
		"unreachable.unknown_host":  "servernamnet hittas inte",
		"unreachable.network":       "nätverket når inte servern",
		"unreachable.no_connection": "ingen anslutning kunde öppnas",
		"unreachable.no_answer":     "inget svar inom tidsgränsen",
		"unreachable.lost":          "anslutningen bröts",
		"unreachable.shutdown":      "servern stängdes av",
		"unreachable.starting":      "servern startar eller stängs av och tar inte emot anslutningar just nu",
	},
	English: {
		"unreachable.refused":       "no database server accepts connections at that address",
		"unreachable.unknown_host":  "the server's name is not found",
		"unreachable.network":       "the network has no way to the server",
		"unreachable.no_connection": "no connection could be opened",
		"unreachable.no_answer":     "no answer in time",
		"unreachable.lost":          "the connection was broken",
		"unreachable.shutdown":      "the server was shut down",
		"unreachable.starting":      "the server is starting up or shutting down and takes no connections just now",
	},
}

func init() { AddMessages(unreachableMessages) }
