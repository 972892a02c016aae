package postgres

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/sqlstore"
)

// Connection failures, as pgx reports them, are outages with a reason;
// what the server refuses, a certificate that does not verify and a
// cancelled context are not.
func TestOutageClassifiesConnectionFailures(t *testing.T) {
	dial := func(errno error) error {
		return fmt.Errorf("failed to connect: %w", &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", errno)})
	}
	for _, tc := range []struct {
		name string
		err  error
		want model.UnreachableReason // "" for no outage
	}{
		{"refused", dial(syscall.ECONNREFUSED), model.ReasonRefused},
		{"no route", dial(syscall.EHOSTUNREACH), model.ReasonNetwork},
		{"network down", dial(syscall.ENETUNREACH), model.ReasonNetwork},
		{"other dial failure", dial(syscall.EACCES), model.ReasonNoConnection},
		{"unknown name", &net.DNSError{Err: "no such host", Name: "db.kommun.se", IsNotFound: true}, model.ReasonUnknownHost},
		{"name server down", &net.DNSError{Err: "server misbehaving", Name: "db.kommun.se"}, model.ReasonNetwork},
		{"dial timeout", &net.OpError{Op: "dial", Net: "tcp", Err: timeoutError{}}, model.ReasonNoAnswer},
		{"deadline", fmt.Errorf("timeout: %w", context.DeadlineExceeded), model.ReasonNoAnswer},
		{"reset mid-statement", read(os.NewSyscallError("read", syscall.ECONNRESET)), model.ReasonConnectionLost},
		{"broken pipe", &net.OpError{Op: "write", Net: "tcp", Err: os.NewSyscallError("write", syscall.EPIPE)}, model.ReasonConnectionLost},
		{"closed mid-statement", fmt.Errorf("unexpected EOF: %w", io.ErrUnexpectedEOF), model.ReasonConnectionLost},
		{"eof", fmt.Errorf("receive message failed: %w", io.EOF), model.ReasonConnectionLost},
		{"conn closed", fmt.Errorf("query: %w", pgconn.ErrConnClosed), model.ReasonConnectionLost},
		{"admin shutdown", &pgconn.PgError{Code: "57P01", Message: "terminating connection due to administrator command"}, model.ReasonShutdown},
		{"crash shutdown", &pgconn.PgError{Code: "57P02"}, model.ReasonShutdown},
		{"starting up", &pgconn.PgError{Code: "57P03", Message: "the database system is starting up"}, model.ReasonStarting},
		{"connection failure", &pgconn.PgError{Code: "08006"}, model.ReasonConnectionLost},
		{"protocol violation", &pgconn.PgError{Code: "08P01"}, model.ReasonConnectionLost},

		{"wrong password", &pgconn.PgError{Code: "28P01", Message: "password authentication failed"}, ""},
		{"no privilege", &pgconn.PgError{Code: "42501"}, ""},
		{"a trigger's refusal", &pgconn.PgError{Code: "SG001"}, ""},
		{"certificate", fmt.Errorf("tls error: %w", &tls509{}), ""},
		{"tls alert", &net.OpError{Op: "remote error", Err: errors.New("tls: bad certificate")}, ""},
		{"cancelled", fmt.Errorf("query: %w", context.Canceled), ""},
		{"plain", errors.New("syntax error"), ""},
	} {
		got, ok := outage(tc.err)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("%s: outage(%v) = %q, %v; want %q", tc.name, tc.err, got, ok, tc.want)
		}
	}
}

// fail makes an outage EUnavailable store_unreachable with the server's
// address and the reason, also under a model error that wrapped it on
// the way out (an import's row); other errors keep their mapping.
func TestUnreachableFromFail(t *testing.T) {
	s := &Store{addr: "db.kommun.se:5432"}
	lost := read(io.ErrUnexpectedEOF)
	for _, err := range []error{lost, sqlstore.ImportError("2.3", lost)} {
		got := s.fail(err)
		var e *model.Error
		if !errors.As(got, &e) || e.Code != model.EUnavailable || e.Key != "store_unreachable" ||
			e.Args[0] != "db.kommun.se:5432" || e.Args[1] != model.ReasonConnectionLost || !errors.Is(got, io.ErrUnexpectedEOF) {
			t.Errorf("fail(%v) = %#v", err, got)
		}
		if again := s.fail(got); again != got {
			t.Errorf("fail of its own outage error gave %v", again)
		}
	}
	if got := model.ErrorCode(s.fail(&pgconn.PgError{Code: "40001"})); got != model.EConflict {
		t.Errorf("serialization failure: %s", got)
	}
}

// A real dial to a port nobody listens on is refused.
func TestUnreachableOnAClosedPort(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	_, err = Open(context.Background(), "postgres://anna:hemligt@"+addr+"/styrgrupp?sslmode=disable")
	var e *model.Error
	if !errors.As(err, &e) || e.Code != model.EUnavailable || e.Args[0] != addr || e.Args[1] != model.ReasonRefused {
		t.Fatalf("Open on a closed port: %#v", err)
	}
	if msg := e.Message(model.Swedish); !strings.HasPrefix(msg, "Servern "+addr+" svarar inte (ingen databasserver tar emot") {
		t.Errorf("message: %s", msg)
	}
}

// read is a read that failed with err, as pgconn reports it.
func read(err error) error {
	return fmt.Errorf("failed to receive message: %w", &net.OpError{Op: "read", Net: "tcp", Err: err})
}

// timeoutError is a net.Error that timed out.
type timeoutError struct{}

func (timeoutError) Error() string   { return "i/o timeout" }
func (timeoutError) Timeout() bool   { return true }
func (timeoutError) Temporary() bool { return true }

// tls509 stands for a certificate that does not verify.
type tls509 = x509.UnknownAuthorityError
