package postgres

import (
	"crypto/x509"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/styrgrupp/styrgrupp/model"
)

// Each way a connection fails has its own key, whatever pgx wraps it in;
// an error that is not about connecting is left to the caller.
func TestConnectErrorTellsTheFailuresApart(t *testing.T) {
	cfg := &pgconn.Config{Host: "db.kommun.se", Port: 5432, Database: "styrgrupp", User: "anna"}
	withPassword := *cfg
	withPassword.Password = "hemligt"
	wrap := func(err error) error {
		return fmt.Errorf("failed to connect: %w", errors.Join(errors.New("first try"), err))
	}
	for _, c := range []struct {
		name string
		cfg  *pgconn.Config
		err  error
		code model.Code
		key  string
	}{
		{"no password", cfg, &pgconn.PgError{Code: "28P01"}, model.EDenied, model.KeyPasswordRequired},
		{"wrong password", &withPassword, &pgconn.PgError{Code: "28P01"}, model.EDenied, model.KeyAuthFailed},
		{"login refused", cfg, &pgconn.PgError{Code: "28000"}, model.EDenied, "store_login_refused"},
		{"no database", cfg, &pgconn.PgError{Code: "3D000"}, model.ENotFound, "store_no_database"},
		{"certificate for another host", cfg, x509.HostnameError{Certificate: &x509.Certificate{}, Host: "db.kommun.se"}, model.EDenied, "store_cert_wrong_host"},
		{"unknown CA", cfg, x509.UnknownAuthorityError{}, model.EDenied, "store_cert_untrusted"},
		{"no TLS", cfg, errors.New("server refused TLS connection"), model.EDenied, "store_tls_refused"},
	} {
		got := ConnectError(c.cfg, wrap(c.err))
		if got == nil || got.Code != c.code || got.Key != c.key {
			t.Errorf("%s: %v, want %s %s", c.name, got, c.code, c.key)
			continue
		}
		if msg := got.Message(model.Swedish); !strings.Contains(msg, "db.kommun.se") {
			t.Errorf("%s: %q does not name the server", c.name, msg)
		}
	}
	for _, err := range []error{&pgconn.PgError{Code: "42501"}, errors.New("migration 0002: syntax error")} {
		if got := ConnectError(cfg, err); got != nil {
			t.Errorf("%v is taken for a connection failure: %v", err, got)
		}
	}
}
