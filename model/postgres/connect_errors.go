package postgres

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/pgurl"
)

// SQLSTATEs of a refused connection.
const (
	stateBadPassword = "28P01" // also when no password was given
	stateBadLogin    = "28000" // no pg_hba.conf entry, a login not allowed
	stateNoDatabase  = "3D000"
)

// ConnectError turns an error from connecting with cfg into the model
// error that says, naming the server, what failed: a password the server
// wants and was not given (model.KeyPasswordRequired; pgx has read
// PGPASSWORD and the password file into cfg already) or one it did not
// accept (model.KeyAuthFailed), a login the server refuses, a database
// that is not there, a certificate that is not trusted or not for the
// host, or a server without TLS when TLS is required. It returns nil for
// any other error: a server that cannot be reached is the outage
// classifier's (outage.go), at connecting as later.
func ConnectError(cfg *pgconn.Config, err error) *model.Error {
	server := pgurl.Host(cfg.Host, int(cfg.Port))
	e := func(code model.Code, key string, args ...any) *model.Error {
		return &model.Error{Code: code, Key: key, Args: args, Err: err}
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case stateBadPassword:
			if cfg.Password == "" {
				return e(model.EDenied, model.KeyPasswordRequired, server, cfg.User)
			}
			return e(model.EDenied, model.KeyAuthFailed, server, cfg.User)
		case stateBadLogin:
			return e(model.EDenied, "store_login_refused", server, cfg.User)
		case stateNoDatabase:
			return e(model.ENotFound, "store_no_database", cfg.Database, server)
		}
		return nil
	}
	var hostErr x509.HostnameError
	var authorityErr x509.UnknownAuthorityError
	var invalidErr x509.CertificateInvalidError
	var verifyErr *tls.CertificateVerificationError
	switch {
	case errors.As(err, &hostErr):
		return e(model.EDenied, "store_cert_wrong_host", server)
	case errors.As(err, &authorityErr), errors.As(err, &invalidErr), errors.As(err, &verifyErr):
		return e(model.EDenied, "store_cert_untrusted", server)
	case strings.Contains(err.Error(), "server refused TLS connection"):
		return e(model.EDenied, "store_tls_refused", server)
	}
	return nil
}

// configError turns an error of reading the connection settings of raw
// into the model error that says what is wrong: a CA certificate that
// cannot be read, or the settings themselves (store_open).
func configError(raw string, err error) *model.Error {
	if s, ok := pgurl.Parse(raw); ok && s.CAFile != "" && strings.Contains(err.Error(), " CA ") {
		return &model.Error{Code: model.EInvalid, Key: "store_ca_unreadable", Args: []any{s.CAFile}, Err: err}
	}
	return &model.Error{Code: model.EInvalid, Key: "store_open", Args: []any{pgurl.Redact(raw)}, Err: err}
}
