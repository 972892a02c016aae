package postgres

import (
	"context"
	"errors"
	"io"
	"net"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/styrgrupp/styrgrupp/model"
)

// connectTimeout bounds the opening of a connection when the URL sets no
// connect_timeout, so that a server whose network drops what is sent to
// it is reported instead of waited for as long as the system would.
const connectTimeout = 10 * time.Second

// SQLSTATEs of a server that ends or refuses connections.
const (
	stateConnectionClass = "08"    // connection exception
	stateAdminShutdown   = "57P01" // the server is shut down
	stateCrashShutdown   = "57P02" // another backend crashed; the server restarts
	stateCannotConnect   = "57P03" // the server is starting up or shutting down
)

// unreachable turns err into EUnavailable store_unreachable, naming the
// server and what failed, when it says that the server could not be
// reached or the connection broke; then the pool's connections are
// dropped, so that none that broke with it is used again and the next
// call connects anew. Otherwise it returns nil.
func (s *Store) unreachable(err error) error {
	reason, ok := outage(err)
	if !ok {
		return nil
	}
	if s.pool != nil {
		s.pool.Reset()
	}
	return &model.Error{Code: model.EUnavailable, Key: "store_unreachable", Args: []any{s.addr, reason}, Err: err}
}

// outage tells whether err says that the server could not be reached or
// the connection to it was lost, and why. A refusal by the server (a
// wrong password, a missing privilege, a certificate that does not
// verify) is no outage, nor is a cancelled context.
func outage(err error) (model.UnreachableReason, bool) {
	if err == nil || errors.Is(err, context.Canceled) {
		return "", false
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == stateAdminShutdown, pe.Code == stateCrashShutdown:
			return model.ReasonShutdown, true
		case pe.Code == stateCannotConnect:
			return model.ReasonStarting, true
		case strings.HasPrefix(pe.Code, stateConnectionClass):
			return model.ReasonConnectionLost, true
		}
		return "", false
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		if dns.IsNotFound {
			return model.ReasonUnknownHost, true
		}
		return model.ReasonNetwork, true
	}
	var ne net.Error
	var op *net.OpError
	if errors.As(err, &op) && (op.Op == "local error" || op.Op == "remote error") {
		return "", false // a TLS alert: one side refused the other's certificate
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		if r, ok := errnoReasons[errno]; ok {
			return r, true
		}
	}
	switch {
	case pgconn.Timeout(err), errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return model.ReasonNoAnswer, true
	case errors.As(err, &op) && op.Op == "dial":
		return model.ReasonNoConnection, true
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, pgconn.ErrConnClosed),
		errors.Is(err, net.ErrClosed), errors.As(err, &ne):
		return model.ReasonConnectionLost, true
	}
	return "", false
}

// errnoReasons gives the reason for the system's errors of a connection
// (on Windows with Winsock's numbers besides, outage_windows.go).
var errnoReasons = map[syscall.Errno]model.UnreachableReason{
	syscall.ECONNREFUSED: model.ReasonRefused,
	syscall.ENETUNREACH:  model.ReasonNetwork,
	syscall.EHOSTUNREACH: model.ReasonNetwork,
	syscall.ENETDOWN:     model.ReasonNetwork,
	syscall.EHOSTDOWN:    model.ReasonNetwork,
	syscall.ETIMEDOUT:    model.ReasonNoAnswer,
	syscall.ECONNRESET:   model.ReasonConnectionLost,
	syscall.ECONNABORTED: model.ReasonConnectionLost,
	syscall.EPIPE:        model.ReasonConnectionLost,
}

// serverAddr names the server of a connection's settings for a message:
// host and port, with no user or password.
func serverAddr(cfg *pgconn.Config) string {
	if strings.HasPrefix(cfg.Host, "/") {
		return cfg.Host
	}
	return net.JoinHostPort(cfg.Host, strconv.Itoa(int(cfg.Port)))
}
